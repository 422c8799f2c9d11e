"""The manual review queue: medium-risk authorisations wait here for the anti-fraud team."""

from django.db import transaction
from django.utils.translation import gettext as _

from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.outbox import outbox_write

from ..constants import ReviewStatus
from ..errors import ReviewClosed
from ..models import PaymentAttempt, RiskReview
from .payments import payment_capture, payment_void


@transaction.atomic
def risk_review_decide(*, review: RiskReview, actor, approve: bool, reason: str) -> RiskReview:
    """Approve (capture the payment) or reject (void it); each review is decided once.

    The checkout learns the outcome from the outbox message `payment.review_decided`.
    """
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(_("Say why."), fields={"reason": [_("This field is required.")]})
    now = clock.now()
    status = ReviewStatus.APPROVED if approve else ReviewStatus.REJECTED
    decided = RiskReview.objects.filter(pk=review.pk, status=ReviewStatus.OPEN).update(
        status=status, decided_by=actor, decided_at=now, decision_reason=reason[:500],
        updated_at=now)
    if not decided:
        raise ReviewClosed(_("This review was decided already."))
    PaymentAttempt.objects.filter(pk=review.attempt_id).update(needs_review=False)
    attempt = PaymentAttempt.objects.get(pk=review.attempt_id)
    why = f"fraud review {status}: {reason}"
    if approve:
        attempt = payment_capture(attempt=attempt, key=f"risk-review-{review.pk}-capture",
                                  actor=actor, reason=why)
    else:
        attempt = payment_void(attempt=attempt, key=f"risk-review-{review.pk}-void",
                               actor=actor, reason=why)
    outbox_write(topic="payment.review_decided", payload={
        "attempt_id": attempt.pk, "checkout_id": attempt.checkout_id, "approved": approve,
        "status": attempt.status})
    review.refresh_from_db()
    return review
