import pytest

from caravan.checkout.models import Checkout
from caravan.core.outbox import outbox_deliver
from caravan.order.models import Order
from caravan.payment.models import RiskReview
from caravan.payment.services import risk_review_decide

from .helpers import card_token, checkout_body, place, sku_on_sale

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("approve", "checkout_status", "order_status", "stock"), [
    (True, "paid", "paid", 0), (False, "declined", "closed", 1)])
def test_a_payment_held_for_review_settles_the_orders_when_decided(
        api, buyer, operator, shipping_tables, approve, checkout_status, order_status, stock):
    # given a new account buying something expensive: medium risk, held for the fraud team
    sku = sku_on_sale(price=310000, stock=1)
    client = api(buyer)
    client.post("/api/store/cart/items", {"sku": sku.id})
    placed = place(client, checkout_body(client, token=card_token(client)), key="big").json()
    assert placed["status"] == "placed"
    assert [o["status"] for o in placed["orders"]] == ["pending_payment"]
    # when an operator decides and the outbox is delivered
    risk_review_decide(review=RiskReview.objects.get(), actor=operator, approve=approve,
                       reason="called the buyer")
    assert outbox_deliver() >= 1
    # then the checkout and its order are settled, and a second delivery changes nothing
    assert Order.objects.get().status == order_status
    sku.refresh_from_db()
    assert sku.stock == stock
    assert outbox_deliver() == 0
    assert client.get(f"/api/store/orders/{placed['orders'][0]['id']}").json()["status"] == \
        order_status
    assert Checkout.objects.get().status == checkout_status
