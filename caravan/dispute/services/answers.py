"""The seller's side: answer a claim (refund, offer, return, reject), until the deadline for
the first answer and then for as long as the two sides negotiate."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core import clock

from ..constants import DisputeStatus, SellerDecision, Side
from ..errors import AnswerTooLate, DisputeAlreadyDecided
from ..models import Dispute, DisputeMessage
from .common import clean_text, dispute_transition, locked, notify
from .decisions import partial_amount, settle

NEXT_STATUS = {
    SellerDecision.ACCEPT_FULL: DisputeStatus.SELLER_ACCEPTED,
    SellerDecision.ACCEPT_RETURN: DisputeStatus.SELLER_ACCEPTED,
    SellerDecision.OFFER_PARTIAL: DisputeStatus.SELLER_OFFERED,
    SellerDecision.REJECT: DisputeStatus.SELLER_REJECTED,
}


def _check_answerable(dispute: Dispute, now) -> None:
    if dispute.status == DisputeStatus.OPEN and now >= dispute.seller_respond_by:
        # The sweep takes the silence as acceptance; an answer now would race it.
        raise AnswerTooLate(_("The time to answer has passed; the claim is accepted."))
    if dispute.status not in (DisputeStatus.OPEN, DisputeStatus.SELLER_OFFERED,
                              DisputeStatus.SELLER_REJECTED):
        raise DisputeAlreadyDecided(_("This dispute can no longer be answered."))


@transaction.atomic
def dispute_respond(*, dispute: Dispute, seller: User, decision: SellerDecision,
                    text: str = "", amount: int | None = None) -> Dispute:
    """Accept in full (refunded now), offer a partial refund of `amount`, accept a return
    (refunded when the buyer sends it back), or reject with a statement."""
    text = clean_text(text, required=decision == SellerDecision.REJECT)
    dispute = locked(dispute)
    now = clock.now()
    _check_answerable(dispute, now)
    if decision == SellerDecision.OFFER_PARTIAL:
        amount = partial_amount(dispute, amount)
    dispute_transition(dispute=dispute, to=NEXT_STATUS[decision], actor=seller,
                       reason=f"seller: {decision}" + (f" {amount}" if amount else ""))
    dispute.seller_decision, dispute.answered_at = decision, now
    dispute.offer_amount = amount if decision == SellerDecision.OFFER_PARTIAL else None
    if decision == SellerDecision.ACCEPT_RETURN:
        dispute.return_due_at = now + timedelta(days=settings.DISPUTE_RETURN_DAYS)
    dispute.save(update_fields=["seller_decision", "answered_at", "offer_amount",
                                "return_due_at"])
    if text:
        DisputeMessage.objects.create(dispute=dispute, side=Side.SELLER, author=seller,
                                      text=text, created_at=now)
    notify(dispute, "dispute.answered", to=("buyer",), decision=decision,
           offer=dispute.offer_amount)
    if decision == SellerDecision.ACCEPT_FULL:
        settle(dispute=dispute, amount=None, to=DisputeStatus.RESOLVED_REFUND, actor=seller,
               reason="the seller accepted the claim")
    return dispute
