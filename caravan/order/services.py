"""Order status moves and what must follow them (stock back, money back)."""

import secrets
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.catalog.models import Sku
from caravan.core import clock
from caravan.core.errors import IllegalTransition
from caravan.core.money import Money
from caravan.core.states import transition
from caravan.ledger.services import escrow_capture, escrow_refund
from caravan.payment.services import payment_refund

from .constants import HELD_STATUSES, ORDER_TRANSITIONS, OrderStatus
from .errors import RefundTooLarge, ShipByPassed
from .models import Order, OrderEvent


def order_number() -> str:
    """A public order number: 'CV' and ten random digits (short enough never to look like a
    card number to the card-data scanner)."""
    return f"CV{secrets.randbelow(10**10):010d}"


def order_transition(*, order: Order, to: OrderStatus, actor: User | None,
                     reason: str, changes: dict | None = None) -> OrderEvent:
    return transition(order, to=to, table=ORDER_TRANSITIONS, event_model=OrderEvent,
                      actor=actor, reason=reason, changes=changes, order=order)


def stock_return(*, order: Order) -> None:
    """Put an order's units back on sale (in SKU order, like reservations, so no deadlock)."""
    for line in order.lines.order_by("sku_id"):
        Sku.objects.filter(pk=line.sku_id).update(stock=F("stock") + line.quantity)


@transaction.atomic
def order_close_unpaid(*, order: Order, actor: User | None, reason: str) -> None:
    """An order that will not be paid (declined, window over): closed, stock returned."""
    order_transition(order=order, to=OrderStatus.CLOSED, actor=actor, reason=reason)
    stock_return(order=order)


@transaction.atomic
def order_mark_paid(*, order: Order, provider: str, actor: User | None) -> None:
    """The payment was captured: the order is paid and its money held in escrow."""
    paid_at = clock.now()
    order_transition(order=order, to=OrderStatus.PAID, actor=actor, reason="payment captured",
                     changes={"paid_at": paid_at,
                              "ship_by": paid_at + timedelta(days=order.handling_days)})
    escrow_capture(order_id=order.pk, shop_id=order.shop_id,
                   amount=Money(order.settlement_total, order.settlement_currency),
                   provider=provider, key=f"order-{order.pk}-capture")


def orders_close_overdue(*, now=None) -> int:
    """Close every unpaid order whose payment window has ended; safe with several workers."""
    now = now or clock.now()
    closed = 0
    due = (Order.objects.filter(status=OrderStatus.PENDING_PAYMENT, payment_due_at__lte=now)
           .order_by("pk").values_list("pk", flat=True))
    for order_id in list(due[:500]):
        with transaction.atomic():
            order = (Order.objects.select_for_update(skip_locked=True)
                     .filter(pk=order_id, status=OrderStatus.PENDING_PAYMENT).first())
            if order is None:
                continue  # another worker has it, or it was paid meanwhile
            order_close_unpaid(order=order, actor=None, reason="payment window ended")
            closed += 1
    return closed


def payment_of(order: Order):
    """The card payment the order was paid with (one per checkout)."""
    from caravan.payment.models import PaymentAttempt

    return PaymentAttempt.objects.get(pk=order.checkout.payment_attempt_id)


def settlement_share(order: Order, amount: int) -> int:
    """The part of a USD refund in the seller's settlement currency, at the order's rate; the
    last refund takes exactly what is left so rounding never strands a cent in escrow."""
    if order.refunded_total + amount == order.total:
        return order.settlement_total - order.settlement_refunded
    share = Money.from_decimal(Decimal(amount) / 100 * order.fx_rate,
                               order.settlement_currency).amount
    return min(share, order.settlement_total - order.settlement_refunded)


def _refund_money(order: Order, amount: int, key: str) -> None:
    """Back to the buyer's card and out of escrow, the same value on both sides."""
    share = settlement_share(order, amount)
    payment_refund(attempt=payment_of(order), amount=Money(amount, order.currency),
                   key=f"{key}:card")
    escrow_refund(order_id=order.pk, amount=Money(share, order.settlement_currency),
                  key=f"{key}:escrow")
    order.refunded_total += amount
    order.settlement_refunded += share
    order.save(update_fields=["refunded_total", "settlement_refunded", "updated_at"])


@transaction.atomic
def order_refund(*, order: Order, amount: int, actor: User | None, reason: str,
                 key: str) -> Order:
    """Give the buyer back `amount` (USD minor units) of a paid, not yet released order. A
    refund of everything that is left ends the order as refunded."""
    order = Order.objects.select_for_update().select_related("checkout").get(pk=order.pk)
    if order.status not in HELD_STATUSES:
        raise IllegalTransition(_("Only a paid order not yet completed can be refunded here."))
    if amount <= 0 or order.refunded_total + amount > order.total:
        raise RefundTooLarge(_("A refund cannot exceed what the buyer paid for the order."),
                             fields={"amount": [_("At most %(n)d.")
                                                % {"n": order.total - order.refunded_total}]})
    _refund_money(order, amount, key)
    if order.refunded_total == order.total:
        order_transition(order=order, to=OrderStatus.REFUNDED, actor=actor, reason=reason)
    return order


@transaction.atomic
def order_cancel(*, order: Order, actor: User | None, reason: str) -> Order:
    """Cancel a paid order before shipment: refunded in full, its units back on sale."""
    order = Order.objects.select_for_update().select_related("checkout").get(pk=order.pk)
    order_transition(order=order, to=OrderStatus.CANCELLED, actor=actor, reason=reason)
    remaining = order.total - order.refunded_total
    if remaining:
        _refund_money(order, remaining, f"order-{order.pk}-cancel")
    stock_return(order=order)
    return order


@transaction.atomic
def order_mark_shipped(*, order: Order, actor: User | None, carrier: str,
                       tracking_number: str) -> Order:
    """The seller handed the parcel over: the buyer-protection period starts now."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    now = clock.now()
    if order.ship_by and now > order.ship_by:
        raise ShipByPassed(_("The handling time is over; this order is being cancelled."))
    order_transition(order=order, to=OrderStatus.SHIPPED, actor=actor,
                     reason=f"shipped with {carrier}, tracking {tracking_number}")
    order.shipped_at = now
    order.protection_ends_at = now + timedelta(days=order.protection_days)
    order.save(update_fields=["shipped_at", "protection_ends_at"])
    return order


@transaction.atomic
def order_mark_delivered(*, order: Order, at: datetime | None = None) -> Order:
    """Tracking says delivered. Repeated or late reports change nothing."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status != OrderStatus.SHIPPED:
        return order
    order_transition(order=order, to=OrderStatus.DELIVERED, actor=None,
                     reason="the carrier reports delivery")
    order.delivered_at = at or clock.now()
    order.save(update_fields=["delivered_at"])
    return order
