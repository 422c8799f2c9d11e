"""Ending a dispute with money: the refund it decides, and the operator's arbitration."""

from django.db import transaction
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core import clock
from caravan.core.errors import IllegalTransition
from caravan.order.models import Order

from ..constants import OUTCOME_STATUS, DisputeReason, DisputeStatus, Outcome
from ..errors import BadAmount, NotCounterfeitCase
from ..models import Dispute
from .common import clean_text, dispute_transition, locked, notify
from .refunds import compensation_issue, refund_issue


def settle(*, dispute: Dispute, amount: int | None, to: DisputeStatus, actor: User | None,
           reason: str, compensation: bool = False) -> Dispute:
    """Refund `amount` (None: everything not yet refunded) and move to the final status `to`.

    Called with the dispute locked. The refund is capped at what is left to refund (another
    path, e.g. a held-funds case, may have refunded meanwhile), so a due dispute always ends.
    Its keys derive from the dispute: a dispute refunds once, whoever retries.
    """
    order = Order.objects.select_for_update().get(pk=dispute.order_id)
    left = order.total - order.refunded_total
    amount = left if amount is None else min(amount, left)
    if amount > 0:
        refund_issue(order=order, amount=amount, actor=actor,
                     reason=f"dispute {dispute.pk}: {reason}", key=f"dispute-{dispute.pk}-refund")
    if compensation:
        dispute.compensation_amount = compensation_issue(
            order=order, key=f"dispute-{dispute.pk}-compensation")
    dispute_transition(dispute=dispute, to=to, actor=actor, reason=reason)
    dispute.refund_amount = max(amount, 0)
    dispute.resolved_at = clock.now()
    dispute.save(update_fields=["refund_amount", "compensation_amount", "resolved_at"])
    notify(dispute, "dispute.decided", to=("buyer", "seller"), refund=dispute.refund_amount,
           compensation=dispute.compensation_amount, currency=dispute.currency, reason=reason)
    return dispute


def partial_amount(dispute: Dispute, amount: int | None) -> int:
    order = dispute.order
    left = order.total - order.refunded_total
    if amount is None or not 0 < amount < left:
        raise BadAmount(_("A partial refund is more than nothing and less than what is left "
                          "to refund (%(left)d).") % {"left": left},
                        fields={"amount": [_("Between 1 and %(n)d.") % {"n": left - 1}]})
    return amount


@transaction.atomic
def dispute_decide(*, dispute: Dispute, operator: User, outcome: Outcome, reason: str,
                   amount: int | None = None, counterfeit: bool = False) -> Dispute:
    """Caravan's arbitration: full, partial (`amount`) or no refund, with the reason.

    A counterfeit finding (full outcome, dispute opened as counterfeit) refunds the buyer
    twice: the payment back in full, and the order's total again charged to the seller.
    """
    reason = clean_text(reason, field="reason")[:500]
    dispute = locked(dispute)
    if dispute.status != DisputeStatus.ARBITRATION:
        raise IllegalTransition(_("Only a dispute in arbitration is decided by Caravan."))
    if counterfeit and (outcome != Outcome.FULL or dispute.reason != DisputeReason.COUNTERFEIT):
        raise NotCounterfeitCase(_("Only a full refund of a counterfeit claim is doubled."),
                                 fields={"counterfeit": [_("Not allowed here.")]})
    if outcome == Outcome.PARTIAL:
        amount = partial_amount(dispute, amount)
    dispute.decided_by, dispute.decision_reason = operator, reason
    dispute.save(update_fields=["decided_by", "decision_reason"])
    if outcome == Outcome.NONE:
        return settle(dispute=dispute, amount=0, to=DisputeStatus.RESOLVED_NO_REFUND,
                      actor=operator, reason=reason)
    return settle(dispute=dispute, amount=amount if outcome == Outcome.PARTIAL else None,
                  to=OUTCOME_STATUS[outcome], actor=operator, reason=reason,
                  compensation=counterfeit)
