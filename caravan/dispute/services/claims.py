"""The buyer's side: open a dispute within its window, take an offer, send a return, escalate,
withdraw. Escalation is open to the seller too."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core import clock
from caravan.core.outbox import outbox_write
from caravan.order.constants import OrderStatus
from caravan.order.models import Order

from ..constants import (
    DISPUTABLE_ORDER_STATUSES,
    OPEN_STATUSES,
    DisputeReason,
    DisputeStatus,
    SellerDecision,
    Side,
)
from ..errors import (
    DisputeAlreadyDecided,
    DisputeAlreadyOpen,
    DisputeNotFound,
    DisputeTooEarly,
    DisputeWindowClosed,
    EscalationTooEarly,
    OrderNotDisputable,
    ReturnTooLate,
)
from ..models import Dispute, DisputeEvent, DisputeMessage
from .common import clean_text, dispute_transition, locked, notify
from .decisions import settle


def dispute_window(*, order: Order) -> tuple[datetime, datetime | None]:
    """When the order's dispute window opens and closes (None: open until completion + N)."""
    if order.status not in DISPUTABLE_ORDER_STATUSES or order.shipped_at is None:
        raise OrderNotDisputable(_("Only a shipped order can be disputed."))
    opens = order.shipped_at + timedelta(days=settings.DISPUTE_OPENS_AFTER_SHIPMENT_DAYS)
    closes = None
    if order.completed_at is not None:
        closes = order.completed_at + timedelta(
            days=settings.DISPUTE_CLOSES_AFTER_COMPLETION_DAYS)
    return opens, closes


def _check_window(order: Order, now: datetime) -> None:
    opens, closes = dispute_window(order=order)
    if now < opens:
        raise DisputeTooEarly(_("A dispute can be opened from %(date)s, %(days)d days after "
                                "shipment.") % {"date": opens.strftime("%Y-%m-%d %H:%M UTC"),
                                                "days": settings.DISPUTE_OPENS_AFTER_SHIPMENT_DAYS})
    if order.status == OrderStatus.COMPLETED and (closes is None or now > closes):
        raise DisputeWindowClosed(_("Disputes close %(days)d days after the order completed.")
                                  % {"days": settings.DISPUTE_CLOSES_AFTER_COMPLETION_DAYS})


def _check_first(order: Order) -> None:
    earlier = set(order.disputes.values_list("status", flat=True))
    if earlier & OPEN_STATUSES:
        raise DisputeAlreadyOpen(_("This order already has an open dispute."))
    # Only a dispute the buyer withdrew leaves the order open to another one.
    if earlier - {DisputeStatus.CLOSED}:
        raise DisputeAlreadyDecided(_("This order's dispute has been decided."))


@transaction.atomic
def dispute_open(*, order: Order, buyer: User, reason: DisputeReason, text: str) -> Dispute:
    """The buyer's claim on a shipped order; the seller has DISPUTE_SELLER_RESPONSE_DAYS."""
    text = clean_text(text)
    # The order's lock makes the one-open-dispute check and the insert one step.
    order = Order.objects.select_for_update().filter(pk=order.pk, buyer=buyer).first()
    if order is None:
        raise DisputeNotFound(_("No such order."))
    now = clock.now()
    _check_window(order, now)
    _check_first(order)
    dispute = Dispute.objects.create(
        order=order, buyer=buyer, shop_id=order.shop_id, reason=reason, currency=order.currency,
        created_at=now, updated_at=now,
        seller_respond_by=now + timedelta(days=settings.DISPUTE_SELLER_RESPONSE_DAYS),
        escalate_from=now + timedelta(days=settings.DISPUTE_ESCALATE_AFTER_DAYS),
        negotiation_ends_at=now + timedelta(days=settings.DISPUTE_NEGOTIATION_DAYS))
    DisputeEvent.objects.create(dispute=dispute, from_status="", to_status=dispute.status,
                                actor=buyer, reason=f"opened: {reason}", created_at=now)
    DisputeMessage.objects.create(dispute=dispute, side=Side.BUYER, author=buyer, text=text,
                                  created_at=now)
    notify(dispute, "dispute.opened", to=("seller",), reason=reason,
           seller_respond_by=dispute.seller_respond_by.isoformat())
    return dispute


@transaction.atomic
def dispute_accept_offer(*, dispute: Dispute, buyer: User) -> Dispute:
    """The buyer takes the seller's partial offer: refunded at once, dispute resolved."""
    dispute = locked(dispute)
    dispute_transition(dispute=dispute, to=DisputeStatus.BUYER_ACCEPTED, actor=buyer,
                       reason=f"buyer accepted the offer of {dispute.offer_amount}")
    return settle(dispute=dispute, amount=dispute.offer_amount,
                  to=DisputeStatus.RESOLVED_PARTIAL, actor=buyer,
                  reason="partial refund agreed")


@transaction.atomic
def dispute_return_shipped(*, dispute: Dispute, buyer: User, carrier: str,
                           tracking_number: str) -> Dispute:
    """The buyer sent the goods back under an accepted return: refunded in full now."""
    dispute = locked(dispute)
    awaiting = (dispute.status == DisputeStatus.SELLER_ACCEPTED
                and dispute.seller_decision == SellerDecision.ACCEPT_RETURN)
    if not awaiting:
        raise DisputeAlreadyDecided(_("This dispute is not waiting for a return."))
    if clock.now() > dispute.return_due_at:
        raise ReturnTooLate(_("The time to send the return has passed."))
    dispute.return_carrier = clean_text(carrier, field="carrier")[:60]
    dispute.return_tracking = clean_text(tracking_number, field="tracking_number")[:60]
    dispute.save(update_fields=["return_carrier", "return_tracking"])
    return settle(dispute=dispute, amount=None, to=DisputeStatus.RESOLVED_REFUND, actor=buyer,
                  reason=f"returned with {dispute.return_carrier}, {dispute.return_tracking}")


@transaction.atomic
def dispute_withdraw(*, dispute: Dispute, buyer: User) -> Dispute:
    dispute = locked(dispute)
    dispute_transition(dispute=dispute, to=DisputeStatus.CLOSED, actor=buyer,
                       reason="withdrawn by the buyer")
    dispute.resolved_at = clock.now()
    dispute.save(update_fields=["resolved_at"])
    notify(dispute, "dispute.decided", to=("buyer", "seller"), outcome="withdrawn")
    return dispute


@transaction.atomic
def dispute_escalate(*, dispute: Dispute, side: Side, actor: User) -> Dispute:
    """Either side asks Caravan to arbitrate, once DISPUTE_ESCALATE_AFTER_DAYS have passed."""
    dispute = locked(dispute)
    if dispute.status in (DisputeStatus.SELLER_OFFERED, DisputeStatus.SELLER_REJECTED) \
            and clock.now() < dispute.escalate_from:
        raise EscalationTooEarly(_("Caravan can be asked to decide from %(date)s.")
                                 % {"date": dispute.escalate_from.strftime("%Y-%m-%d %H:%M UTC")})
    dispute_transition(dispute=dispute, to=DisputeStatus.ARBITRATION, actor=actor,
                       reason=f"escalated by the {side}")
    to_arbitration(dispute)
    return dispute


def to_arbitration(dispute: Dispute) -> None:
    notify(dispute, "dispute.escalated", to=("buyer", "seller"))
    outbox_write(topic="dispute.needs_decision", payload={"dispute_id": dispute.pk})
