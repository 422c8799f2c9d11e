"""Refunds of an order at any stage after payment: before release through `order_refund` (card
and escrow), after release through the card and a clawback from the seller's balances."""


from django.db import transaction
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core.errors import IllegalTransition
from caravan.core.money import Money
from caravan.ledger.services import compensation_charge, refund_after_release
from caravan.order.constants import HELD_STATUSES, OrderStatus
from caravan.order.errors import RefundTooLarge
from caravan.order.models import Order
from caravan.order.services import (
    order_refund,
    order_transition,
    payment_of,
    settlement_share,
)
from caravan.payment.services import payment_refund


def _too_large(order: Order) -> RefundTooLarge:
    return RefundTooLarge(_("A refund cannot exceed what the buyer paid for the order."),
                          fields={"amount": [_("At most %(n)d.")
                                             % {"n": order.total - order.refunded_total}]})


@transaction.atomic
def order_refund_after_release(*, order: Order, amount: int, actor: User | None, reason: str,
                               key: str) -> Order:
    """Give the buyer back `amount` of a completed order: to the card, and out of the seller's
    balances (pending, available, then debt: `ledger.services.refund_after_release`)."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status != OrderStatus.COMPLETED:
        raise IllegalTransition(_("Only a completed order is refunded from the seller."))
    if amount <= 0 or order.refunded_total + amount > order.total:
        raise _too_large(order)
    share = settlement_share(order, amount)
    payment_refund(attempt=payment_of(order), amount=Money(amount, order.currency),
                   key=f"{key}:card", actor=actor, reason=reason)
    refund_after_release(order_id=order.pk, shop_id=order.shop_id,
                         amount=Money(share, order.settlement_currency), key=f"{key}:ledger")
    order.refunded_total += amount
    order.settlement_refunded += share
    order.save(update_fields=["refunded_total", "settlement_refunded", "updated_at"])
    if order.refunded_total == order.total:
        order_transition(order=order, to=OrderStatus.REFUNDED, actor=actor, reason=reason)
    return order


@transaction.atomic
def refund_issue(*, order: Order, amount: int, actor: User | None, reason: str,
                 key: str) -> Order:
    """Refund `amount` (order currency) wherever the order's money is now: in escrow while the
    order is paid, shipped or delivered; with the seller once it completed."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status in HELD_STATUSES:
        return order_refund(order=order, amount=amount, actor=actor, reason=reason, key=key)
    if order.status == OrderStatus.COMPLETED:
        return order_refund_after_release(order=order, amount=amount, actor=actor,
                                          reason=reason, key=key)
    if order.refunded_total + amount > order.total:
        raise _too_large(order)
    raise IllegalTransition(_("This order cannot be refunded any more."))


@transaction.atomic
def compensation_issue(*, order: Order, key: str) -> int:
    """A counterfeit finding's second refund: the order's total again, charged to the seller
    (DOMAIN.md §5: counterfeit goods are refunded up to twice). Answers the amount (order
    currency). The card can give back only what it paid, so this part is owed to the buyer in
    the ledger's `refunds` and paid out by the operator."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    compensation_charge(order_id=order.pk, shop_id=order.shop_id,
                        amount=Money(order.settlement_total, order.settlement_currency),
                        key=key)
    return order.total
