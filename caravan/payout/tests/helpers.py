"""Building blocks of payout tests: orders whose money sits in escrow, released money, bank
accounts verified through the sandbox's test deposits."""

import itertools
from datetime import datetime, timedelta

import time_machine
from django.utils import timezone

from caravan.account.tests.factories import BuyerFactory
from caravan.checkout.models import Checkout
from caravan.core.money import Money
from caravan.ledger.services import escrow_capture, escrow_release, order_escrow
from caravan.order.models import Order
from caravan.payout.constants import DepositState
from caravan.payout.models import BankAccount, FundsRelease, SandboxPayout
from caravan.payout.services import (
    bank_account_add,
    bank_account_verify,
    funds_release_due,
    funds_schedule,
    payouts_advance,
)

_numbers = itertools.count(1)
HK_ACCOUNT = {"holder_name": "Yiwu Toys Ltd", "bank_name": "HSBC Hong Kong",
              "bic": "HSBCHKHHHKH", "number": "004-123456-001", "country": "HK",
              "currency": "USD"}
CN_ACCOUNT = {"holder_name": "义乌玩具有限公司", "bank_name": "Bank of China",
              "bic": "BKCHCNBJ", "number": "6217 0000 1234 5678 901", "country": "CN",
              "currency": "CNY"}


def paid_order(shop, *, total: int = 10_000, settlement: Money | None = None) -> Order:
    """An order of `shop` paid by card: `total` USD cents, held in escrow in the shop's
    settlement currency (`settlement`, default the same USD amount)."""
    settlement = settlement or Money(total, "USD")
    n = next(_numbers)
    checkout = Checkout.objects.create(buyer=BuyerFactory(), idempotency_key=f"k{n}",
                                       request_hash="x", total=total, payment_token="tok")
    order = Order.objects.create(
        checkout=checkout, number=f"CVT{n:010d}", buyer=checkout.buyer, shop=shop,
        status="paid", items_total=total, shipping_total=0, total=total,
        settlement_currency=settlement.currency, settlement_total=settlement.amount,
        shipping_service="postal", shipping_days_min=10, shipping_days_max=20,
        protection_days=60, handling_days=7, ship_to={}, ship_to_country="DE",
        payment_due_at=timezone.now())
    escrow_capture(order_id=order.pk, shop_id=shop.pk, amount=settlement, provider="sandbox",
                   key=f"order-{order.pk}-capture")
    return order


def complete(order: Order, *, commission_bps: int = 800,
             at: datetime | None = None) -> FundsRelease:
    """What the lead's order completion does: release escrow, then schedule the funds."""
    at = at or timezone.now()
    escrow_release(order_id=order.pk, commission_bps=commission_bps,
                   key=f"order-{order.pk}-complete")
    Order.objects.filter(pk=order.pk).update(status="completed", completed_at=at)
    # The seller's share is what the ledger left in pending (its rounding, not ours).
    escrow = order_escrow(order_id=order.pk)
    share = escrow["released"] - escrow["commission"]
    return funds_schedule(order_id=order.pk, shop_id=order.shop_id, amount=share,
                          completed_at=at, key=f"order-{order.pk}-funds")


def make_available(shop, amount: int, currency: str = "USD") -> FundsRelease:
    """`amount` available to withdraw: paid, completed without commission, released."""
    order = paid_order(shop, total=amount, settlement=Money(amount, currency))
    release = complete(order, commission_bps=0)
    assert funds_release_due(now=release.available_at) >= 1
    return release


def deposits_arrive() -> None:
    later = timezone.now() + timedelta(minutes=10)
    with time_machine.travel(later, tick=False):
        payouts_advance()


def sent_amounts(account: BankAccount) -> list[int]:
    """The test deposits as the seller's bank statement shows them."""
    rows = SandboxPayout.objects.filter(reference__in=account.deposit_references)
    return sorted(row.amount for row in rows)


def verified_account(shop, **changes) -> BankAccount:
    account = bank_account_add(shop=shop, actor=shop.owner, **{**HK_ACCOUNT, **changes})
    deposits_arrive()
    account.refresh_from_db()
    assert account.deposit_state == DepositState.ARRIVED
    return bank_account_verify(account=account, amounts=sent_amounts(account),
                               actor=shop.owner)
