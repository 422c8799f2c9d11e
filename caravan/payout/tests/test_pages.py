"""The seller's balances pages and the back office's payout pages."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from caravan.core.testing import ApiClient
from caravan.payout.models import BankAccount, FundsRelease, Withdrawal
from caravan.seller.tests.factories import ShopFactory

from .helpers import HK_ACCOUNT, deposits_arrive, make_available, sent_amounts, verified_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    return ShopFactory()


@pytest.fixture
def browser(shop):
    client = Client()
    client.force_login(shop.owner)
    return client


def test_the_balances_page_shows_each_balance_and_withdraws(browser, shop):
    make_available(shop, 10_000)
    account = verified_account(shop)
    page = browser.get("/seller/balances/")
    assert page.status_code == 200
    assert "$100.00" in page.content.decode() and "•••• 6001" in page.content.decode()
    key = page.context["form"].initial["key"]
    # a refused amount is shown on its field
    refused = browser.post("/seller/balances/", {"bank_account": account.pk,
                                                 "amount": "100.01", "key": key})
    assert refused.status_code == 422
    assert refused.context["form"].errors["amount"] == ["At most $100.00."]
    # a good one is requested once, however often the form is sent
    for _ in range(2):
        sent = browser.post("/seller/balances/", {"bank_account": account.pk,
                                                  "amount": "40.00", "key": key})
        assert sent.status_code == 302
    assert Withdrawal.objects.get().amount == 4_000
    assert "$40.00" in browser.get("/seller/balances/").content.decode()


def test_adding_and_verifying_a_bank_account_from_the_pages(browser, shop):
    form = {**HK_ACCOUNT, "bic": "HSBCGB2L"}
    refused = browser.post("/seller/bank-accounts/new/", form)
    assert refused.status_code == 422 and "bank in GB" in refused.content.decode()
    assert "bic" in refused.context["form"].errors
    added = browser.post("/seller/bank-accounts/new/", HK_ACCOUNT)
    account = BankAccount.objects.get()
    assert added.status_code == 302 and added["Location"] == f"/seller/bank-accounts/{account.pk}/"
    assert "on their way" in browser.get(added["Location"]).content.decode()
    deposits_arrive()
    page = browser.get(added["Location"]).content.decode()
    assert "Test mode: your bank statement shows" in page
    first, second = sent_amounts(account)
    wrong = browser.post(added["Location"], {"first": "0.00", "second": "0.50"})
    assert wrong.status_code == 422 and "first" in wrong.context["form"].errors
    ok = browser.post(added["Location"], {"first": f"0.{second:02d}", "second": f"0.{first:02d}"})
    assert ok.status_code == 302
    account.refresh_from_db()
    assert account.status == "verified"


def test_another_sellers_bank_account_page_is_404(browser):
    theirs = verified_account(ShopFactory())
    assert browser.get(f"/seller/bank-accounts/{theirs.pk}/").status_code == 404
    assert browser.post(f"/seller/bank-accounts/{theirs.pk}/remove/").status_code == 404


def test_pages_need_a_login_and_a_shop(buyer):
    assert Client().get("/seller/balances/").status_code == 302
    client = Client()
    client.force_login(buyer)
    assert client.get("/seller/balances/")["Location"] == "/seller/shop/"


def test_balances_take_a_fixed_number_of_queries(shop):
    make_available(shop, 10_000)
    seller = ApiClient(shop.owner)
    with CaptureQueriesContext(connection) as few:
        seller.get("/api/seller/balances")
    make_available(shop, 5_000, currency="CNY")
    with CaptureQueriesContext(connection) as more:
        response = seller.get("/api/seller/balances")
    assert [b["currency"] for b in response.json()] == ["USD", "CNY"]
    assert len(more) == len(few)


@pytest.mark.parametrize("model", ["withdrawal", "bankaccount", "fundsrelease"])
def test_operators_see_payouts_in_the_back_office(operator, shop, model):
    make_available(shop, 10_000)
    account = verified_account(shop)
    ApiClient(shop.owner).post("/api/seller/withdrawals",
                               {"bank_account_id": account.pk,
                                "amount": {"amount": 1_000, "currency": "USD"}},
                               headers={"Idempotency-Key": "ops"})
    ops = Client()
    ops.force_login(operator)
    listed = ops.get(reverse(f"admin:payout_{model}_changelist"))
    assert listed.status_code == 200
    row = {"withdrawal": Withdrawal, "bankaccount": BankAccount,
           "fundsrelease": FundsRelease}[model].objects.first()
    shown = ops.get(reverse(f"admin:payout_{model}_change", args=[row.pk]))
    assert shown.status_code == 200
    for page in (listed, shown):
        assert "004123456001" not in page.content.decode()
    assert ops.get(reverse(f"admin:payout_{model}_add")).status_code == 403


def test_operators_unlock_a_locked_account_from_the_back_office(operator, shop):
    from caravan.payout.services import bank_account_add, bank_account_verify

    account = bank_account_add(shop=shop, actor=shop.owner, **HK_ACCOUNT)
    deposits_arrive()
    account.refresh_from_db()
    wrong = [sent_amounts(account)[0], sent_amounts(account)[1] % 99 + 1]
    for _ in range(3):
        with pytest.raises(Exception):  # noqa: B017  (wrong, then locked)
            bank_account_verify(account=account, amounts=wrong, actor=shop.owner)
    ops = Client()
    ops.force_login(operator)
    response = ops.post(reverse("admin:payout_bankaccount_changelist"),
                        {"action": "send_new_deposits", "_selected_action": [account.pk]})
    assert response.status_code == 302
    account.refresh_from_db()
    assert (account.status, account.deposit_round, account.verify_tries) == ("unverified", 2, 0)
