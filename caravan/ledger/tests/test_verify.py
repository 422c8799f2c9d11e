import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db.models import F

from caravan.core.money import Money
from caravan.ledger.models import Account, Transfer
from caravan.ledger.services import (
    account_for,
    escrow_capture,
    ledger_verify,
    transfer_create,
)
from caravan.seller.models import Shop
from caravan.seller.tests.factories import ShopFactory

from .helpers import fund

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    return ShopFactory()


@pytest.fixture
def paid(shop):
    escrow_capture(order_id=42, shop_id=shop.pk, amount=Money(10_000, "USD"),
                   provider="sandbox", key="pay-42")
    return 42


def test_an_empty_and_a_busy_ledger_are_clean(paid):
    assert ledger_verify(expected_holds={}) == []
    assert ledger_verify(expected_holds={42: Money(10_000, "USD")}) == []


def test_a_running_total_that_disagrees_with_its_transfers_is_reported(paid):
    Account.objects.filter(code="clearing:sandbox").update(debits_posted=F("debits_posted") + 1)

    breaches = ledger_verify(expected_holds={})

    assert "USD: accounts' posted debits 10001 != credits 10000" in breaches
    assert "clearing:sandbox USD: debits_posted is 10001, its transfers sum to 10000" in breaches


def test_a_missing_or_wrong_hold_is_reported(paid):
    assert ledger_verify(expected_holds={42: Money(9_999, "USD")}) == [
        "order 42: escrow holds 10000 USD in 1 hold(s), expected 9999 USD"]
    assert ledger_verify(expected_holds={42: Money(10_000, "CNY")}) != []
    assert ledger_verify(expected_holds={7: Money(1, "USD")}) == [
        "order 7: escrow holds nothing in 0 hold(s), expected 1 USD"]


def test_two_open_holds_for_one_order_are_reported(paid, shop):
    escrow = fund(account_for(code="escrow", currency="USD"), 500)
    seller = account_for(code=f"seller_pending:{shop.pk}", currency="USD")
    transfer_create(key="stray", debit=escrow, credit=seller, amount=Money(500, "USD"),
                    ref=("order", 42), pending=True)

    assert ledger_verify(expected_holds={42: Money(10_000, "USD")}) == [
        "order 42: escrow holds 10500 USD in 2 hold(s), expected 10000 USD"]


def test_a_settle_that_does_not_match_its_pending_transfer_is_reported(paid):
    hold = Transfer.objects.get(kind="pending")
    clearing = account_for(code="clearing:sandbox", currency="USD")
    # written past the services, as a faulty writer would
    bad = Transfer.objects.create(idempotency_key="bad", kind="post_pending", pending=hold,
                                  debit=clearing, credit=hold.credit, amount=10_001,
                                  currency="USD", ref_type="order", ref_id=42)

    assert f"transfer {bad.pk} does not settle its pending transfer {hold.pk}" in ledger_verify(
        expected_holds={})


def test_a_transfer_across_currencies_is_reported(paid):
    hold = Transfer.objects.get(kind="pending")
    bad = Transfer.objects.create(idempotency_key="bad", kind="posted", debit=hold.debit,
                                  credit=hold.credit, amount=1, currency="CNY",
                                  ref_type="test", ref_id=1)

    assert f"transfer {bad.pk} mixes currencies" in ledger_verify(expected_holds={})


def test_holds_are_not_checked_without_the_order_app(paid, monkeypatch):
    monkeypatch.setattr(apps, "is_installed", lambda name: False)

    assert ledger_verify() == []


def test_an_order_model_without_the_expected_fields_is_reported(paid, monkeypatch):
    monkeypatch.setattr(apps, "is_installed", lambda name: True)
    monkeypatch.setattr(apps, "get_model", lambda app, model: Shop)  # no settlement_total

    [breach] = ledger_verify()

    assert breach.startswith("order holds not checked:")


def test_the_command_says_clean_and_exits_0(paid, capsys, monkeypatch):
    monkeypatch.setattr(apps, "is_installed", lambda name: False)

    call_command("ledger_verify")

    assert capsys.readouterr().out.strip() == "ledger clean"


def test_the_command_prints_each_breach_and_exits_1(paid, capsys):
    Account.objects.filter(code="escrow").update(credits_posted=F("credits_posted") + 5)

    with pytest.raises(CommandError) as info:
        call_command("ledger_verify")

    out = capsys.readouterr().out
    assert info.value.returncode == 1
    assert "escrow USD: credits_posted is 10005, its transfers sum to 10000" in out
    assert "ledger clean" not in out
