"""Two requests of one user writing the same things at the same moment, as the API fuzz sends
them: each ends in a clear answer, never a server error, a deadlock or a doubled order."""

import pytest
from django.core.management import call_command
from django.db import connection

from caravan.account.models import Address
from caravan.account.services import address_update
from caravan.account.tests.factories import AddressFactory, BuyerFactory
from caravan.catalog.errors import SkuOrdered
from caravan.catalog.models import Sku
from caravan.catalog.services import product_update
from caravan.checkout.cart import cart_add, cart_get
from caravan.checkout.models import CartLine
from caravan.checkout.services import checkout_place
from caravan.checkout.summary import cart_groups
from caravan.checkout.tests.helpers import ADDRESS, card_token, sku_on_sale
from caravan.compliance.models import ComplianceRule
from caravan.compliance.services.rules import rule_create
from caravan.core.testing import ApiClient, in_threads
from caravan.logistics.models import RateBand, Zone
from caravan.logistics.seeding import logistics_seed
from caravan.logistics.services import zone_delete, zone_set_bands
from caravan.logistics.tests.factories import ServiceFactory, ZoneFactory, per_gram
from caravan.order.models import Order, OrderLine
from caravan.payment.models import PaymentAttempt
from caravan.payout.tests.helpers import paid_order

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql",
                                   reason="row locks need PostgreSQL")


@pytest.mark.django_db
def test_a_sku_with_orders_stays_on_the_listing():
    # given a listing with two SKUs, one of them ordered
    sku = sku_on_sale()
    product = sku.product
    Sku.objects.create(product=product, code="B", price=990, stock=3, weight_g=100,
                       length_cm=10, width_cm=10, height_cm=10)
    order = paid_order(product.shop)
    OrderLine.objects.create(order=order, sku=sku, product_id=product.pk, title="Mug",
                             sale_unit="piece", lot_size=1, unit_price=1250, quantity=1,
                             line_total=1250, shipping=0)
    # when the seller saves the listing without the ordered SKU
    with pytest.raises(SkuOrdered) as refused:
        product_update(product=product, actor=product.shop.owner, skus=[
            {"code": "B", "price": 990, "stock": 3, "weight_g": 100, "length_cm": 10,
             "width_cm": 10, "height_cm": 10}])
    # then it is refused by name and nothing changes
    assert sku.code in refused.value.message
    assert sorted(product.skus.values_list("code", flat=True)) == sorted([sku.code, "B"])


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_zone_deleted_while_its_rate_card_is_written_goes_with_it():
    zone = ZoneFactory(service=ServiceFactory(max_weight_g=2000))

    def work(i):
        if i:
            return zone_delete(zone=zone)
        return len(zone_set_bands(zone=zone, bands=[per_gram(2000, 8000)]))

    results, refusals = in_threads(2, work)
    assert set(refusals) <= {"not_found"}
    assert not Zone.objects.exists() and not RateBand.objects.exists()


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_one_sku_added_twice_at_once_makes_one_line():
    sku = sku_on_sale(stock=10)
    cart = cart_get(user=BuyerFactory(), create=True)
    results, refusals = in_threads(2, lambda i: cart_add(cart=cart, sku_id=sku.pk,
                                                          quantity=1).pk)
    assert refusals == [] and len(set(results)) == 1
    assert CartLine.objects.get().quantity == 2


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_addresses_made_default_at_once_leave_one_default():
    buyer = BuyerFactory()
    addresses = [AddressFactory(user=buyer), AddressFactory(user=buyer)]
    results, refusals = in_threads(2, lambda i: address_update(
        address=addresses[i], data={"is_default": True}).pk)
    assert refusals == [] and len(results) == 2
    assert Address.objects.filter(user=buyer, is_default=True).count() == 1


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_rules_with_one_code_at_once_make_one_rule():
    results, refusals = in_threads(2, lambda i: rule_create(
        code="same_code", kind="prohibited", name=f"Rule {i}", reason="test",
        keywords={"en": [f"word{i}"]}).pk)
    assert len(results) == 1 and refusals == ["rule_code_taken"]
    assert ComplianceRule.objects.filter(code="same_code").count() == 1


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_one_cart_checked_out_twice_at_once_under_two_keys_is_ordered_once():
    # given a cart and two card tokens
    call_command("fx_load", verbosity=0)
    logistics_seed()
    sku = sku_on_sale(stock=10, price=990)
    buyer = BuyerFactory()
    cart = cart_get(user=buyer, create=True)
    cart_add(cart=cart, sku_id=sku.pk, quantity=1)
    service = cart_groups(cart=cart, country="DE")[0].cheapest()
    tokens = [card_token(ApiClient()), card_token(ApiClient())]
    # when two checkouts of it, under different keys, are sent at the same moment
    results, refusals = in_threads(2, lambda i: checkout_place(
        buyer=buyer, cart=cart_get(user=buyer), key=f"key-{i}", body={"i": i},
        address=dict(ADDRESS), shipping={sku.product.shop_id: service},
        payment_token=tokens[i]).status)
    # then one is paid and the other refused, with one order and one charge
    assert results == ["paid"] and len(refusals) == 1
    assert refusals[0] in {"cart_problem", "empty_cart"}
    assert Order.objects.count() == 1 and PaymentAttempt.objects.count() == 1
    assert Sku.objects.get(pk=sku.pk).stock == 9
