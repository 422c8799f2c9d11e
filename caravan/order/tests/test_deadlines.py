"""Every timer fires once, exactly at its deadline, and never again (time-machine)."""

from datetime import timedelta

import pytest
import time_machine

from caravan.catalog.models import Sku
from caravan.ledger.services import ledger_verify
from caravan.order.aftersale import (
    cancellation_decide,
    cancellation_request,
    cancellations_auto_approve,
    orders_cancel_unshipped,
    protection_sweep,
)
from caravan.order.models import HeldFundsCase, Order
from caravan.order.services import order_mark_shipped

pytestmark = pytest.mark.django_db
SECOND = timedelta(seconds=1)


def test_an_order_not_shipped_by_its_deadline_is_cancelled_and_refunded_once(paid_order):
    with time_machine.travel(paid_order.ship_by - SECOND):
        assert orders_cancel_unshipped() == 0
    with time_machine.travel(paid_order.ship_by):
        assert orders_cancel_unshipped() == 1
        assert orders_cancel_unshipped() == 0
    order = Order.objects.get()
    assert order.status == "cancelled" and order.refunded_total == order.total
    assert Sku.objects.get().stock == 5
    assert ledger_verify() == []


def test_shipping_after_the_deadline_is_refused(paid_order):
    from caravan.core.errors import DomainError

    with time_machine.travel(paid_order.ship_by + SECOND), pytest.raises(DomainError) as refused:
        order_mark_shipped(order=paid_order, actor=None, carrier="cpost",
                           tracking_number="RS123456785CN")
    assert refused.value.code == "ship_by_passed"


def test_an_unanswered_cancellation_request_is_approved_at_48_hours(paid_order, buyer):
    request = cancellation_request(order=paid_order, buyer=buyer, reason="ordered twice")
    assert request.respond_by - request.created_at == timedelta(hours=48)
    with time_machine.travel(request.respond_by - SECOND):
        assert cancellations_auto_approve() == 0
    with time_machine.travel(request.respond_by):
        assert cancellations_auto_approve() == 1
        assert cancellations_auto_approve() == 0
    assert Order.objects.get().status == "cancelled"
    assert ledger_verify() == []


def test_a_seller_may_refuse_a_cancellation_and_the_timer_then_does_nothing(paid_order, buyer,
                                                                           seller):
    request = cancellation_request(order=paid_order, buyer=buyer, reason="changed my mind")
    cancellation_decide(request=request, actor=seller, approve=False, answer="already packed")
    with time_machine.travel(request.respond_by + SECOND):
        assert cancellations_auto_approve() == 0
    assert Order.objects.get().status == "paid"


def test_protection_ending_without_delivery_keeps_the_money_and_opens_one_case(paid_order):
    order = order_mark_shipped(order=paid_order, actor=None, carrier="cpost",
                               tracking_number="RS123456785CN")
    with time_machine.travel(order.protection_ends_at - SECOND):
        assert protection_sweep() == 0
    with time_machine.travel(order.protection_ends_at):
        assert protection_sweep() == 1
        assert protection_sweep() == 0
    assert HeldFundsCase.objects.get().order_id == order.pk
    assert Order.objects.get().status == "shipped"
    assert ledger_verify() == []


def test_buyer_requests_cancellation_from_the_order_page_and_seller_approves(paid_order, buyer):
    from django.test import Client

    buyer_client = Client()
    buyer_client.force_login(buyer)
    buyer_client.post(f"/orders/{paid_order.id}/action/", {"action": "cancel",
                                                           "reason": "wrong size"})
    request = paid_order.cancellations.get()
    owner = paid_order.shop.owner
    seller_client = Client()
    seller_client.force_login(owner)
    page = seller_client.get(f"/seller/orders/{paid_order.id}/").content.decode()
    assert "wrong size" in page
    seller_client.post(f"/seller/orders/{paid_order.id}/cancellations/{request.id}/",
                       {"approve": "1", "answer": "ok"})
    assert Order.objects.get().status == "cancelled"
    assert ledger_verify() == []
