"""Input the fuzzer found: a well-formed but unknown currency code in a withdrawal."""

import pytest

from caravan.core.testing import ApiClient
from caravan.payout.models import Withdrawal
from caravan.seller.tests.factories import ShopFactory

from .helpers import make_available, verified_account

pytestmark = pytest.mark.django_db


def test_an_unknown_currency_is_422_not_a_server_error():
    # given a seller with money available and a verified bank account
    shop = ShopFactory()
    make_available(shop, 10_000)
    account = verified_account(shop)
    # when it asks for a withdrawal in a currency ISO 4217 does not know
    response = ApiClient(shop.owner).post(
        "/api/seller/withdrawals",
        {"bank_account_id": account.pk, "amount": {"amount": 100, "currency": "AAA"}},
        headers={"Idempotency-Key": "unknown-currency"})
    # then the field is refused and nothing is withdrawn
    assert response.status_code == 422
    assert "amount.currency" in response.json()["fields"]
    assert not Withdrawal.objects.exists()
