"""Sweepers and sellers at once on PostgreSQL, with real threads and a connection each."""

import pytest
from django.db import connection

from caravan.core.money import Money
from caravan.core.testing import in_threads
from caravan.ledger.models import Transfer
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import ledger_verify
from caravan.payout.models import FundsRelease, Withdrawal
from caravan.payout.services import funds_release_due, withdrawal_request
from caravan.seller.tests.factories import ShopFactory

from .helpers import complete, make_available, paid_order, verified_account

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]


def test_two_sweepers_at_once_release_each_release_exactly_once():
    # given 12 due releases over two shops
    shops = [ShopFactory(), ShopFactory()]
    releases = [complete(paid_order(shops[i % 2], total=1_000 + i), commission_bps=0)
                for i in range(12)]
    due = max(release.available_at for release in releases)
    # when two sweepers run at the same moment, twice each
    results, refusals = in_threads(2, lambda i: funds_release_due(now=due)
                                   + funds_release_due(now=due))
    # then every release moved once, between them
    assert sum(results) == 12 and refusals == []
    assert not FundsRelease.objects.filter(released_at__isnull=True).exists()
    assert Transfer.objects.filter(ref_type="funds_release").count() == 12
    for n, shop in enumerate(shops):
        expected = sum(1_000 + i for i in range(12) if i % 2 == n)
        assert account_balance(code=f"seller_available:{shop.pk}",
                               currency="USD").amount == expected
        assert account_balance(code=f"seller_pending:{shop.pk}", currency="USD").amount == 0
    assert ledger_verify() == []


def test_concurrent_withdrawals_never_take_more_than_is_available():
    # given 100.00 available and a verified bank account
    shop = ShopFactory()
    make_available(shop, 10_000)
    account = verified_account(shop)

    def work(i):
        body = {"bank_account_id": account.pk, "amount": {"amount": 3_000, "currency": "USD"}}
        return withdrawal_request(shop=shop, actor=shop.owner, bank_account_id=account.pk,
                                  amount=Money(3_000, "USD"), key=f"w{i}", body=body).pk

    # when six withdrawals of 30.00 race
    results, refusals = in_threads(6, work)
    # then three go through, three are refused, and nothing is overdrawn
    assert len(results) == 3 and refusals == ["insufficient_funds"] * 3
    assert Withdrawal.objects.count() == 3
    assert account_balance(code=f"seller_available:{shop.pk}", currency="USD").amount == 1_000
    assert ledger_verify() == []


def test_the_same_key_at_once_withdraws_once():
    shop = ShopFactory()
    make_available(shop, 10_000)
    account = verified_account(shop)
    body = {"bank_account_id": account.pk, "amount": {"amount": 2_000, "currency": "USD"}}

    results, refusals = in_threads(4, lambda i: withdrawal_request(
        shop=shop, actor=shop.owner, bank_account_id=account.pk, amount=Money(2_000, "USD"),
        key="same", body=body).pk)
    assert refusals == [] and len(set(results)) == 1
    assert account_balance(code=f"seller_available:{shop.pk}", currency="USD").amount == 8_000
    assert ledger_verify() == []
