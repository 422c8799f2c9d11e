"""The seller's money from the buyer's card to the seller's bank, through the ledger, with
the balances endpoint and `ledger_verify` checked at every step."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from caravan.core.money import Money
from caravan.core.testing import ApiClient
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import ledger_verify
from caravan.payout.models import Withdrawal
from caravan.payout.services import funds_release_due, payouts_advance
from caravan.seller.tests.factories import ShopFactory

from .helpers import CN_ACCOUNT, HK_ACCOUNT, complete, paid_order, verified_account

pytestmark = pytest.mark.django_db


def balances(client: ApiClient, currency: str) -> tuple[int, int, int, int]:
    response = client.get("/api/seller/balances")
    assert response.status_code == 200, response.content
    row = next(b for b in response.json() if b["currency"] == currency)
    assert {row[k]["currency"] for k in ("pending", "available", "in_transit", "debt")} == {
        currency}
    return (row["pending"]["amount"], row["available"]["amount"], row["in_transit"]["amount"],
            row["debt"]["amount"])


def withdraw(client: ApiClient, account_id: int, amount: int, currency: str, key: str):
    return client.post("/api/seller/withdrawals",
                       {"bank_account_id": account_id,
                        "amount": {"amount": amount, "currency": currency}},
                       headers={"Idempotency-Key": key})


def settle_payouts() -> int:
    with time_machine.travel(timezone.now() + timedelta(minutes=5), tick=False):
        return payouts_advance()


@pytest.mark.parametrize(("currency", "settlement", "bank", "withdrawals"), [
    # 100.00 USD paid; 8% commission leaves 92.00; withdrawn as 50.00 then the other 42.00
    ("USD", Money(10_000, "USD"), HK_ACCOUNT, [5_000, 4_200]),
    # the same order settled in CNY at 7.1234: 712.34 CNY, 8% (56.99) leaves 655.35
    ("CNY", Money(71_234, "CNY"), CN_ACCOUNT, [50_000, 15_535]),
])
def test_from_capture_to_the_sellers_bank(currency, settlement, bank, withdrawals):
    shop = ShopFactory(settlement_currency=currency)
    seller = ApiClient(shop.owner)
    # paid: the money is in escrow, none of it the seller's yet
    order = paid_order(shop, total=10_000, settlement=settlement)
    assert balances(seller, currency) == (0, 0, 0, 0)
    assert ledger_verify() == []
    # completed: escrow released less the commission, pending for three working days
    release = complete(order, commission_bps=800)
    share = sum(withdrawals)
    assert release.amount == share and release.currency == currency
    assert balances(seller, currency) == (share, 0, 0, 0)
    assert account_balance(code="platform_commission", currency=currency).amount == \
        settlement.amount - share
    assert ledger_verify() == []
    # the working days pass: available
    assert funds_release_due(now=release.available_at) == 1
    assert balances(seller, currency) == (0, share, 0, 0)
    assert ledger_verify() == []
    # the seller withdraws in two parts to a verified account
    account = verified_account(shop, **bank)
    first = withdraw(seller, account.pk, withdrawals[0], currency, "w1")
    assert first.status_code == 201, first.content
    assert first.json()["status"] == "processing"
    assert balances(seller, currency) == (0, withdrawals[1], withdrawals[0], 0)
    assert ledger_verify() == []
    assert withdraw(seller, account.pk, withdrawals[1], currency, "w2").status_code == 201
    assert balances(seller, currency) == (0, 0, share, 0)
    # the provider pays both a little later
    assert settle_payouts() == 2
    assert balances(seller, currency) == (0, 0, 0, 0)
    assert set(Withdrawal.objects.values_list("status", flat=True)) == {"paid"}
    # the seller received the order's total less the commission, in the settlement currency
    assert account_balance(code="clearing:payout-sandbox", currency=currency) == \
        Money(-share, currency)
    assert ledger_verify() == []
    listed = seller.get("/api/seller/withdrawals").json()["items"]
    assert [w["status"] for w in listed] == ["paid", "paid"]
    assert sum(w["amount"]["amount"] for w in listed) == share


def test_a_failed_payout_returns_the_money_to_available():
    shop = ShopFactory()
    seller = ApiClient(shop.owner)
    release = complete(paid_order(shop, total=10_000), commission_bps=0)
    funds_release_due(now=release.available_at)
    account = verified_account(shop)
    # an amount ending in .17 fails at the sandbox with could_not_process
    response = withdraw(seller, account.pk, 2_517, "USD", "fails")
    assert response.status_code == 201
    assert balances(seller, "USD") == (0, 7_483, 2_517, 0)
    assert settle_payouts() == 1
    withdrawal = seller.get(f"/api/seller/withdrawals/{response.json()['id']}").json()
    assert withdrawal["status"] == "failed" and withdrawal["failure_code"] == "could_not_process"
    assert balances(seller, "USD") == (0, 10_000, 0, 0)
    assert ledger_verify() == []
    # the account still works: the money can be withdrawn again
    assert withdraw(seller, account.pk, 10_000, "USD", "again").status_code == 201
    assert settle_payouts() == 1
    assert balances(seller, "USD") == (0, 0, 0, 0)
    assert ledger_verify() == []
    events = Withdrawal.objects.get(idempotency_key="fails").events.values_list(
        "from_status", "to_status")
    assert list(events) == [("", "requested"), ("requested", "processing"),
                            ("processing", "failed")]


def test_a_payout_to_a_closed_account_fails_it_for_further_withdrawals():
    shop = ShopFactory()
    seller = ApiClient(shop.owner)
    release = complete(paid_order(shop, total=10_000), commission_bps=0)
    funds_release_due(now=release.available_at)
    account = verified_account(shop)
    # an amount ending in .13 fails with account_closed
    assert withdraw(seller, account.pk, 1_013, "USD", "closed").status_code == 201
    settle_payouts()
    account.refresh_from_db()
    assert account.status == "failed" and account.failure_code == "account_closed"
    refused = withdraw(seller, account.pk, 1_000, "USD", "next")
    assert refused.status_code == 409 and refused.json()["code"] == "bank_account_unverified"
    assert balances(seller, "USD") == (0, 10_000, 0, 0)
    assert ledger_verify() == []


def test_debt_shows_and_limits_what_can_be_withdrawn():
    from caravan.ledger.services import account_for, transfer_create

    shop = ShopFactory()
    seller = ApiClient(shop.owner)
    release = complete(paid_order(shop, total=10_000), commission_bps=0)
    funds_release_due(now=release.available_at)
    # given the seller owes 30.00 (as a dispute's clawback would book it)
    debt = account_for(code=f"seller_debt:{shop.pk}", currency="USD")
    transfer_create(key="debt-1", debit=debt, credit=account_for(code="refunds", currency="USD"),
                    amount=Money(3_000, "USD"), ref=("dispute", 1))
    assert balances(seller, "USD") == (0, 10_000, 0, 3_000)
    account = verified_account(shop)
    refused = withdraw(seller, account.pk, 8_000, "USD", "too-much")
    assert refused.status_code == 409 and refused.json()["code"] == "insufficient_funds"
    assert withdraw(seller, account.pk, 7_000, "USD", "ok").status_code == 201
