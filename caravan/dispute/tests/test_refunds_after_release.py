"""Refunds after the escrow was released: from the seller's pending balance first, then the
available balance, and any shortfall as the seller's debt; never beyond what the buyer paid."""

from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caravan.core.errors import DomainError
from caravan.core.money import ROUNDING, Money
from caravan.ledger.models import Account, Transfer
from caravan.ledger.services import funds_release, payout_reserve, refund_after_release
from caravan.order.models import Order

from .helpers import (
    COMMISSION_BPS,
    DAY,
    assert_ledger_clean,
    card_refunded,
    complete,
    escrow,
    seller_balances,
    ship,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(paid_order, t0):
    return complete(ship(paid_order, t0), t0 + 10 * DAY)


def refund(order, amount, key):
    from caravan.dispute.services import refund_issue

    return refund_issue(order=order, amount=amount, actor=None, reason="test", key=key)


def commission(order) -> int:
    return escrow(order)["commission"]


def commission_back(order, refunded: int) -> int:
    """The commission returned with a refund: its share of the order, half-up (money.py)."""
    share = Decimal(commission(order)) * refunded / order.settlement_total
    return int(share.quantize(Decimal(1), rounding=ROUNDING))


def make_available(order, amount):
    funds_release(shop_id=order.shop_id, amount=Money(amount, order.settlement_currency),
                  release_id=order.pk, key=f"release-{order.pk}")


def test_completion_leaves_the_sellers_share_pending(completed):
    fee = commission(completed)
    assert fee == completed.settlement_total * COMMISSION_BPS // 10_000
    assert seller_balances(completed)["pending"] == completed.settlement_total - fee
    assert_ledger_clean()


def test_a_refund_after_completion_comes_from_pending_with_its_commission(completed):
    # when a quarter of the order is refunded after release
    quarter = completed.total // 4
    order = refund(completed, quarter, "r1")
    # then the card gets it back; the seller's pending pays it, less the commission returned
    assert order.status == "completed" and order.refunded_total == quarter
    assert card_refunded(order) == quarter
    fee = commission(order)
    returned = commission_back(order, quarter)
    assert seller_balances(order) == {
        "pending": order.settlement_total - fee + returned - quarter, "available": 0, "debt": 0}
    assert_ledger_clean()


def test_then_from_available_when_pending_is_spent(completed):
    # given all of the seller's pending money made available
    share = completed.settlement_total - commission(completed)
    make_available(completed, share)
    assert seller_balances(completed) == {"pending": 0, "available": share, "debt": 0}
    # when half is refunded
    half = completed.total // 2
    order = refund(completed, half, "r1")
    # then the returned commission (now pending) pays first, available the rest
    returned = commission_back(order, half)
    assert seller_balances(order) == {"pending": 0, "available": share - (half - returned),
                                      "debt": 0}
    assert_ledger_clean()


def test_a_shortfall_becomes_debt_and_available_never_goes_negative(completed):
    # given the seller withdrew everything
    share = completed.settlement_total - commission(completed)
    make_available(completed, share)
    payout_reserve(shop_id=completed.shop_id, amount=Money(share, completed.settlement_currency),
                   withdrawal_id=1, key="withdraw-1")
    # when the whole order is refunded
    order = refund(completed, completed.total, "r1")
    # then the returned commission pays its part and the rest is the seller's debt
    assert order.status == "refunded" and card_refunded(order) == order.total
    assert seller_balances(order) == {"pending": 0, "available": 0, "debt": share}
    available = Account.objects.get(code=f"seller_available:{order.shop_id}")
    assert available.available == 0
    assert_ledger_clean()


def test_a_refund_can_never_exceed_what_the_buyer_paid(completed):
    refund(completed, completed.total - 1, "r1")
    with pytest.raises(DomainError) as refused:
        refund(completed, 2, "r2")
    assert refused.value.code == "refund_exceeds_paid"
    order = refund(completed, 1, "r3")
    assert order.refunded_total == order.total and order.status == "refunded"
    with pytest.raises(DomainError):
        refund(order, 1, "r4")
    assert card_refunded(order) == order.total
    assert_ledger_clean()


def test_the_ledger_refuses_a_clawback_beyond_the_release(completed):
    too_much = Money(completed.settlement_total + 1, completed.settlement_currency)
    with pytest.raises(DomainError) as refused:
        refund_after_release(order_id=completed.pk, shop_id=completed.shop_id, amount=too_much,
                             key="big")
    assert refused.value.code == "refund_exceeds_paid"


def test_the_ledger_refuses_a_clawback_before_release(paid_order):
    amount = Money(100, paid_order.settlement_currency)
    with pytest.raises(DomainError) as refused:
        refund_after_release(order_id=paid_order.pk, shop_id=paid_order.shop_id, amount=amount,
                             key="early")
    assert refused.value.code == "not_released"


def test_a_clawback_replayed_with_its_key_moves_nothing_more(completed):
    amount = Money(1000, completed.settlement_currency)
    first = refund_after_release(order_id=completed.pk, shop_id=completed.shop_id,
                                 amount=amount, key="k")
    count = Transfer.objects.count()
    again = refund_after_release(order_id=completed.pk, shop_id=completed.shop_id,
                                 amount=amount, key="k")
    assert again == first and Transfer.objects.count() == count
    with pytest.raises(DomainError) as refused:
        refund_after_release(order_id=completed.pk, shop_id=completed.shop_id,
                             amount=Money(999, completed.settlement_currency), key="k")
    assert refused.value.code == "idempotency_mismatch"


class Rollback(Exception):
    pass


steps = st.lists(st.tuples(st.sampled_from(["refund", "release", "withdraw"]),
                           st.integers(1, 6000)), min_size=1, max_size=8)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_property_refunds_after_release_never_exceed_the_payment(completed, steps):
    """Whatever mix of partial refunds, funds becoming available and withdrawals: the buyer
    never gets back more than paid, the card and the order agree, seller balances never go
    negative, and the ledger stays balanced."""
    try:
        with transaction.atomic():
            order = Order.objects.get(pk=completed.pk)
            for i, (step, amount) in enumerate(steps):
                balances = seller_balances(order)
                try:
                    if step == "refund":
                        order = refund(order, amount, f"p{i}")
                    elif step == "release" and balances["pending"]:
                        make_available(order, min(amount, balances["pending"]))
                    elif step == "withdraw" and balances["available"]:
                        payout_reserve(shop_id=order.shop_id, withdrawal_id=i, key=f"w{i}",
                                       amount=Money(min(amount, balances["available"]),
                                                    order.settlement_currency))
                except DomainError as exc:
                    assert exc.code in ("refund_exceeds_paid", "illegal_transition")
                order.refresh_from_db()
                assert order.refunded_total <= order.total
                assert card_refunded(order) == order.refunded_total
                balances = seller_balances(order)
                assert balances["pending"] >= 0 and balances["available"] >= 0
            assert_ledger_clean()
            raise Rollback
    except Rollback:
        pass
