"""The ledger in the back office: operators read it; nobody writes it there."""

import pytest
from django.test import Client
from django.urls import reverse

from caravan.core.money import Money
from caravan.ledger.models import Account, Transfer
from caravan.ledger.services import escrow_capture
from caravan.seller.tests.factories import ShopFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ops(operator):
    client = Client()
    client.force_login(operator)
    escrow_capture(order_id=1, shop_id=ShopFactory().pk, amount=Money(500, "USD"),
                   provider="sandbox", key="pay-1")
    return client


@pytest.mark.parametrize("model", ["account", "transfer"])
def test_the_ledger_is_listed_and_shown(ops, model):
    row = (Account if model == "account" else Transfer).objects.first()

    assert ops.get(reverse(f"admin:ledger_{model}_changelist")).status_code == 200
    shown = ops.get(reverse(f"admin:ledger_{model}_change", args=[row.pk]))
    assert shown.status_code == 200


@pytest.mark.parametrize("model", ["account", "transfer"])
def test_nobody_adds_edits_or_deletes_ledger_rows_in_the_admin(ops, model):
    row = (Account if model == "account" else Transfer).objects.first()

    assert ops.get(reverse(f"admin:ledger_{model}_add")).status_code == 403
    edit = ops.post(reverse(f"admin:ledger_{model}_change", args=[row.pk]), {"memo": "x"})
    assert edit.status_code == 403
    delete = ops.post(reverse(f"admin:ledger_{model}_delete", args=[row.pk]), {"post": "yes"})
    assert delete.status_code == 403
    assert Transfer.objects.count() == 2 and Account.objects.count() == 3
