"""Bank accounts: validated, encrypted at rest, shown masked, verified by test deposits."""

import pytest
from django.core.management import call_command
from django.db import connection

from caravan.core.outbox import OutboxMessage
from caravan.core.testing import ApiClient
from caravan.payout.crypto import bank_data_decrypt
from caravan.payout.models import BankAccount, SandboxPayout
from caravan.seller.tests.factories import ShopFactory

from .helpers import CN_ACCOUNT, HK_ACCOUNT, deposits_arrive, sent_amounts

pytestmark = pytest.mark.django_db
IBAN = "GB82 WEST 1234 5698 7654 32"


@pytest.fixture
def shop():
    return ShopFactory()


@pytest.fixture
def seller(shop):
    return ApiClient(shop.owner)


def add(seller: ApiClient, **changes):
    return seller.post("/api/seller/bank-accounts", {**HK_ACCOUNT, **changes})


def verify(seller: ApiClient, account_id: int, amounts: list[int]):
    return seller.post(f"/api/seller/bank-accounts/{account_id}/verify", {"amounts": amounts})


def test_the_number_is_stored_encrypted_and_shown_masked(seller):
    # when a seller registers a Hong Kong USD account
    response = add(seller)
    assert response.status_code == 201, response.content
    shown = response.json()
    # then only the last four digits are ever shown
    assert shown["last4"] == "6001" and shown["masked"] == "•••• 6001"
    assert "004123456001" not in response.content.decode()
    assert (shown["status"], shown["deposit_state"], shown["currency"]) == (
        "unverified", "sent", "USD")
    # and the database column holds no plaintext number, only a token we can decrypt
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM payout_bankaccount")
        row = " ".join(str(value) for value in cursor.fetchone())
    assert "004123456001" not in row and "123456" not in row
    stored = BankAccount.objects.get()
    assert bank_data_decrypt(stored.number_encrypted) == "004123456001"
    # the test deposit amounts are encrypted too, and the sandbox kept only the last digits
    assert stored.deposits_encrypted and not stored.deposits_encrypted.isdigit()
    assert set(SandboxPayout.objects.values_list("last4", flat=True)) == {"6001"}
    listed = seller.get("/api/seller/bank-accounts").json()
    assert [a["masked"] for a in listed] == ["•••• 6001"]


def test_an_iban_is_checked_and_a_bad_one_refused_per_field(seller):
    ok = add(seller, country="GB", bic="NWBKGB2L", number=IBAN, currency="USD")
    assert ok.status_code == 201 and ok.json()["number_kind"] == "iban"
    bad = add(seller, country="GB", bic="NWBKGB2L", number="GB83 WEST 1234 5698 7654 32")
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_bank_account"
    assert "IBAN" in bad.json()["fields"]["number"][0]


def test_bad_bic_country_and_number_are_all_named(seller):
    refused = add(seller, bic="HSBCXX", number="12", country="HK")
    assert refused.status_code == 422
    assert set(refused.json()["fields"]) == {"bic", "number"}
    foreign_bic = add(seller, bic="BKCHCNBJ")  # a mainland bank for a Hong Kong account
    assert "bank in CN" in foreign_bic.json()["fields"]["bic"][0]
    assert BankAccount.objects.count() == 0


def test_verification_needs_the_deposits_to_have_arrived(seller):
    account_id = add(seller).json()["id"]
    early = verify(seller, account_id, [1, 2])
    assert early.status_code == 409 and early.json()["code"] == "deposits_not_arrived"
    assert BankAccount.objects.get().verify_tries == 0


def test_the_right_amounts_in_either_order_verify(seller, shop):
    account_id = add(seller, **CN_ACCOUNT).json()["id"]
    deposits_arrive()
    assert OutboxMessage.objects.filter(topic="payout.bank_deposits_arrived").exists()
    amounts = sent_amounts(BankAccount.objects.get())
    assert all(1 <= amount <= 99 for amount in amounts)
    response = verify(seller, account_id, list(reversed(amounts)))
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "verified"
    stored = BankAccount.objects.get()
    assert stored.deposits_encrypted == "" and stored.verified_at is not None
    assert list(stored.events.values_list("to_status", flat=True)) == ["unverified", "verified"]


def test_three_wrong_answers_lock_the_account(seller, operator):
    account_id = add(seller).json()["id"]
    deposits_arrive()
    right = sent_amounts(BankAccount.objects.get())
    wrong = [right[0], right[1] % 99 + 1]
    first = verify(seller, account_id, wrong)
    assert first.status_code == 422 and first.json()["code"] == "wrong_deposit_amounts"
    assert "2 tries left" in first.json()["message"]
    assert verify(seller, account_id, wrong).status_code == 422
    third = verify(seller, account_id, wrong)
    assert third.status_code == 409 and third.json()["code"] == "bank_account_locked"
    # locked: even the right amounts no longer verify it
    assert verify(seller, account_id, right).status_code == 409
    assert BankAccount.objects.get().status == "locked"
    assert OutboxMessage.objects.filter(topic="payout.bank_account_locked").count() == 1
    # an operator sends new deposits; the new amounts verify it
    from caravan.payout.services import bank_account_reverify

    bank_account_reverify(account=BankAccount.objects.get(), actor=operator)
    deposits_arrive()
    stored = BankAccount.objects.get()
    assert stored.status == "unverified" and stored.verify_tries == 0
    assert verify(seller, account_id, sent_amounts(stored)).json()["status"] == "verified"


def test_deposits_to_a_closed_account_fail_it(seller):
    account_id = add(seller, number="004-123456-0002").json()["id"]
    deposits_arrive()
    shown = seller.get(f"/api/seller/bank-accounts/{account_id}").json()
    assert (shown["status"], shown["deposit_state"], shown["failure_code"]) == (
        "failed", "failed", "account_closed")


def test_another_sellers_bank_account_is_not_found(seller):
    other = ApiClient(ShopFactory().owner)
    account_id = add(seller).json()["id"]
    assert other.get(f"/api/seller/bank-accounts/{account_id}").status_code == 404
    assert verify(other, account_id, [1, 2]).status_code == 404
    assert other.delete(f"/api/seller/bank-accounts/{account_id}").status_code == 404
    assert other.get("/api/seller/bank-accounts").json() == []


def test_a_removed_account_disappears(seller):
    account_id = add(seller).json()["id"]
    assert seller.delete(f"/api/seller/bank-accounts/{account_id}").status_code == 204
    assert seller.get("/api/seller/bank-accounts").json() == []
    assert BankAccount.objects.get().status == "removed"


def test_buyers_and_strangers_are_kept_out(buyer):
    assert ApiClient(buyer).get("/api/seller/bank-accounts").status_code == 403
    assert ApiClient().get("/api/seller/bank-accounts").status_code == 401
    assert ApiClient().post("/api/seller/bank-accounts", HK_ACCOUNT).status_code == 401


def test_keys_rotate_and_old_data_still_decrypts(seller, settings):
    from cryptography.fernet import Fernet

    from caravan.payout.crypto import bank_data_keys

    add(seller)
    old = bank_data_keys()
    settings.BANK_DATA_KEYS = [Fernet.generate_key().decode(), *old]
    call_command("bank_data_rotate", verbosity=0)
    settings.BANK_DATA_KEYS = settings.BANK_DATA_KEYS[:1]  # the old key dropped
    assert bank_data_decrypt(BankAccount.objects.get().number_encrypted) == "004123456001"


def test_production_without_keys_fails_the_system_check(settings):
    from django.core.exceptions import ImproperlyConfigured

    from caravan.payout.checks import bank_data_keys_check
    from caravan.payout.crypto import bank_data_encrypt

    settings.PRODUCTION, settings.BANK_DATA_KEYS = True, []
    assert [error.id for error in bank_data_keys_check()] == ["payout.E001"]
    with pytest.raises(ImproperlyConfigured):
        bank_data_encrypt("004123456001")
    settings.BANK_DATA_KEYS = ["not-a-key"]
    assert [error.id for error in bank_data_keys_check()] == ["payout.E002"]
    settings.PRODUCTION, settings.BANK_DATA_KEYS = False, []
    assert bank_data_keys_check() == []
