"""Concurrent writers on PostgreSQL, with real threads and a connection each."""

import pytest
from django.db import connection

from caravan.core.money import Money
from caravan.core.testing import in_threads
from caravan.ledger.services import (
    account_for,
    escrow_capture,
    escrow_refund,
    escrow_release,
    ledger_verify,
    order_escrow,
    transfer_create,
)
from caravan.seller.tests.factories import ShopFactory

from .helpers import fund

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]


def test_twenty_writers_both_ways_between_two_accounts_lose_nothing():
    # given two accounts, and 20 threads each moving money 10 times, half of them each way
    a = account_for(code="clearing:test", currency="USD")
    b = account_for(code="refunds", currency="USD")

    def work(i):
        debit, credit = (a, b) if i % 2 else (b, a)
        for n in range(10):
            transfer_create(key=f"t{i}-{n}", debit=debit, credit=credit,
                            amount=Money(i + 1, "USD"), ref=("test", i))
        return i

    results, refusals = in_threads(20, work)
    # then every transfer landed and the running totals add up
    assert len(results) == 20 and refusals == []
    a.refresh_from_db()
    b.refresh_from_db()
    a_to_b = sum(10 * (i + 1) for i in range(20) if i % 2)
    b_to_a = sum(10 * (i + 1) for i in range(20) if not i % 2)
    assert (a.debits_posted, a.credits_posted) == (a_to_b, b_to_a)
    assert (b.debits_posted, b.credits_posted) == (b_to_a, a_to_b)
    assert ledger_verify(expected_holds={}) == []


def test_ten_writers_cannot_take_more_than_a_seller_holds():
    # given a seller with 10.00 available
    shop = ShopFactory()
    available = fund(account_for(code=f"seller_available:{shop.pk}", currency="USD"), 1000)
    transit = account_for(code=f"payout_transit:{shop.pk}", currency="USD")

    # when 10 threads try to take 3.00 each at once (half as reservations)
    def work(i):
        return transfer_create(key=f"take-{i}", debit=available, credit=transit,
                               amount=Money(300, "USD"), ref=("payout", i), pending=i % 2 == 0)

    results, refusals = in_threads(10, work)
    # then three succeed, seven are refused, and the balance never went below zero
    assert (len(results), refusals) == (3, ["insufficient_funds"] * 7)
    available.refresh_from_db()
    assert available.available == 100
    assert ledger_verify(expected_holds={}) == []


def test_escrow_operations_of_many_orders_at_once_keep_the_books():
    # given two shops, and 20 orders captured, partly refunded and released concurrently
    shops = [ShopFactory().pk, ShopFactory().pk]

    def work(i):
        order_id = i + 1
        escrow_capture(order_id=order_id, shop_id=shops[i % 2], amount=Money(1000, "USD"),
                       provider="sandbox", key=f"pay-{order_id}")
        if i % 3:
            escrow_refund(order_id=order_id, amount=Money(100 * (i % 3), "USD"),
                          key=f"refund-{order_id}")
        if i % 4:
            escrow_release(order_id=order_id, commission_bps=800, key=f"done-{order_id}")
        return order_id

    results, refusals = in_threads(20, work)
    # then each order's escrow is as its own history says, and the ledger is clean
    assert len(results) == 20 and refusals == []
    holds = {}
    for i in range(20):
        escrow = order_escrow(order_id=i + 1)
        refunded = 100 * (i % 3)
        assert escrow["refunded"].amount == refunded
        assert escrow["held"].amount == (0 if i % 4 else 1000 - refunded)
        holds[i + 1] = escrow["held"]
    assert ledger_verify(expected_holds=holds) == []
