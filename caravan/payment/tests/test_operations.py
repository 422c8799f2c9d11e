"""Capture, void and refund: the processor's rules, the platform's, and idempotency by key."""

import pytest

from caravan.core.errors import IllegalTransition, InvalidInput
from caravan.core.money import Money
from caravan.payment.errors import ChargeRefused, IdempotencyMismatch
from caravan.payment.models import PaymentEvent, PaymentOperation, SandboxCharge
from caravan.payment.providers import provider_default
from caravan.payment.services import (
    payment_capture,
    payment_refund,
    payment_void,
)

from .helpers import authorise

pytestmark = pytest.mark.django_db


def usd(amount: int) -> Money:
    return Money(amount, "USD")


@pytest.fixture
def authorised(old_buyer):
    return authorise(old_buyer, amount=usd(5000))


@pytest.fixture
def captured(authorised):
    return payment_capture(attempt=authorised, key="capture")


def test_capture_takes_the_authorised_amount_once(captured):
    assert (captured.status, captured.captured_amount) == ("captured", 5000)
    charge = SandboxCharge.objects.get(reference=captured.provider_reference)
    assert charge.captured_amount == 5000

    with pytest.raises(IllegalTransition):
        payment_capture(attempt=captured, key="capture-again")


def test_a_capture_retried_with_its_key_repeats_nothing(authorised):
    first = payment_capture(attempt=authorised, key="capture")
    again = payment_capture(attempt=authorised, key="capture")

    assert again.status == first.status == "captured"
    assert PaymentOperation.objects.filter(kind="capture").count() == 1


def test_a_key_used_for_one_operation_is_refused_for_another(captured):
    with pytest.raises(IdempotencyMismatch):
        payment_refund(attempt=captured, amount=usd(100), key="capture")


def test_a_declined_attempt_cannot_be_captured(old_buyer):
    declined = authorise(old_buyer, "4000000000000002")

    with pytest.raises(IllegalTransition):
        payment_capture(attempt=declined, key="c")


def test_void_releases_an_authorisation_and_forbids_capture(authorised):
    voided = payment_void(attempt=authorised, key="void")

    assert voided.status == "voided"
    assert SandboxCharge.objects.get(reference=voided.provider_reference).voided_at
    with pytest.raises(IllegalTransition):
        payment_capture(attempt=voided, key="capture")


def test_a_captured_payment_cannot_be_voided(captured):
    with pytest.raises(IllegalTransition):
        payment_void(attempt=captured, key="void")


def test_partial_refunds_add_up_to_a_full_refund(captured):
    partly = payment_refund(attempt=captured, amount=usd(2000), key="r1")
    assert (partly.status, partly.refunded_amount) == ("partially_refunded", 2000)
    partly = payment_refund(attempt=captured, amount=usd(1000), key="r2")
    assert partly.status == "partially_refunded"

    full = payment_refund(attempt=captured, amount=usd(2000), key="r3")

    assert (full.status, full.refunded_amount) == ("refunded", 5000)
    assert SandboxCharge.objects.get(reference=full.provider_reference).refunded_amount == 5000
    assert PaymentOperation.objects.filter(kind="refund").count() == 3


def test_refunds_beyond_the_capture_are_refused(captured):
    payment_refund(attempt=captured, amount=usd(4000), key="r1")

    with pytest.raises(InvalidInput) as refused:
        payment_refund(attempt=captured, amount=usd(1001), key="r2")

    assert refused.value.code == "refund_exceeds_captured"
    assert list(refused.value.fields) == ["amount"]
    assert SandboxCharge.objects.get(reference=captured.provider_reference).refunded_amount \
        == 4000


def test_a_refund_retried_with_its_key_refunds_once(captured):
    payment_refund(attempt=captured, amount=usd(1000), key="r1")
    again = payment_refund(attempt=captured, amount=usd(1000), key="r1")

    assert again.refunded_amount == 1000
    with pytest.raises(IdempotencyMismatch):
        payment_refund(attempt=captured, amount=usd(1500), key="r1")


@pytest.mark.parametrize("amount", [usd(0), Money(100, "CNY")])
def test_a_refund_must_be_positive_and_in_the_payment_currency(captured, amount):
    with pytest.raises(InvalidInput):
        payment_refund(attempt=captured, amount=amount, key="r")


def test_an_authorised_payment_cannot_be_refunded(authorised):
    with pytest.raises(IllegalTransition):
        payment_refund(attempt=authorised, amount=usd(100), key="r")


def test_every_status_move_is_recorded_in_order(captured):
    payment_refund(attempt=captured, amount=usd(1000), key="r1")
    payment_refund(attempt=captured, amount=usd(4000), key="r2")

    moves = list(PaymentEvent.objects.filter(attempt=captured)
                 .values_list("from_status", "to_status"))
    assert moves == [("created", "authorised"), ("authorised", "captured"),
                     ("captured", "partially_refunded"), ("partially_refunded", "refunded")]


# --- the sandbox processor's own rules, as a real processor enforces them ---------------------

def test_the_processor_captures_at_most_the_authorised_amount(authorised):
    provider = provider_default()

    with pytest.raises(ChargeRefused) as refused:
        provider.capture(reference=authorised.provider_reference, amount=usd(5001),
                         idempotency_key="p1")

    assert refused.value.code == "amount_too_large"


def test_the_processor_captures_once_and_voids_only_before_capture(authorised):
    provider = provider_default()
    reference = authorised.provider_reference
    provider.capture(reference=reference, amount=usd(3000), idempotency_key="p1")

    with pytest.raises(ChargeRefused):
        provider.capture(reference=reference, amount=usd(1000), idempotency_key="p2")
    with pytest.raises(ChargeRefused):
        provider.void(reference=reference, idempotency_key="p3")


def test_the_processor_refunds_at_most_the_captured_amount_in_total(authorised):
    provider = provider_default()
    reference = authorised.provider_reference
    provider.capture(reference=reference, amount=usd(3000), idempotency_key="p1")
    provider.refund(reference=reference, amount=usd(2000), idempotency_key="p2")

    with pytest.raises(ChargeRefused) as refused:
        provider.refund(reference=reference, amount=usd(1001), idempotency_key="p3")

    assert refused.value.code == "refund_exceeds_captured"
    result = provider.refund(reference=reference, amount=usd(1000), idempotency_key="p4")
    assert result.refunded_total == usd(3000)


def test_the_processor_answers_a_repeated_key_with_the_first_answer(authorised):
    provider = provider_default()
    reference = authorised.provider_reference
    provider.capture(reference=reference, amount=usd(5000), idempotency_key="p1")

    first = provider.refund(reference=reference, amount=usd(500), idempotency_key="p2")
    again = provider.refund(reference=reference, amount=usd(500), idempotency_key="p2")

    assert again == first
    assert SandboxCharge.objects.get(reference=reference).refunded_amount == 500
    with pytest.raises(IdempotencyMismatch):
        provider.refund(reference=reference, amount=usd(600), idempotency_key="p2")


def test_the_processor_refuses_a_declined_or_unknown_charge(old_buyer):
    declined = authorise(old_buyer, "4000000000000002")
    provider = provider_default()

    with pytest.raises(ChargeRefused):
        provider.capture(reference=declined.provider_reference, amount=usd(100),
                         idempotency_key="p1")
    with pytest.raises(ChargeRefused) as refused:
        provider.void(reference="ch_unknown", idempotency_key="p2")
    assert refused.value.code == "no_such_charge"
