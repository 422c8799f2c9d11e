"""Funds releases: scheduled at completion, moved from pending to available exactly once."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from caravan.core.errors import DomainError
from caravan.core.money import Money
from caravan.core.outbox import OutboxMessage
from caravan.ledger.models import Transfer
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import account_for, ledger_verify, transfer_create
from caravan.payout.models import FundsRelease
from caravan.payout.services import funds_release_due, funds_schedule
from caravan.seller.tests.factories import ShopFactory

from .helpers import complete, paid_order

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def shop():
    return ShopFactory()


def balance(prefix: str, shop, currency: str = "USD") -> int:
    return account_balance(code=f"{prefix}:{shop.pk}", currency=currency).amount


def test_completion_on_national_day_eve_becomes_available_after_the_holiday(shop, settings):
    # given the CN calendar and 3 working days
    settings.SETTLEMENT_CALENDAR, settings.FUNDS_AVAILABLE_WORKING_DAYS = "CN", 3
    order = paid_order(shop, total=10_000)
    completed = datetime(2026, 9, 30, 18, tzinfo=SHANGHAI)
    # when the order completes with 8% commission
    release = complete(order, commission_bps=800, at=completed)
    # then 92.00 waits in pending until Saturday 10 October, 18:00 in Shanghai
    assert release.amount == 9_200 and release.currency == "USD"
    assert release.available_at == datetime(2026, 10, 10, 18, tzinfo=SHANGHAI)
    assert balance("seller_pending", shop) == 9_200
    assert ledger_verify() == []


def test_the_release_fires_at_its_time_once_and_never_again(shop):
    release = complete(paid_order(shop, total=5_000), commission_bps=500,
                       at=datetime(2026, 3, 6, 10, tzinfo=SHANGHAI))  # a Friday
    due = release.available_at
    assert due == datetime(2026, 3, 11, 10, tzinfo=SHANGHAI)
    # a second before its time nothing moves
    with time_machine.travel(due - timedelta(seconds=1), tick=False):
        assert funds_release_due() == 0
    assert balance("seller_available", shop) == 0
    # at its time it moves
    with time_machine.travel(due, tick=False):
        assert funds_release_due() == 1
    assert (balance("seller_pending", shop), balance("seller_available", shop)) == (0, 4_750)
    # and never again, however often the sweep runs
    assert funds_release_due(now=due + timedelta(days=30)) == 0
    assert funds_release_due(now=due + timedelta(days=31)) == 0
    release.refresh_from_db()
    assert release.released_at == due and release.released_amount == 4_750
    assert Transfer.objects.filter(ref_type="funds_release", ref_id=release.pk).count() == 1
    notice = OutboxMessage.objects.get(topic="payout.funds_available")
    assert notice.recipient == shop.owner and notice.payload["amount"] == {
        "amount": 4_750, "currency": "USD"}
    assert ledger_verify() == []


def test_schedule_is_idempotent_by_key_and_one_per_order(shop):
    order = paid_order(shop)
    at = datetime(2026, 5, 6, 10, tzinfo=SHANGHAI)
    args = {"order_id": order.pk, "shop_id": shop.pk, "amount": Money(9_000, "USD"),
            "completed_at": at}
    first = funds_schedule(**args, key="k1")
    assert funds_schedule(**args, key="k1") == first
    with pytest.raises(DomainError) as other_body:
        funds_schedule(**{**args, "amount": Money(9_001, "USD")}, key="k1")
    assert other_body.value.code == "idempotency_mismatch"
    with pytest.raises(DomainError) as other_key:
        funds_schedule(**args, key="k2")
    assert other_key.value.code == "already_scheduled"
    assert FundsRelease.objects.count() == 1


def test_a_zero_share_is_released_at_once_without_a_transfer(shop):
    order = paid_order(shop)
    release = complete(order, commission_bps=10_000)
    assert release.amount == 0 and release.released_at is not None
    assert funds_release_due(now=release.available_at) == 0
    assert not Transfer.objects.filter(ref_type="funds_release").exists()


def test_a_cny_shop_is_released_in_cny(shop):
    shop.settlement_currency = "CNY"
    shop.save()
    order = paid_order(shop, total=10_000, settlement=Money(71_234, "CNY"))
    release = complete(order, commission_bps=500)
    # 5% of 712.34 is 35.617, rounded half-up to 35.62 by the ledger
    assert (release.amount, release.currency) == (71_234 - 3_562, "CNY")
    assert funds_release_due(now=release.available_at) == 1
    assert balance("seller_available", shop, "CNY") == 67_672
    assert ledger_verify() == []


def test_a_clawback_from_pending_makes_the_release_move_what_is_left(shop):
    # given released money that a dispute's clawback partly took back from pending
    release = complete(paid_order(shop, total=10_000), commission_bps=0)
    pending = account_for(code=f"seller_pending:{shop.pk}", currency="USD")
    refunds = account_for(code="refunds", currency="USD")
    transfer_create(key="clawback-1", debit=pending, credit=refunds,
                    amount=Money(3_000, "USD"), ref=("dispute", 1))
    # when the release falls due, it moves the 70.00 left instead of failing for ever
    assert funds_release_due(now=release.available_at) == 1
    release.refresh_from_db()
    assert release.released_amount == 7_000
    assert (balance("seller_pending", shop), balance("seller_available", shop)) == (0, 7_000)
    assert ledger_verify() == []


def test_naive_or_negative_input_is_refused(shop):
    order = paid_order(shop)
    with pytest.raises(DomainError):
        funds_schedule(order_id=order.pk, shop_id=shop.pk, amount=Money(1, "USD"),
                       completed_at=datetime(2026, 1, 5, 10), key="naive")
    with pytest.raises(DomainError):
        funds_schedule(order_id=order.pk, shop_id=shop.pk, amount=Money(-1, "USD"),
                       completed_at=datetime(2026, 1, 5, 10, tzinfo=SHANGHAI), key="neg")
