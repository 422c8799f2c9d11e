"""Order status moves and what must follow them (stock back, money back)."""

import secrets

from django.db import transaction
from django.db.models import F

from caravan.account.models import User
from caravan.catalog.models import Sku
from caravan.core import clock
from caravan.core.money import Money
from caravan.core.states import transition
from caravan.ledger.services import escrow_capture

from .constants import ORDER_TRANSITIONS, OrderStatus
from .models import Order, OrderEvent


def order_number() -> str:
    """A public order number: 'CV' and ten random digits (short enough never to look like a
    card number to the card-data scanner)."""
    return f"CV{secrets.randbelow(10**10):010d}"


def order_transition(*, order: Order, to: OrderStatus, actor: User | None,
                     reason: str) -> OrderEvent:
    return transition(order, to=to, table=ORDER_TRANSITIONS, event_model=OrderEvent,
                      actor=actor, reason=reason, order=order)


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
    order_transition(order=order, to=OrderStatus.PAID, actor=actor, reason="payment captured")
    order.paid_at = clock.now()
    order.save(update_fields=["paid_at"])
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
