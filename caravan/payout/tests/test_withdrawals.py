"""Withdrawals through the seller API: the rules that refuse one, idempotency, isolation."""

import pytest
import time_machine

from caravan.core.testing import ApiClient
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import ledger_verify
from caravan.payout.models import Withdrawal
from caravan.payout.services import bank_account_add
from caravan.seller.tests.factories import ShopFactory

from .helpers import HK_ACCOUNT, make_available, verified_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    shop = ShopFactory()
    make_available(shop, 10_000)  # 100.00 USD available
    return shop


@pytest.fixture
def seller(shop):
    return ApiClient(shop.owner)


@pytest.fixture
def account(shop):
    return verified_account(shop)


def withdraw(client, account_id, amount, key="k1", currency="USD"):
    return client.post("/api/seller/withdrawals",
                       {"bank_account_id": account_id,
                        "amount": {"amount": amount, "currency": currency}},
                       headers={"Idempotency-Key": key} if key else {})


def available(shop) -> int:
    return account_balance(code=f"seller_available:{shop.pk}", currency="USD").amount


def test_same_key_and_body_answer_the_same_withdrawal(seller, account, shop):
    first = withdraw(seller, account.pk, 2_000)
    again = withdraw(seller, account.pk, 2_000)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert Withdrawal.objects.count() == 1 and available(shop) == 8_000


def test_same_key_other_body_is_refused(seller, account, shop):
    withdraw(seller, account.pk, 2_000)
    other = withdraw(seller, account.pk, 3_000)
    assert other.status_code == 409 and other.json()["code"] == "idempotency_mismatch"
    assert Withdrawal.objects.count() == 1 and available(shop) == 8_000


def test_a_key_is_required(seller, account):
    refused = withdraw(seller, account.pk, 2_000, key="")
    assert refused.status_code == 422 and "Idempotency-Key" in refused.json()["fields"]
    assert not Withdrawal.objects.exists()


def test_below_the_minimum_is_refused(seller, account, settings):
    settings.WITHDRAWAL_MINIMUM = {"USD": 1_000, "CNY": 10_000}
    refused = withdraw(seller, account.pk, 999)
    assert refused.status_code == 422 and refused.json()["code"] == "below_minimum"
    assert "amount.amount" in refused.json()["fields"]
    assert withdraw(seller, account.pk, 1_000, key="k2").status_code == 201


def test_more_than_available_is_refused_and_changes_nothing(seller, account, shop):
    refused = withdraw(seller, account.pk, 10_001)
    assert refused.status_code == 409 and refused.json()["code"] == "insufficient_funds"
    assert "At most $100.00." in refused.json()["fields"]["amount.amount"]
    assert not Withdrawal.objects.exists() and available(shop) == 10_000
    assert ledger_verify() == []


def test_the_ledger_refuses_an_overdraft_the_check_missed(seller, account, shop, monkeypatch):
    # given the service's own balance check fooled into allowing anything
    from caravan.core.money import Money
    from caravan.payout.services import withdrawals

    monkeypatch.setattr(withdrawals, "withdrawable",
                        lambda *, shop, currency: Money(10**9, currency))
    refused = withdraw(seller, account.pk, 20_000)
    # then seller_available's no_negative flag still refuses it, and nothing is kept
    assert refused.status_code == 409 and refused.json()["code"] == "insufficient_funds"
    assert not Withdrawal.objects.exists() and available(shop) == 10_000


def test_an_unverified_account_cannot_receive_withdrawals(seller, shop):
    unverified = bank_account_add(shop=shop, actor=shop.owner, **HK_ACCOUNT)
    refused = withdraw(seller, unverified.pk, 2_000)
    assert refused.status_code == 409 and refused.json()["code"] == "bank_account_unverified"
    assert not Withdrawal.objects.exists()


def test_the_currency_is_the_accounts(seller, account):
    refused = withdraw(seller, account.pk, 20_000, currency="CNY")
    assert refused.status_code == 422 and refused.json()["code"] == "currency_mismatch"


def test_another_sellers_bank_account_is_not_found(seller, shop):
    stranger = ShopFactory()
    theirs = verified_account(stranger)
    refused = withdraw(seller, theirs.pk, 2_000)
    assert refused.status_code == 404 and refused.json()["code"] == "bank_account_not_found"
    mine = withdraw(seller, verified_account(shop).pk, 2_000).json()["id"]
    assert ApiClient(stranger.owner).get(f"/api/seller/withdrawals/{mine}").status_code == 404
    assert ApiClient(stranger.owner).get("/api/seller/withdrawals").json()["items"] == []


def test_a_suspended_shop_cannot_withdraw(seller, account, shop):
    shop.status = "suspended"
    shop.save()
    assert withdraw(seller, account.pk, 2_000).json()["code"] == "shop_suspended"


def test_buyers_and_strangers_are_kept_out(buyer, account):
    body = {"bank_account_id": account.pk, "amount": {"amount": 2_000, "currency": "USD"}}
    headers = {"Idempotency-Key": "x"}
    assert ApiClient(buyer).post("/api/seller/withdrawals", body,
                                 headers=headers).status_code == 403
    assert ApiClient().post("/api/seller/withdrawals", body, headers=headers).status_code == 401
    assert ApiClient(buyer).get("/api/seller/balances").status_code == 403
    assert ApiClient().get("/api/seller/balances").status_code == 401
    assert not Withdrawal.objects.exists()


def test_malformed_amounts_are_422(seller, account):
    for amount in ({"amount": 0, "currency": "USD"}, {"amount": 10, "currency": "usd"},
                   {"amount": 1.5, "currency": "USD"}):
        response = seller.post("/api/seller/withdrawals",
                               {"bank_account_id": account.pk, "amount": amount},
                               headers={"Idempotency-Key": "m"})
        assert response.status_code == 422


def test_operators_list_payouts_by_status(seller, account, operator, buyer):
    withdraw(seller, account.pk, 2_000, key="a")
    withdraw(seller, account.pk, 1_017, key="b")  # fails at the sandbox
    from .test_money_path import settle_payouts

    settle_payouts()
    admin = ApiClient(operator)
    everything = admin.get("/api/admin/payouts").json()["items"]
    assert [p["status"] for p in everything] == ["failed", "paid"]
    assert everything[0]["bank_account"].endswith("6001")
    assert "004123456001" not in str(everything)
    failed = admin.get("/api/admin/payouts?status=failed").json()["items"]
    assert [p["failure_code"] for p in failed] == ["could_not_process"]
    assert admin.get("/api/admin/payouts?status=nonsense").status_code == 422
    assert ApiClient(buyer).get("/api/admin/payouts").status_code == 403
    assert seller.get("/api/admin/payouts").status_code == 403


def test_keyset_pages(seller, account):
    ids = [withdraw(seller, account.pk, 1_000, key=f"p{i}").json()["id"] for i in range(3)]
    page = seller.get("/api/seller/withdrawals?limit=2").json()
    assert [w["id"] for w in page["items"]] == ids[::-1][:2]
    rest = seller.get(f"/api/seller/withdrawals?limit=2&cursor={page['next_cursor']}").json()
    assert [w["id"] for w in rest["items"]] == [ids[0]] and rest["next_cursor"] is None


def test_a_provider_refusing_outright_fails_the_withdrawal_and_returns_the_money(
        seller, account, shop, monkeypatch):
    from caravan.core.errors import InvalidInput
    from caravan.payout.providers.sandbox import SandboxPayoutProvider

    def refuse(self, **kwargs):
        raise InvalidInput("Unsupported destination.", code="invalid_destination")

    monkeypatch.setattr(SandboxPayoutProvider, "payout_create", refuse)
    response = withdraw(seller, account.pk, 2_000)
    assert response.status_code == 201
    assert (response.json()["status"], response.json()["failure_code"]) == (
        "failed", "invalid_destination")
    assert available(shop) == 10_000
    assert ledger_verify() == []


def test_a_provider_that_is_down_is_retried_by_the_sweep(seller, account, shop, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from caravan.payout.errors import PayoutProviderUnavailable
    from caravan.payout.providers.sandbox import SandboxPayoutProvider
    from caravan.payout.services import payouts_advance

    original = SandboxPayoutProvider.payout_create

    def down(self, **kwargs):
        raise PayoutProviderUnavailable("The bank API did not answer.")

    monkeypatch.setattr(SandboxPayoutProvider, "payout_create", down)
    response = withdraw(seller, account.pk, 2_000)
    assert response.status_code == 201 and response.json()["status"] == "requested"
    monkeypatch.setattr(SandboxPayoutProvider, "payout_create", original)
    assert payouts_advance() == 0  # too soon to send again
    # a little later the sweep sends it, and books it paid once the sandbox has settled it
    with time_machine.travel(timezone.now() + timedelta(seconds=61), tick=False):
        assert payouts_advance() == 1
    assert Withdrawal.objects.get().status == "processing"
    with time_machine.travel(timezone.now() + timedelta(minutes=5), tick=False):
        assert payouts_advance() == 1
    assert Withdrawal.objects.get().status == "paid" and available(shop) == 8_000
    assert ledger_verify() == []
