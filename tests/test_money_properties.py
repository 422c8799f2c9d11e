"""Property test: whatever mix of checkouts, declines, cancellations and refunds happens, the
books balance (`caravan ledger-verify` stays clean) and no refund exceeds what was paid."""

import pytest
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caravan.account.tests.factories import BuyerFactory
from caravan.checkout.cart import cart_add, cart_get
from caravan.checkout.services import checkout_place
from caravan.checkout.summary import cart_groups
from caravan.checkout.tests.helpers import ADDRESS, sku_on_sale
from caravan.core.errors import DomainError
from caravan.ledger.services import ledger_verify
from caravan.logistics.seeding import logistics_seed
from caravan.order.models import Order
from caravan.order.services import order_cancel, order_refund
from caravan.payment.providers.sandbox import card_tokenise
from caravan.seller.tests.factories import ShopFactory

pytestmark = pytest.mark.django_db

CARDS = ["4242424242424242", "4242424242424242", "4000000000000002", "4000000000009995"]
steps = st.lists(st.one_of(
    st.tuples(st.just("checkout"), st.sampled_from(CARDS), st.integers(1, 3)),
    st.tuples(st.just("cancel"), st.integers(0, 20)),
    st.tuples(st.just("refund"), st.integers(0, 20), st.integers(1, 6000)),
), min_size=1, max_size=8)


@pytest.fixture
def market(db):
    call_command("fx_load", verbosity=0)
    call_command("import_tax_seed", verbosity=0)
    logistics_seed()
    usd, cny = ShopFactory(), ShopFactory(settlement_currency="CNY")
    return [sku_on_sale(shop=usd, price=1999, stock=10**6),
            sku_on_sale(shop=cny, price=899, stock=10**6)]


def checkout(buyer, skus, number, quantity, n):
    cart = cart_get(user=buyer, create=True)
    for sku in skus:
        cart_add(cart=cart, sku_id=sku.id, quantity=quantity)
    shipping = {g.shop.pk: g.cheapest() for g in cart_groups(cart=cart, country="DE")}
    token = card_tokenise(number=number, exp_month=12, exp_year=2031, cvc="123",
                          address_line1=ADDRESS["street_address"],
                          postal_code=ADDRESS["postal_code"]).token
    checkout_place(buyer=buyer, cart=cart, key=f"k{n}", body={"n": n}, address=dict(ADDRESS),
                   shipping=shipping, payment_token=token)


def pick(index):
    orders = list(Order.objects.order_by("pk"))
    return orders[index % len(orders)] if orders else None


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=steps)
def test_any_mix_of_checkouts_declines_cancellations_and_refunds_keeps_the_books(market, steps):
    with transaction.atomic():
        buyer = BuyerFactory(country="DE")
        for n, step in enumerate(steps):
            order = pick(step[1]) if step[0] != "checkout" else None
            try:
                if step[0] == "checkout":
                    checkout(buyer, market, step[1], step[2], n)
                elif step[0] == "cancel" and order:
                    order_cancel(order=order, actor=None, reason="buyer asked")
                elif step[0] == "refund" and order:
                    order_refund(order=order, amount=step[2], actor=None, reason="partial",
                                 key=f"refund-{n}")
            except DomainError:
                pass  # a refused move must change nothing; the books are checked below
            assert ledger_verify() == []
        for order in Order.objects.all():
            assert order.refunded_total <= order.total
        transaction.set_rollback(True)
