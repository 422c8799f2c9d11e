"""A seller's money after release: pending -> available -> in transit -> paid out or back."""

import pytest

from caravan.core.money import Money
from caravan.ledger.models import Transfer
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import (
    escrow_capture,
    escrow_release,
    funds_release,
    ledger_verify,
    payout_reserve,
    payout_return,
    payout_settle,
)
from caravan.seller.tests.factories import ShopFactory

from .helpers import refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    """A shop with 95.00 USD pending: order 7 paid 100.00 and released with 5% commission."""
    shop = ShopFactory()
    escrow_capture(order_id=7, shop_id=shop.pk, amount=Money(10_000, "USD"), provider="sandbox",
                   key="pay-7")
    escrow_release(order_id=7, commission_bps=500, key="done-7")
    return shop


def balances(shop) -> tuple[int, ...]:
    return tuple(account_balance(code=f"{prefix}:{shop.pk}", currency="USD").amount
                 for prefix in ("seller_pending", "seller_available", "payout_transit"))


def test_release_moves_pending_to_available_once_per_key(shop):
    assert funds_release(shop_id=shop.pk, amount=Money(9_500, "USD"), release_id=1,
                         key="r1") == Money(9_500, "USD")
    assert funds_release(shop_id=shop.pk, amount=Money(9_500, "USD"), release_id=1,
                         key="r1") == Money(9_500, "USD")
    assert balances(shop) == (0, 9_500, 0)
    assert Transfer.objects.filter(ref_type="funds_release").count() == 1
    refused("idempotency_mismatch", funds_release, shop_id=shop.pk,
            amount=Money(9_500, "USD"), release_id=2, key="r1")
    assert ledger_verify(expected_holds={7: Money(0, "USD")}) == []


def test_release_never_moves_more_than_is_pending(shop):
    assert funds_release(shop_id=shop.pk, amount=Money(20_000, "USD"), release_id=1,
                         key="r1") == Money(9_500, "USD")
    assert funds_release(shop_id=shop.pk, amount=Money(100, "USD"), release_id=2,
                         key="r2") == Money(0, "USD")
    assert balances(shop) == (0, 9_500, 0)


def test_a_payout_is_reserved_then_paid_or_returned(shop):
    funds_release(shop_id=shop.pk, amount=Money(9_500, "USD"), release_id=1, key="r1")
    refused("insufficient_funds", payout_reserve, shop_id=shop.pk,
            amount=Money(9_501, "USD"), withdrawal_id=1, key="w1:reserve")
    payout_reserve(shop_id=shop.pk, amount=Money(5_000, "USD"), withdrawal_id=1,
                   key="w1:reserve")
    payout_reserve(shop_id=shop.pk, amount=Money(4_500, "USD"), withdrawal_id=2,
                   key="w2:reserve")
    assert balances(shop) == (0, 0, 9_500)
    payout_settle(shop_id=shop.pk, amount=Money(5_000, "USD"), withdrawal_id=1,
                  provider="sandbox", key="w1:paid")
    payout_return(shop_id=shop.pk, amount=Money(4_500, "USD"), withdrawal_id=2,
                  key="w2:returned")
    assert balances(shop) == (0, 4_500, 0)
    assert account_balance(code="clearing:payout-sandbox", currency="USD").amount == -5_000
    assert ledger_verify(expected_holds={7: Money(0, "USD")}) == []
