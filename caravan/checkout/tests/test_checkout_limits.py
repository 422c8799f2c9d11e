import pytest
import time_machine
from django.test import Client

from caravan.account.tests.factories import AddressFactory, BuyerFactory
from caravan.catalog.models import Sku
from caravan.checkout.cart import cart_add, cart_get
from caravan.checkout.models import CartLine, Checkout
from caravan.core.testing import rate_limits_on
from caravan.order.models import Order
from caravan.payment.models import PaymentAttempt

from .helpers import ADDRESS, card_token, checkout_body, place, sku_on_sale

pytestmark = pytest.mark.django_db

START = "2030-03-01 10:00:15Z"  # 45 s before the one-minute window ends
# Counted, then refused for its shipping choice (422), or for want of shipping tables (409):
# nothing is ordered or charged.
UNSHIPPABLE = {"address": ADDRESS, "shipping": [{"shop_id": 1, "service": "no-such-service"}],
               "payment_token": "tok_nothing_to_pay"}


@pytest.fixture(params=["database", "cache"])
def limits(request, settings):
    rate_limits_on(settings, store=request.param, checkout={"account": "2/m", "ip": "4/m"})


def client_at(api, user, ip="198.51.100.7", *, sku=None):
    client = api(user)
    client.client.defaults["REMOTE_ADDR"] = ip
    if sku is not None:
        assert client.post("/api/store/cart/items", {"sku": sku.pk}).status_code == 201
    return client


@time_machine.travel(START, tick=False)
def test_a_refused_checkout_answers_429_and_changes_nothing(api, buyer, limits,
                                                            shipping_tables):
    # given a buyer who has used up the checkout attempts of this minute
    client = client_at(api, buyer)
    sku = sku_on_sale(stock=5)
    assert client.post("/api/store/cart/items", {"sku": sku.pk}).status_code == 201
    body = checkout_body(client, token=card_token(client))
    assert [place(client, UNSHIPPABLE, key=k).status_code for k in ("e1", "e2")] == [422, 422]
    # when the buyer checks out a full cart
    refused = place(client, body, key="real")
    # then it is refused with the error shape and a Retry-After, and nothing moved
    assert refused.status_code == 429
    assert refused.json() == {"code": "rate_limited", "fields": {}, "message":
                              "Too many checkout attempts. Please try again in 45 seconds."}
    assert refused["Retry-After"] == "45"
    assert not Checkout.objects.exists() and not Order.objects.exists()
    assert not PaymentAttempt.objects.exists()
    assert Sku.objects.get(pk=sku.pk).stock == 5 and CartLine.objects.count() == 1


@time_machine.travel(START, tick=False)
def test_retrying_a_placed_checkout_is_not_a_new_attempt(api, buyer, limits, shipping_tables):
    client = client_at(api, buyer)
    assert client.post("/api/store/cart/items", {"sku": sku_on_sale().pk}).status_code == 201
    body = checkout_body(client, token=card_token(client))
    answers = [place(client, body, key="same").status_code for _ in range(5)]
    assert answers == [201] * 5
    assert Checkout.objects.count() == 1
    # one attempt is used: one new key is still allowed, the next is not
    client.post("/api/store/cart/items", {"sku": sku_on_sale().pk})
    assert [place(client, UNSHIPPABLE, key=k).status_code for k in ("n1", "n2")] == [422, 429]


@time_machine.travel(START, tick=False)
def test_accounts_and_addresses_are_limited_independently(api, buyer, limits):
    sku, other = sku_on_sale(), BuyerFactory()
    first, second = client_at(api, buyer, sku=sku), client_at(api, other, sku=sku)
    assert [place(first, UNSHIPPABLE, key=f"a{n}").status_code for n in range(3)] == \
        [409, 409, 429]
    # the address (4/m; a refused attempt counts too) has one attempt left for another buyer
    assert place(second, UNSHIPPABLE, key="b0").status_code == 409
    assert place(second, UNSHIPPABLE, key="b1").status_code == 429
    # a buyer at another address is not held back by either
    elsewhere = client_at(api, BuyerFactory(), ip="203.0.113.50", sku=sku)
    assert place(elsewhere, UNSHIPPABLE, key="c0").status_code == 409


@time_machine.travel(START, tick=False)
def test_the_checkout_page_refuses_kindly(buyer, limits):
    address = AddressFactory(user=buyer)
    cart_add(cart=cart_get(user=buyer, create=True), sku_id=sku_on_sale().pk, quantity=1)
    page = Client(REMOTE_ADDR="198.51.100.7")
    page.force_login(buyer)
    form = {"address_id": address.pk, "payment_token": "tok_x", "shipping-1": "no-such"}
    answers = [page.post("/checkout/", {**form, "idempotency_key": f"k{n}"}) for n in range(3)]
    assert [a.status_code for a in answers] == [409, 409, 429]
    assert "Too many checkout attempts. Please try again in 45 seconds." in \
        answers[-1].content.decode()
    assert answers[-1]["Retry-After"] == "45"
