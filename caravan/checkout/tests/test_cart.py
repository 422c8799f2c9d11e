import pytest

from caravan.account.tests.factories import BuyerFactory
from caravan.checkout.cart import cart_add, cart_get, cart_merge
from caravan.checkout.models import Cart

from .helpers import sku_on_sale

pytestmark = pytest.mark.django_db


def test_buyer_adds_items_and_sees_them_grouped_by_seller(api, buyer, shipping_tables):
    mug, plate = sku_on_sale(title="Enamel mug"), sku_on_sale(title="Bamboo plate")
    client = api(buyer)
    assert client.post("/api/store/cart/items", {"sku": mug.id, "quantity": 2}).status_code == 201
    response = client.post("/api/store/cart/items", {"sku": plate.id})
    cart = response.json()
    assert [len(g["lines"]) for g in cart["groups"]] == [1, 1]
    assert cart["items_total"] == {"amount": 1250 * 3, "currency": "USD"}
    group = cart["groups"][0]
    assert group["shipping_options"] and group["cheapest_service"]
    assert group["shipping_options"][0]["service"] == group["cheapest_service"]


def test_adding_the_same_sku_adds_up_and_stock_caps_it(api, buyer):
    sku = sku_on_sale(stock=3)
    client = api(buyer)
    client.post("/api/store/cart/items", {"sku": sku.id, "quantity": 2})
    refused = client.post("/api/store/cart/items", {"sku": sku.id, "quantity": 2})
    assert refused.status_code == 409 and refused.json()["code"] == "insufficient_stock"
    line = client.get("/api/store/cart").json()["groups"][0]["lines"][0]
    assert line["quantity"] == 2


def test_items_not_on_sale_cannot_be_added(api, buyer):
    from caravan.catalog.tests.factories import ProductFactory

    draft = ProductFactory()
    response = api(buyer).post("/api/store/cart/items", {"sku": draft.skus.get().id})
    assert response.status_code == 404 and response.json()["code"] == "sku_not_on_sale"


def test_lines_of_another_buyers_cart_are_out_of_reach(api, buyer):
    other = BuyerFactory()
    their_line = cart_add(cart=cart_get(user=other, create=True), sku_id=sku_on_sale().id,
                          quantity=1)
    client = api(buyer)
    assert client.patch(f"/api/store/cart/items/{their_line.id}",
                        {"quantity": 5}).status_code == 404
    assert client.delete(f"/api/store/cart/items/{their_line.id}").status_code == 404
    their_line.refresh_from_db()
    assert their_line.quantity == 1


def test_update_and_remove_a_line(api, buyer):
    sku = sku_on_sale(stock=5)
    client = api(buyer)
    line_id = client.post("/api/store/cart/items", {"sku": sku.id}).json()[
        "groups"][0]["lines"][0]["id"]
    assert client.patch(f"/api/store/cart/items/{line_id}", {"quantity": 4}).json()[
        "groups"][0]["lines"][0]["quantity"] == 4
    assert client.patch(f"/api/store/cart/items/{line_id}", {"quantity": 0}).status_code == 422
    assert client.delete(f"/api/store/cart/items/{line_id}").json()["groups"] == []


def test_a_visitors_cart_merges_into_the_account_cart_at_log_in(buyer):
    sku, other = sku_on_sale(stock=4), sku_on_sale()
    visitor = cart_get(session_key="s" * 32, create=True)
    cart_add(cart=visitor, sku_id=sku.id, quantity=3)
    mine = cart_get(user=buyer, create=True)
    cart_add(cart=mine, sku_id=sku.id, quantity=2)
    cart_add(cart=mine, sku_id=other.id, quantity=1)
    merged = cart_merge(source=visitor, target=mine)
    assert dict(merged.lines.values_list("sku_id", "quantity")) == {sku.id: 4, other.id: 1}
    assert not Cart.objects.filter(session_key="s" * 32).exists()
