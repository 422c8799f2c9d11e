"""Many buyers race for a few units through the real checkout, in real threads with their own
database connections: nothing is oversold, on SQLite (WAL, a file) and on PostgreSQL."""

import threading

import pytest
from django.core.management import call_command
from django.db import connection, connections

from caravan.account.tests.factories import BuyerFactory
from caravan.catalog.models import Sku
from caravan.checkout.cart import cart_add, cart_get
from caravan.checkout.services import checkout_place
from caravan.checkout.tests.helpers import ADDRESS, card_token, sku_on_sale
from caravan.core.errors import DomainError
from caravan.core.testing import ApiClient
from caravan.logistics.seeding import logistics_seed
from caravan.order.models import Order

pytestmark = pytest.mark.django_db(transaction=True)

BUYERS, UNITS = 50, 10


def test_fifty_buyers_race_for_ten_units_and_exactly_ten_are_sold():
    call_command("fx_load", verbosity=0)
    logistics_seed()
    sku = sku_on_sale(stock=UNITS, price=990)
    service = None
    buyers = []
    for n in range(BUYERS):
        buyer = BuyerFactory(email=f"racer{n}@example.test")
        cart_add(cart=cart_get(user=buyer, create=True), sku_id=sku.id, quantity=1)
        buyers.append((buyer, card_token(ApiClient())))
    from caravan.checkout.summary import cart_groups

    service = cart_groups(cart=cart_get(user=buyers[0][0]), country="DE")[0].cheapest()
    outcomes: list[str] = []
    start = threading.Barrier(BUYERS)

    def buy(buyer, token):
        try:
            start.wait()
            checkout = checkout_place(
                buyer=buyer, cart=cart_get(user=buyer), key="race", body={"n": buyer.pk},
                address=dict(ADDRESS), shipping={sku.product.shop_id: service},
                payment_token=token)
            outcomes.append(checkout.status)
        except DomainError as exc:
            outcomes.append(exc.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=buy, args=pair) for pair in buyers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(outcomes) == BUYERS
    assert outcomes.count("paid") == UNITS, outcomes
    assert Order.objects.filter(status="paid").count() == UNITS
    assert Sku.objects.get(pk=sku.pk).stock == 0
    assert set(outcomes) <= {"paid", "out_of_stock", "cart_problem"}
    assert connection.vendor in {"sqlite", "postgresql"}
