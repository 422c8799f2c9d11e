"""What every dispute service shares: the status guard, the row lock, notices, text."""

from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core.errors import InvalidInput
from caravan.core.outbox import outbox_write
from caravan.core.states import transition

from ..constants import DISPUTE_TRANSITIONS, TEXT_MAX, DisputeStatus
from ..models import Dispute, DisputeEvent


def dispute_transition(*, dispute: Dispute, to: DisputeStatus, actor: User | None,
                       reason: str) -> DisputeEvent:
    return transition(dispute, to=to, table=DISPUTE_TRANSITIONS, event_model=DisputeEvent,
                      actor=actor, reason=reason, dispute=dispute)


def locked(dispute: Dispute) -> Dispute:
    """The dispute's row, locked until the transaction ends. Writers lock the dispute before
    its order (and the order before the ledger), always in that order."""
    return Dispute.objects.select_for_update().get(pk=dispute.pk)


def notify(dispute: Dispute, topic: str, *, to: tuple[str, ...], **payload) -> None:
    """One outbox row per recipient side ("buyer", "seller")."""
    payload = {"dispute_id": dispute.pk, "order_id": dispute.order_id,
               "status": dispute.status, **payload}
    for side in to:
        recipient = dispute.buyer if side == "buyer" else dispute.shop.owner
        outbox_write(topic=topic, recipient=recipient, payload=payload)


def clean_text(text: str | None, *, field: str = "text", required: bool = True) -> str:
    text = (text or "").strip()
    if required and not text:
        raise InvalidInput(_("Explain the case."), fields={field: [_("This field is required.")]})
    if len(text) > TEXT_MAX:
        raise InvalidInput(_("The text is too long."),
                           fields={field: [_("At most %(n)d characters.") % {"n": TEXT_MAX}]})
    return text
