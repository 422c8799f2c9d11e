import pytest

from caravan.account.tests.factories import BuyerFactory
from caravan.catalog.models import Sku
from caravan.checkout.models import Checkout
from caravan.order.models import Order
from caravan.seller.tests.factories import ShopFactory

from .helpers import card_token, checkout_body, place, sku_on_sale

pytestmark = pytest.mark.django_db

DECLINES = {
    "4000000000000002": "generic_decline",
    "4000000000009995": "insufficient_funds",
    "4000000000000069": "expired_card",
    "4000000000000127": "incorrect_cvc",
    "4100000000000019": "fraudulent",
}


def ledger_breaches():
    from caravan.ledger.services import ledger_verify

    return ledger_verify()


def fill_cart(client, *skus, quantity=1):
    for sku in skus:
        assert client.post("/api/store/cart/items",
                           {"sku": sku.id, "quantity": quantity}).status_code == 201


def test_a_cart_from_two_sellers_becomes_two_paid_orders_with_one_charge(api, buyer,
                                                                        shipping_tables):
    # given a cart with items of two sellers, one of them settling in CNY
    cny_shop = ShopFactory(settlement_currency="CNY")
    mug, plate = sku_on_sale(price=1250, stock=5), sku_on_sale(shop=cny_shop, price=899)
    client = api(buyer)
    fill_cart(client, mug, plate, quantity=2)
    # when the buyer checks out with a good card
    response = place(client, checkout_body(client, token=card_token(client)), key="k-1")
    # then there are two paid orders, one per seller, and one captured payment
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["payment"]["status"] == "captured"
    assert body["payment"]["cvc_check"] == "pass"
    assert sorted(o["shop_id"] for o in body["orders"]) == sorted([mug.product.shop_id,
                                                                   cny_shop.id])
    assert {o["status"] for o in body["orders"]} == {"paid"}
    assert body["total"]["amount"] == sum(o["total"] for o in body["orders"])
    # stock is taken, the cart is empty, the CNY seller's order is valued in CNY
    assert Sku.objects.get(pk=mug.pk).stock == 3
    assert client.get("/api/store/cart").json()["groups"] == []
    cny_order = Order.objects.get(shop=cny_shop)
    assert cny_order.settlement_currency == "CNY" and cny_order.fx_rate > 1
    assert ledger_breaches() == []


def test_import_vat_is_collected_for_a_small_order_to_germany(api, buyer, shipping_tables):
    client = api(buyer)
    fill_cart(client, sku_on_sale(price=2000))
    order = place(client, checkout_body(client, token=card_token(client)),
                  key="vat").json()["orders"][0]
    assert order["tax_total"] == round((order["items_total"] + order["shipping_total"]) * 0.19)
    assert "19%" in order["import_tax_notice"]


def test_the_same_checkout_sent_three_times_makes_one_order_and_one_charge(api, buyer,
                                                                           shipping_tables):
    from caravan.payment.models import PaymentAttempt

    client = api(buyer)
    fill_cart(client, sku_on_sale(stock=5))
    body = checkout_body(client, token=card_token(client))
    answers = [place(client, body, key="same-key") for _ in range(3)]
    assert {a.status_code for a in answers} == {201}
    assert answers[0].json() == answers[1].json() == answers[2].json()
    assert Order.objects.count() == 1 and Checkout.objects.count() == 1
    assert PaymentAttempt.objects.count() == 1


def test_the_same_key_with_another_body_is_refused(api, buyer, shipping_tables):
    client = api(buyer)
    fill_cart(client, sku_on_sale(stock=5))
    body = checkout_body(client, token=card_token(client))
    assert place(client, body, key="k").status_code == 201
    fill_cart(client, sku_on_sale())
    other = {**body, "address": {**body["address"], "name": "Someone Else"}}
    refused = place(client, other, key="k")
    assert refused.status_code == 409 and refused.json()["code"] == "idempotency_mismatch"
    assert Order.objects.count() == 1


def test_checkout_without_idempotency_key_is_refused(api, buyer, shipping_tables):
    client = api(buyer)
    fill_cart(client, sku_on_sale())
    response = client.post("/api/store/checkout",
                           checkout_body(client, token=card_token(client)))
    assert response.status_code == 422
    assert not Order.objects.exists()


@pytest.mark.parametrize(("number", "decline_code"), sorted(DECLINES.items()))
def test_a_declined_card_leaves_no_paid_order_and_returns_the_stock(api, buyer, shipping_tables,
                                                                   number, decline_code):
    sku = sku_on_sale(stock=4)
    client = api(buyer)
    fill_cart(client, sku, quantity=3)
    response = place(client, checkout_body(client, token=card_token(client, number)),
                     key="declined")
    assert response.status_code == 201
    body = response.json()
    assert body["payment"]["status"] == "declined"
    assert body["payment"]["decline_code"] == decline_code
    assert [o["status"] for o in body["orders"]] == ["closed"]
    assert Sku.objects.get(pk=sku.pk).stock == 4
    assert ledger_breaches() == []


def test_address_checks_are_reported_on_the_payment(api, buyer, shipping_tables):
    client = api(buyer)
    fill_cart(client, sku_on_sale())
    token = card_token(client, "4000000000000028")  # address line fails, postcode passes
    payment = place(client, checkout_body(client, token=token), key="avs").json()["payment"]
    assert payment["avs_check"] == "partial"


def test_a_sold_out_item_stops_the_checkout_and_changes_nothing(api, buyer, shipping_tables):
    sku = sku_on_sale(stock=2)
    client = api(buyer)
    fill_cart(client, sku, quantity=2)
    body = checkout_body(client, token=card_token(client))
    Sku.objects.filter(pk=sku.pk).update(stock=1)  # someone else bought one meanwhile
    response = place(client, body, key="sold-out")
    assert response.status_code == 409
    assert response.json()["code"] == "cart_problem"
    assert not Order.objects.exists() and Sku.objects.get(pk=sku.pk).stock == 1


def test_a_missing_shipping_choice_is_named(api, buyer, shipping_tables):
    client = api(buyer)
    fill_cart(client, sku_on_sale())
    body = checkout_body(client, token=card_token(client))
    body["shipping"][0]["service"] = "no-such-service"
    response = place(client, body, key="ship")
    assert response.status_code == 422
    assert any(k.startswith("shipping.") for k in response.json()["fields"])


def test_each_seller_sees_only_its_own_order_and_no_buyer_payment_data(api, buyer,
                                                                      shipping_tables):
    shop_a, shop_b = ShopFactory(), ShopFactory()
    client = api(buyer)
    fill_cart(client, sku_on_sale(shop=shop_a), sku_on_sale(shop=shop_b))
    orders = place(client, checkout_body(client, token=card_token(client)),
                   key="two").json()["orders"]
    order_a = next(o for o in orders if o["shop_id"] == shop_a.id)
    order_b = next(o for o in orders if o["shop_id"] == shop_b.id)
    seller_a = api(shop_a.owner)
    listed = seller_a.get("/api/seller/orders").json()["items"]
    assert [o["id"] for o in listed] == [order_a["id"]]
    assert seller_a.get(f"/api/seller/orders/{order_b['id']}").status_code == 404
    raw = seller_a.get(f"/api/seller/orders/{order_a['id']}").content.decode()
    assert buyer.email not in raw and "4242" not in raw and "last4" not in raw
    assert "Erika Mustermann" in raw and "+4915123456789" in raw


def test_buyers_see_only_their_own_orders(api, buyer, shipping_tables):
    client = api(buyer)
    fill_cart(client, sku_on_sale())
    order = place(client, checkout_body(client, token=card_token(client)),
                  key="mine").json()["orders"][0]
    other = api(BuyerFactory())
    assert other.get(f"/api/store/orders/{order['id']}").status_code == 404
    assert other.get("/api/store/orders").json()["items"] == []
    assert client.get(f"/api/store/orders/{order['id']}").json()["number"] == order["number"]
