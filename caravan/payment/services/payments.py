"""Card payments for checkouts: authorise (with the platform's AVS/CVC policy and the risk
score), capture, void and refund, each under the caller's idempotency key.

An authorisation the platform refuses after the processor approved it (failed CVC, failed
address checks, high risk) is voided at the processor at once and answered as declined, so no
hold lingers on the buyer's card. A medium-risk authorisation is flagged `needs_review`:
capturing it is refused (`review_pending`) until an operator decides (`risk_review_decide`).
"""

import hashlib
import json

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from caravan.core import clock
from caravan.core.errors import IllegalTransition, InvalidInput
from caravan.core.money import Money
from caravan.core.states import transition

from ..constants import (
    ATTEMPT_TRANSITIONS,
    AttemptStatus,
    AvsPolicy,
    Channel,
    Check,
    DeclineCode,
    OperationKind,
    ReviewStatus,
    RiskLevel,
)
from ..errors import IdempotencyMismatch, RefundExceedsCaptured, ReviewPending
from ..models import PaymentAttempt, PaymentEvent, PaymentOperation, RiskReview
from ..providers import provider_default, provider_get
from ..providers.base import AuthResult
from ..risk import RiskAssessment, RiskSignals, risk_assess

BILLING_FIELDS = {"address_line1": 200, "postal_code": 20}
KEY_MAX = 200  # the column; the processor's key adds a short prefix


def _digest(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def _move(attempt: PaymentAttempt, to: str, *, actor=None, reason: str = "",
          fields: list[str] | None = None) -> PaymentEvent:
    """Move the attempt, saving the named fields of it in the same statement."""
    changes = {name: getattr(attempt, name) for name in fields or ()}
    return transition(attempt, to=to, table=ATTEMPT_TRANSITIONS, event_model=PaymentEvent,
                      actor=actor, reason=reason, changes=changes, attempt=attempt)


def _amount_check(amount: Money, channel: str) -> None:
    if channel not in Channel.values:
        raise InvalidInput(_("Pay through the USD or CNY channel."),
                           fields={"channel": [_("Choose USD or CNY.")]})
    if amount.currency != channel:
        raise InvalidInput(_("A %(channel)s channel charges in %(channel)s.") % {
            "channel": channel}, fields={"amount": [_("Wrong currency for the channel.")]})
    if amount.amount <= 0:
        raise InvalidInput(_("The amount must be positive."),
                           fields={"amount": [_("Must be more than zero.")]})


def _key_check(key: str) -> None:
    if not key or len(key) > KEY_MAX:
        raise InvalidInput(_("An idempotency key of 1 to %(n)d characters is required.")
                           % {"n": KEY_MAX}, fields={"key": [_("Not a valid key.")]})


def _billing_clean(billing: dict | None) -> dict:
    return {name: str(billing[name]).strip()[:limit] for name, limit in BILLING_FIELDS.items()
            if billing and billing.get(name)}


def _attempt_by_key(key: str, digest: str) -> PaymentAttempt | None:
    found = PaymentAttempt.objects.filter(idempotency_key=key).first()
    if found is not None and found.request_hash != digest:
        raise IdempotencyMismatch(_("This idempotency key was used for another payment."))
    return found


def payment_authorise(*, checkout_id: int, buyer, token: str, amount: Money, channel: str,
                      key: str, billing: dict | None = None) -> PaymentAttempt:
    """Authorise `amount` on the tokenised card: the attempt comes back authorised or declined
    (with `decline_code`), or failed when the processor erred. The same key answers the same
    attempt without a second authorisation. A bad token raises InvalidInput ("payment_token")
    and stores nothing."""
    _key_check(key)
    _amount_check(amount, channel)
    billing = _billing_clean(billing)
    digest = _digest("authorise", checkout_id, buyer.pk, token, amount.as_dict(), channel,
                     billing)
    provider = provider_default()
    try:  # the insert is the look-up: a key seen before breaks its uniqueness
        with transaction.atomic():
            attempt = PaymentAttempt.objects.create(
                checkout_id=checkout_id, buyer=buyer, provider=provider.name, channel=channel,
                amount=amount.amount, currency=amount.currency, idempotency_key=key,
                request_hash=digest)
            result = provider.authorise(token=token, amount=amount, billing=billing,
                                        idempotency_key=f"authorise:{key}")
            return _attempt_settle(attempt, result, provider)
    except IntegrityError:  # a request with this key, earlier or at once, made the attempt
        if found := _attempt_by_key(key, digest):
            return found
        raise


def _platform_refusal(result: AuthResult, assessment: RiskAssessment) -> str:
    """Why the platform declines what the processor approved, or "" (the policy settings)."""
    if result.cvc == Check.FAIL and settings.PAYMENT_DECLINE_ON_CVC_FAIL:
        return DeclineCode.INCORRECT_CVC
    fails = [check == Check.FAIL for check in (result.avs_line1, result.avs_postal)]
    policy = settings.PAYMENT_DECLINE_ON_AVS_FAIL
    if (policy == AvsPolicy.BOTH and all(fails)) or (policy == AvsPolicy.ANY and any(fails)):
        return DeclineCode.AVS_FAILED
    if assessment.level == RiskLevel.HIGH:
        return DeclineCode.FRAUDULENT
    return ""


def _attempt_settle(attempt: PaymentAttempt, result: AuthResult, provider) -> PaymentAttempt:
    card = result.card
    attempt.brand, attempt.last4, attempt.card_fingerprint = card.brand, card.last4, \
        card.fingerprint
    attempt.exp_month, attempt.exp_year = card.exp_month, card.exp_year
    attempt.provider_reference = result.reference
    attempt.avs_line1_check, attempt.avs_postal_check = result.avs_line1, result.avs_postal
    attempt.cvc_check = result.cvc
    fields = ["brand", "last4", "card_fingerprint", "exp_month", "exp_year",
              "provider_reference", "avs_line1_check", "avs_postal_check", "cvc_check",
              "decline_code", "risk_score", "risk_level", "risk_reasons", "needs_review"]
    if result.outcome == "failed":
        attempt.decline_code = result.decline_code or DeclineCode.PROCESSING_ERROR
        _move(attempt, AttemptStatus.FAILED, reason=f"processor failed: {attempt.decline_code}",
              fields=fields)
        return attempt
    assessment = risk_assess(RiskSignals(
        buyer=attempt.buyer, amount=Money(attempt.amount, attempt.currency),
        fingerprint=card.fingerprint, avs_line1=result.avs_line1, avs_postal=result.avs_postal,
        cvc=result.cvc, processor_risk=result.risk_level, attempt_id=attempt.pk))
    attempt.risk_score, attempt.risk_level = assessment.score, assessment.level
    attempt.risk_reasons = assessment.reasons
    if result.approved:
        refusal = _platform_refusal(result, assessment)
        if refusal:  # release the hold now rather than when it lapses at the issuer
            provider.void(reference=result.reference,
                          idempotency_key=f"refusal-void:{attempt.idempotency_key}")
    else:
        refusal = result.decline_code or DeclineCode.GENERIC_DECLINE
    attempt.decline_code = refusal
    attempt.needs_review = not refusal and assessment.level == RiskLevel.MEDIUM
    if refusal:
        who = "processor" if not result.approved else "platform"
        _move(attempt, AttemptStatus.DECLINED, reason=f"declined by the {who}: {refusal}",
              fields=fields)
        return attempt
    _move(attempt, AttemptStatus.AUTHORISED, reason=f"risk {assessment.score}", fields=fields)
    if attempt.needs_review:
        RiskReview.objects.create(attempt=attempt, score=assessment.score,
                                  reasons=assessment.reasons)
    return attempt


# --- capture, void, refund ----------------------------------------------------------------

def _locked(attempt: PaymentAttempt) -> PaymentAttempt:
    return PaymentAttempt.objects.select_for_update().get(pk=attempt.pk)


def _replayed(attempt: PaymentAttempt, kind: str, key: str, amount: int) -> bool:
    """True if this key did this operation already; a key reused for anything else is refused."""
    _key_check(key)
    done = PaymentOperation.objects.filter(key=key).first()
    if done is None:
        return False
    if (done.attempt_id, done.kind, done.amount) != (attempt.pk, kind, amount):
        raise IdempotencyMismatch(_("This idempotency key was used for another operation."))
    return True


def _record(attempt: PaymentAttempt, kind: str, key: str, amount: int, reference: str) -> None:
    try:
        with transaction.atomic():
            PaymentOperation.objects.create(attempt=attempt, kind=kind, key=key, amount=amount,
                                            provider_reference=reference,
                                            created_at=clock.now())
    except IntegrityError as exc:  # the key was taken meanwhile by another attempt's call
        raise IdempotencyMismatch(_("This idempotency key was used for another operation.")
                                  ) from exc


def _require(attempt: PaymentAttempt, *statuses: str, doing: str) -> None:
    if attempt.status not in statuses:
        raise IllegalTransition(_("A %(status)s payment cannot be %(doing)s.") % {
            "status": attempt.get_status_display().lower(), "doing": doing})


@transaction.atomic
def payment_capture(*, attempt: PaymentAttempt, key: str, actor=None,
                    reason: str = "") -> PaymentAttempt:
    """Capture the whole authorised amount into the platform's account (escrow)."""
    attempt = _locked(attempt)
    if _replayed(attempt, OperationKind.CAPTURE, key, attempt.amount):
        return attempt
    _require(attempt, AttemptStatus.AUTHORISED, doing=_("captured"))
    if attempt.needs_review:
        raise ReviewPending(_("This payment waits for a fraud review before capture."))
    amount = Money(attempt.amount, attempt.currency)
    result = provider_get(attempt.provider).capture(
        reference=attempt.provider_reference, amount=amount, idempotency_key=f"capture:{key}")
    attempt.captured_amount = result.amount.amount
    _record(attempt, OperationKind.CAPTURE, key, attempt.amount, result.reference)
    _move(attempt, AttemptStatus.CAPTURED, actor=actor, reason=reason or "captured",
          fields=["captured_amount"])
    return attempt


@transaction.atomic
def payment_void(*, attempt: PaymentAttempt, key: str, actor=None,
                 reason: str = "") -> PaymentAttempt:
    """Release an authorisation not captured; an open review of it is closed as rejected."""
    attempt = _locked(attempt)
    if _replayed(attempt, OperationKind.VOID, key, 0):
        return attempt
    _require(attempt, AttemptStatus.AUTHORISED, doing=_("voided"))
    provider_get(attempt.provider).void(reference=attempt.provider_reference,
                                        idempotency_key=f"void:{key}")
    _record(attempt, OperationKind.VOID, key, 0, attempt.provider_reference)
    if attempt.needs_review:
        attempt.needs_review = False
        attempt.save(update_fields=["needs_review"])
        RiskReview.objects.filter(attempt=attempt, status=ReviewStatus.OPEN).update(
            status=ReviewStatus.REJECTED, decided_at=clock.now(),
            decision_reason="payment voided before review", updated_at=clock.now())
    _move(attempt, AttemptStatus.VOIDED, actor=actor, reason=reason or "voided")
    return attempt


@transaction.atomic
def payment_refund(*, attempt: PaymentAttempt, amount: Money, key: str, actor=None,
                   reason: str = "") -> PaymentAttempt:
    """Refund part or all of what was captured; refunds never exceed the capture in total."""
    attempt = _locked(attempt)
    if _replayed(attempt, OperationKind.REFUND, key, amount.amount):
        return attempt
    _require(attempt, AttemptStatus.CAPTURED, AttemptStatus.PARTIALLY_REFUNDED,
             doing=_("refunded"))
    if amount.currency != attempt.currency or amount.amount <= 0:
        raise InvalidInput(_("Refund a positive amount in %(currency)s.") % {
            "currency": attempt.currency}, fields={"amount": [_("Not a valid refund amount.")]})
    left = Money(attempt.captured_amount - attempt.refunded_amount, attempt.currency)
    if amount.amount > left.amount:
        raise RefundExceedsCaptured(
            _("At most %(left)s of this payment can still be refunded.") % {"left": left.format()},
            fields={"amount": [_("More than was captured and not yet refunded.")]})
    result = provider_get(attempt.provider).refund(
        reference=attempt.provider_reference, amount=amount, idempotency_key=f"refund:{key}")
    attempt.refunded_amount += amount.amount
    attempt.save(update_fields=["refunded_amount"])
    _record(attempt, OperationKind.REFUND, key, amount.amount, result.reference)
    to = (AttemptStatus.REFUNDED if attempt.refunded_amount == attempt.captured_amount
          else AttemptStatus.PARTIALLY_REFUNDED)
    if to != attempt.status:
        _move(attempt, to, actor=actor, reason=reason or f"refunded {amount.amount}")
    return attempt


# --- what the buyer's side may see ----------------------------------------------------------

def avs_summary(line1: str, postal: str) -> str:
    """pass / fail / partial over the checks that ran; unavailable when none ran."""
    ran = [check for check in (line1, postal) if check != Check.UNAVAILABLE]
    if not ran:
        return Check.UNAVAILABLE.value
    if all(check == Check.PASS for check in ran):
        return Check.PASS.value
    return Check.FAIL.value if all(check == Check.FAIL for check in ran) else "partial"


def payment_public(attempt: PaymentAttempt) -> dict:
    """The payment as the buyer may see it; nothing here identifies the card beyond last4."""
    return {
        "status": attempt.status,
        "avs_check": avs_summary(attempt.avs_line1_check, attempt.avs_postal_check),
        "cvc_check": attempt.cvc_check,
        "decline_code": attempt.decline_code or None,
        "brand": attempt.brand,
        "last4": attempt.last4,
        "risk_level": attempt.risk_level,
    }
