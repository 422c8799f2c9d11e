"""Two sweepers at once act on each due order exactly once (real threads, own connections)."""

import threading
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.db import connections

from caravan.account.tests.factories import BuyerFactory
from caravan.checkout.tests.helpers import card_token, checkout_body, place, sku_on_sale
from caravan.core.testing import ApiClient
from caravan.ledger.services import ledger_verify
from caravan.logistics.seeding import logistics_seed
from caravan.order.aftersale import orders_cancel_unshipped
from caravan.order.models import Order, OrderEvent
from caravan.payment.models import PaymentOperation

pytestmark = pytest.mark.django_db(transaction=True)
ORDERS = 6


def test_two_sweepers_cancel_each_unshipped_order_once():
    call_command("fx_load", verbosity=0)
    call_command("import_tax_seed", verbosity=0)
    logistics_seed()
    sku = sku_on_sale(stock=ORDERS, price=1500)
    for n in range(ORDERS):
        client = ApiClient(BuyerFactory(email=f"sweep{n}@example.test"))
        client.post("/api/store/cart/items", {"sku": sku.id})
        place(client, checkout_body(client, token=card_token(client)), key=f"s{n}")
    assert Order.objects.filter(status="paid").count() == ORDERS
    due = max(Order.objects.values_list("ship_by", flat=True)) + timedelta(seconds=1)
    counts: list[int] = []
    start = threading.Barrier(2)

    def sweep():
        try:
            with time_machine.travel(due, tick=False):
                start.wait()
                counts.append(orders_cancel_unshipped())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(counts) == ORDERS
    assert Order.objects.filter(status="cancelled").count() == ORDERS
    assert OrderEvent.objects.filter(to_status="cancelled").count() == ORDERS
    assert PaymentOperation.objects.filter(kind="refund").count() == ORDERS
    assert ledger_verify() == []
