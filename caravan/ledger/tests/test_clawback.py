"""Refunds after release: commission back, then pending, available, and debt for the rest."""

import pytest

from caravan.core.money import Money
from caravan.ledger.models import Transfer
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import (
    compensation_charge,
    escrow_capture,
    escrow_release,
    funds_release,
    ledger_verify,
    payout_reserve,
    refund_after_release,
)
from caravan.seller.tests.factories import ShopFactory

from .helpers import refused

pytestmark = pytest.mark.django_db


def usd(amount: int) -> Money:
    return Money(amount, "USD")


@pytest.fixture
def shop():
    return ShopFactory()


@pytest.fixture
def released(shop):
    """Order 7: 100.00 captured and released to the shop less 5% commission."""
    escrow_capture(order_id=7, shop_id=shop.pk, amount=usd(10_000), provider="sandbox",
                   key="pay-7")
    escrow_release(order_id=7, commission_bps=500, key="rel-7")
    return 7


def balances(shop) -> tuple[int, int, int, int]:
    return tuple(account_balance(code=code, currency="USD").amount for code in (
        f"seller_pending:{shop.pk}", f"seller_available:{shop.pk}", f"seller_debt:{shop.pk}",
        "platform_commission"))


def clawback(shop, amount: int, key: str, order_id: int = 7):
    return refund_after_release(order_id=order_id, shop_id=shop.pk, amount=usd(amount), key=key)


def test_a_clawback_returns_the_commission_share_and_draws_on_pending(released, shop):
    assert balances(shop) == (9_500, 0, 0, 500)
    split = clawback(shop, 4_000, "c1")
    assert split == {"commission_returned": usd(200), "pending": usd(4_000),
                     "available": usd(0), "debt": usd(0)}
    assert balances(shop) == (5_700, 0, 0, 300)
    assert account_balance(code="refunds", currency="USD").amount == 4_000
    assert ledger_verify(expected_holds={7: usd(0)}) == []


def test_available_pays_after_pending_and_debt_covers_the_rest(released, shop):
    funds_release(shop_id=shop.pk, amount=usd(9_000), release_id=7, key="fr-7")
    assert balances(shop) == (500, 9_000, 0, 500)
    split = clawback(shop, 10_000, "c1")
    # all 500 of commission back to pending: pending 1,000, then available 9,000: no debt
    assert split["pending"] == usd(1_000) and split["available"] == usd(9_000)
    assert split["debt"] == usd(0)
    assert balances(shop) == (0, 0, 0, 0)
    assert ledger_verify(expected_holds={7: usd(0)}) == []


def test_a_shortfall_is_debt_and_no_seller_account_goes_negative(released, shop):
    # given the seller withdrew everything
    funds_release(shop_id=shop.pk, amount=usd(9_500), release_id=7, key="fr-7")
    payout_reserve(shop_id=shop.pk, amount=usd(9_500), withdrawal_id=1, key="wd-1")
    # when 60.00 and then the other 40.00 are refunded
    first = clawback(shop, 6_000, "c1")
    second = clawback(shop, 4_000, "c2")
    # then the returned commission paid its part and the rest is the seller's debt
    assert first == {"commission_returned": usd(300), "pending": usd(300),
                     "available": usd(0), "debt": usd(5_700)}
    assert second["commission_returned"] == usd(200) and second["debt"] == usd(3_800)
    assert balances(shop) == (0, 0, 9_500, 0)
    refused("refund_exceeds_paid", clawback, shop=shop, amount=1, key="c3")
    assert ledger_verify(expected_holds={7: usd(0)}) == []


def test_a_clawback_needs_a_release_and_a_positive_amount(shop):
    escrow_capture(order_id=9, shop_id=shop.pk, amount=usd(1_000), provider="sandbox",
                   key="pay-9")
    refused("not_released", clawback, shop=shop, amount=100, key="x", order_id=9)
    refused("not_released", clawback, shop=shop, amount=100, key="y", order_id=404)
    escrow_release(order_id=9, commission_bps=0, key="rel-9")
    refused("invalid_amount", clawback, shop=shop, amount=0, key="z", order_id=9)


def test_a_compensation_is_charged_to_the_seller_at_most_once_the_capture(released, shop):
    split = compensation_charge(order_id=7, shop_id=shop.pk, amount=usd(10_000), key="comp")
    assert split["pending"] == usd(9_500) and split["debt"] == usd(500)
    assert balances(shop) == (0, 0, 500, 500)  # the commission is not returned for this
    count = Transfer.objects.count()
    assert compensation_charge(order_id=7, shop_id=shop.pk, amount=usd(10_000),
                               key="comp") == split
    assert Transfer.objects.count() == count
    refused("refund_exceeds_paid", compensation_charge, order_id=7, shop_id=shop.pk,
            amount=usd(1), key="comp2")
    assert ledger_verify(expected_holds={7: usd(0)}) == []
