import pytest

from caravan.core.money import Money
from caravan.ledger.models import Transfer
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import (
    escrow_capture,
    escrow_refund,
    escrow_release,
    ledger_verify,
    order_escrow,
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
def paid(shop):
    """Order 42, 100.00 USD captured by the sandbox provider and held for the shop."""
    escrow_capture(order_id=42, shop_id=shop.pk, amount=usd(10_000), provider="sandbox",
                   key="pay-42")
    return 42


def escrow_of(order_id: int) -> tuple[int, int, int, int]:
    e = order_escrow(order_id=order_id)
    return (e["captured"].amount, e["refunded"].amount, e["held"].amount,
            e["released"].amount)


def balance(code: str, currency: str = "USD") -> int:
    return account_balance(code=code, currency=currency).amount


def breaches(holds: dict[int, Money]) -> list[str]:
    return ledger_verify(expected_holds=holds)


def test_a_capture_puts_the_money_in_escrow_and_holds_it_for_the_seller(paid, shop):
    assert escrow_of(paid) == (10_000, 0, 10_000, 0)
    assert balance("clearing:sandbox") == 10_000
    assert balance("escrow") == 10_000  # posted into escrow, reserved for the seller
    assert balance(f"seller_pending:{shop.pk}") == 0  # nothing is the seller's yet
    assert breaches({42: usd(10_000)}) == []


def test_a_capture_replayed_with_its_key_changes_nothing(paid, shop):
    escrow_capture(order_id=paid, shop_id=shop.pk, amount=usd(10_000), provider="sandbox",
                   key="pay-42")

    assert Transfer.objects.count() == 2 and escrow_of(paid) == (10_000, 0, 10_000, 0)


def test_a_capture_replayed_with_another_amount_is_a_conflict(paid, shop):
    refused("idempotency_mismatch", escrow_capture, order_id=paid, shop_id=shop.pk,
            amount=usd(9_999), provider="sandbox", key="pay-42")
    assert Transfer.objects.count() == 2


def test_an_order_is_captured_once(paid, shop):
    refused("already_captured", escrow_capture, order_id=paid, shop_id=shop.pk,
            amount=usd(10_000), provider="sandbox", key="pay-42-again")
    assert balance("clearing:sandbox") == 10_000


def test_a_capture_of_nothing_is_refused(shop):
    refused("invalid_amount", escrow_capture, order_id=1, shop_id=shop.pk, amount=usd(0),
            provider="sandbox", key="k")
    assert not Transfer.objects.exists()


def test_a_full_refund_empties_the_hold(paid):
    escrow_refund(order_id=paid, amount=usd(10_000), key="refund-1")

    assert escrow_of(paid) == (10_000, 10_000, 0, 0)
    assert balance("refunds") == 10_000 and balance("escrow") == 0
    assert breaches({42: usd(0)}) == []
    refused("refund_exceeds_paid", escrow_refund, order_id=paid, amount=usd(1), key="refund-2")


def test_a_partial_refund_leaves_one_hold_of_the_rest(paid):
    escrow_refund(order_id=paid, amount=usd(2_500), key="refund-1")

    assert escrow_of(paid) == (10_000, 2_500, 7_500, 0)
    kinds = list(Transfer.objects.filter(ref_id=paid).values_list("kind", "amount"))
    assert kinds == [("posted", 10_000), ("pending", 10_000), ("void_pending", 10_000),
                     ("posted", 2_500), ("pending", 7_500)]
    assert breaches({42: usd(7_500)}) == []


def test_a_refund_replayed_with_its_key_changes_nothing(paid):
    escrow_refund(order_id=paid, amount=usd(2_500), key="refund-1")
    escrow_refund(order_id=paid, amount=usd(2_500), key="refund-1")

    assert escrow_of(paid) == (10_000, 2_500, 7_500, 0)
    refused("idempotency_mismatch", escrow_refund, order_id=paid, amount=usd(2_000),
            key="refund-1")
    refused("idempotency_mismatch", escrow_refund, order_id=7, amount=usd(2_500),
            key="refund-1")


def test_refunds_cannot_exceed_what_was_paid(paid):
    escrow_refund(order_id=paid, amount=usd(6_000), key="refund-1")

    refused("refund_exceeds_paid", escrow_refund, order_id=paid, amount=usd(4_001),
            key="refund-2")
    escrow_refund(order_id=paid, amount=usd(4_000), key="refund-3")
    assert escrow_of(paid) == (10_000, 10_000, 0, 0)


def test_a_refund_of_an_order_never_paid_is_refused():
    refused("refund_exceeds_paid", escrow_refund, order_id=99, amount=usd(1), key="r")


def test_a_refund_is_in_the_orders_currency_and_positive(paid):
    refused("currency_mismatch", escrow_refund, order_id=paid, amount=Money(100, "CNY"),
            key="r1")
    refused("invalid_amount", escrow_refund, order_id=paid, amount=usd(0), key="r2")


def test_a_release_pays_the_seller_less_the_commission(paid, shop):
    # when order 42 (100.00) completes with an 8% commission
    escrow_release(order_id=paid, commission_bps=800, key="done-42")
    # then the seller has 92.00 pending payout and the platform 8.00
    assert escrow_of(paid) == (10_000, 0, 0, 10_000)
    assert order_escrow(order_id=paid)["commission"] == usd(800)
    assert balance(f"seller_pending:{shop.pk}") == 9_200
    assert balance("platform_commission") == 800
    assert balance("escrow") == 0
    assert breaches({42: usd(0)}) == []


def test_the_commission_is_rounded_half_up_on_the_minor_unit(shop):
    # given 0.10 USD captured; 5% of it is 0.005 USD
    escrow_capture(order_id=1, shop_id=shop.pk, amount=usd(10), provider="sandbox", key="p1")

    escrow_release(order_id=1, commission_bps=500, key="done-1")

    assert balance("platform_commission") == 1  # half-up, not to even
    assert balance(f"seller_pending:{shop.pk}") == 9


def test_a_release_after_a_partial_refund_releases_the_rest(paid, shop):
    escrow_refund(order_id=paid, amount=usd(3_000), key="refund-1")

    escrow_release(order_id=paid, commission_bps=0, key="done-42")

    assert escrow_of(paid) == (10_000, 3_000, 0, 7_000)
    assert balance(f"seller_pending:{shop.pk}") == 7_000
    assert not Transfer.objects.filter(idempotency_key="done-42:release-fee").exists()


def test_a_release_replayed_with_its_key_changes_nothing(paid, shop):
    escrow_release(order_id=paid, commission_bps=800, key="done-42")
    escrow_release(order_id=paid, commission_bps=800, key="done-42")

    assert balance(f"seller_pending:{shop.pk}") == 9_200
    refused("idempotency_mismatch", escrow_release, order_id=paid, commission_bps=500,
            key="done-42")
    refused("already_released", escrow_release, order_id=paid, commission_bps=800,
            key="done-42-again")


def test_nothing_is_refunded_from_escrow_after_the_release(paid):
    escrow_release(order_id=paid, commission_bps=800, key="done-42")

    refused("already_released", escrow_refund, order_id=paid, amount=usd(1), key="r")


def test_a_release_needs_a_hold(paid):
    refused("no_hold", escrow_release, order_id=7, commission_bps=800, key="done-7")
    escrow_refund(order_id=paid, amount=usd(10_000), key="refund-1")
    refused("no_hold", escrow_release, order_id=paid, commission_bps=800, key="done-42")


@pytest.mark.parametrize("bps", [-1, 10_001])
def test_a_commission_is_between_none_and_all(paid, bps):
    refused("invalid_commission", escrow_release, order_id=paid, commission_bps=bps, key="d")


def test_cny_orders_settle_in_the_cny_ledger(shop):
    cny_shop = ShopFactory(settlement_currency="CNY")
    escrow_capture(order_id=1, shop_id=shop.pk, amount=usd(1_000), provider="sandbox",
                   key="p1")
    escrow_capture(order_id=2, shop_id=cny_shop.pk, amount=Money(7_100, "CNY"),
                   provider="sandbox", key="p2")

    escrow_release(order_id=2, commission_bps=500, key="done-2")

    assert order_escrow(order_id=2)["released"] == Money(7_100, "CNY")
    assert balance(f"seller_pending:{cny_shop.pk}", "CNY") == 6_745
    assert balance("escrow", "USD") == 1_000 and balance("escrow", "CNY") == 0
    assert breaches({1: usd(1_000), 2: Money(0, "CNY")}) == []


def test_an_order_the_ledger_never_saw_reports_zeros():
    assert order_escrow(order_id=5, currency="CNY") == {
        name: Money(0, "CNY") for name in ("captured", "refunded", "held", "released",
                                           "commission")}
