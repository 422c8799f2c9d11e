import pytest

from caravan.catalog.models import Sku
from caravan.ledger.services import ledger_verify, order_escrow
from caravan.order.models import Order
from caravan.order.services import order_cancel, order_refund, orders_close_overdue

pytestmark = pytest.mark.django_db


def test_cancelling_a_paid_order_refunds_it_and_returns_the_stock(paid_order):
    order_cancel(order=paid_order, actor=None, reason="buyer changed mind")
    paid_order.refresh_from_db()
    assert paid_order.status == "cancelled"
    assert paid_order.refunded_total == paid_order.total
    assert Sku.objects.get().stock == 5
    escrow = order_escrow(order_id=paid_order.pk)
    assert escrow["held"].amount == 0 and escrow["refunded"].amount == paid_order.total
    assert ledger_verify() == []


def test_partial_then_full_refund_never_exceeds_what_was_paid(paid_order):
    from caravan.core.errors import DomainError

    order_refund(order=paid_order, amount=1000, actor=None, reason="damaged box", key="r1")
    with pytest.raises(DomainError) as refused:
        order_refund(order=paid_order, amount=paid_order.total, actor=None, reason="x",
                     key="r2")
    assert refused.value.code == "refund_exceeds_paid"
    assert ledger_verify() == []
    order_refund(order=paid_order, amount=paid_order.total - 1000, actor=None, reason="rest",
                 key="r3")
    paid_order.refresh_from_db()
    assert paid_order.status == "refunded" and paid_order.refunded_total == paid_order.total
    assert ledger_verify() == []


def test_unpaid_orders_close_when_their_window_ends(api, buyer, paid_order):
    import time_machine
    from django.utils import timezone

    Order.objects.filter(pk=paid_order.pk).update(status="pending_payment")
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=29)):
        assert orders_close_overdue() == 0
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=31)):
        assert orders_close_overdue() == 1
        assert orders_close_overdue() == 0
    assert Order.objects.get().status == "closed"
