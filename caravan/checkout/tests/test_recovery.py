"""A checkout whose process died half-way, and whose buyer never sent the request again."""

from datetime import timedelta

import pytest

from caravan.checkout.models import Checkout
from caravan.checkout.recovery import checkouts_resume_stalled
from caravan.core import clock
from caravan.ledger.services import ledger_verify
from caravan.order.models import Order
from caravan.order.services import orders_close_overdue
from caravan.payment.models import PaymentAttempt
from caravan.payment.providers.sandbox_models import SandboxCharge

from .helpers import card_token, checkout_body, place, sku_on_sale
from .test_checkout import fill_cart

pytestmark = pytest.mark.django_db


class Killed(Exception):
    """Stands for the process dying: nothing after it runs, what committed before stays."""


def crash_after_authorising(api, buyer, monkeypatch):
    def die(**_kwargs):
        raise Killed

    client = api(buyer)
    sku = sku_on_sale(stock=5)
    fill_cart(client, sku)
    body = checkout_body(client, token=card_token(client))
    with monkeypatch.context() as patch:
        patch.setattr("caravan.checkout.services.payment_capture", die)
        assert place(client, body, key="lost-answer").status_code == 500  # no answer given
    return client, body, sku


def later(seconds: int):
    return clock.now() + timedelta(seconds=seconds)


def test_a_stalled_checkout_is_carried_on_by_the_sweep(api, buyer, shipping_tables,
                                                        monkeypatch, settings):
    crash_after_authorising(api, buyer, monkeypatch)
    assert PaymentAttempt.objects.get().status == "authorised"

    assert checkouts_resume_stalled(now=later(settings.CHECKOUT_RESUME_AFTER_SECONDS - 5)) == 0
    assert checkouts_resume_stalled(now=later(settings.CHECKOUT_RESUME_AFTER_SECONDS)) == 1

    assert Checkout.objects.get().status == "paid"
    assert Order.objects.get().status == "paid"
    assert PaymentAttempt.objects.get().status == "captured"
    assert ledger_verify() == []


def test_when_the_window_closed_first_the_authorisation_is_voided(api, buyer, shipping_tables,
                                                                  monkeypatch, settings):
    client, body, sku = crash_after_authorising(api, buyer, monkeypatch)
    window = later(settings.PAYMENT_WINDOW_MINUTES * 60 + 1)
    assert orders_close_overdue(now=window) == 1

    assert checkouts_resume_stalled(now=window) == 1

    attempt = PaymentAttempt.objects.get()
    assert attempt.status == "voided"
    assert SandboxCharge.objects.get(reference=attempt.provider_reference).voided_at
    assert Checkout.objects.get().status == "declined"
    sku.refresh_from_db()
    assert sku.stock == 5
    retried = place(client, body, key="lost-answer")
    assert retried.status_code == 201 and retried.json()["status"] == "declined"
    assert ledger_verify() == []


def test_a_buyer_retrying_after_the_window_gets_an_answer_and_no_capture(
        api, buyer, shipping_tables, monkeypatch, settings):
    client, body, _sku = crash_after_authorising(api, buyer, monkeypatch)
    orders_close_overdue(now=later(settings.PAYMENT_WINDOW_MINUTES * 60 + 1))

    retried = place(client, body, key="lost-answer")

    assert retried.status_code == 201 and retried.json()["status"] == "declined"
    assert PaymentAttempt.objects.get().captured_amount == 0
