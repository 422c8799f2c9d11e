"""payment_authorise: every test card's documented outcome, the platform's AVS/CVC policy,
idempotency by key, and the status events recorded."""

import pytest

from caravan.core.errors import InvalidInput
from caravan.core.money import Money
from caravan.payment.errors import IdempotencyMismatch
from caravan.payment.models import CardToken, PaymentAttempt, PaymentEvent, SandboxCharge
from caravan.payment.services import payment_authorise, payment_public

from .helpers import authorise, token_for

pytestmark = pytest.mark.django_db

# number: (status, decline_code, cvc_check, avs_check) with an address given and the defaults
# PAYMENT_DECLINE_ON_CVC_FAIL=1, PAYMENT_DECLINE_ON_AVS_FAIL=both.
OUTCOMES = {
    "4242424242424242": ("authorised", None, "pass", "pass"),
    "4000000000000002": ("declined", "generic_decline", "pass", "pass"),
    "4000000000009995": ("declined", "insufficient_funds", "pass", "pass"),
    "4000000000000069": ("declined", "expired_card", "pass", "pass"),
    "4000000000000127": ("declined", "incorrect_cvc", "fail", "pass"),
    "4000000000000101": ("declined", "incorrect_cvc", "fail", "pass"),
    "4000000000000010": ("declined", "avs_failed", "pass", "fail"),
    "4000000000000028": ("authorised", None, "pass", "partial"),
    "4000000000000036": ("authorised", None, "pass", "partial"),
    "4100000000000019": ("declined", "fraudulent", "pass", "pass"),
    "4000000000000119": ("failed", "processing_error", "pass", "pass"),
    "5555555555554444": ("authorised", None, "pass", "pass"),  # any other valid number
}


@pytest.mark.parametrize(("number", "expected"), sorted(OUTCOMES.items()))
def test_each_test_card_gives_its_documented_outcome(old_buyer, number, expected):
    attempt = authorise(old_buyer, number)

    public = payment_public(attempt)
    assert (public["status"], public["decline_code"], public["cvc_check"],
            public["avs_check"]) == expected
    assert public["last4"] == number[-4:]
    assert PaymentAttempt.objects.get(pk=attempt.pk).status == expected[0]


def test_the_address_checks_are_kept_per_field(old_buyer):
    line = authorise(old_buyer, "4000000000000028")
    postcode = authorise(old_buyer, "4000000000000036")

    assert (line.avs_line1_check, line.avs_postal_check) == ("fail", "pass")
    assert (postcode.avs_line1_check, postcode.avs_postal_check) == ("pass", "fail")


def test_without_an_address_the_address_checks_are_unavailable(old_buyer):
    attempt = authorise(old_buyer, "4000000000000010", address_line1="", postal_code="")

    assert attempt.status == "authorised"
    assert payment_public(attempt)["avs_check"] == "unavailable"


def test_the_billing_address_of_the_payment_is_checked_when_the_token_has_none(old_buyer):
    attempt = authorise(old_buyer, "4000000000000028", address_line1="", postal_code="",
                        billing={"address_line1": "1 Main St", "postal_code": "10001"})

    assert (attempt.avs_line1_check, attempt.avs_postal_check) == ("fail", "pass")


def test_a_failed_cvc_passes_when_the_platform_allows_it_but_scores(old_buyer, settings):
    settings.PAYMENT_DECLINE_ON_CVC_FAIL = False

    attempt = authorise(old_buyer, "4000000000000101")

    assert attempt.status == "authorised" and attempt.cvc_check == "fail"
    assert ["cvc_failed", 30] in attempt.risk_reasons


def test_the_avs_policy_any_declines_a_single_failed_check(old_buyer, settings):
    settings.PAYMENT_DECLINE_ON_AVS_FAIL = "any"

    assert authorise(old_buyer, "4000000000000028").decline_code == "avs_failed"


def test_the_avs_policy_never_lets_both_failures_through_to_review(old_buyer, settings):
    settings.PAYMENT_DECLINE_ON_AVS_FAIL = "never"

    attempt = authorise(old_buyer, "4000000000000010")

    assert attempt.status == "authorised"
    assert ["avs_both_failed", 40] in attempt.risk_reasons


def test_a_hold_the_platform_refuses_is_voided_at_the_processor(old_buyer):
    attempt = authorise(old_buyer, "4000000000000101")

    charge = SandboxCharge.objects.get(reference=attempt.provider_reference)
    assert charge.authorised and charge.voided_at is not None


def test_a_card_that_expired_since_tokenising_is_declined(old_buyer):
    token = token_for()
    CardToken.objects.filter(token=token).update(exp_year=2020)
    attempt = payment_authorise(checkout_id=1, buyer=old_buyer, token=token,
                                amount=Money(100, "USD"), channel="USD", key="k")

    assert attempt.decline_code == "expired_card"


def test_the_same_key_answers_the_same_attempt_without_authorising_again(old_buyer):
    token = token_for()
    args = {"checkout_id": 7, "buyer": old_buyer, "token": token, "amount": Money(900, "USD"),
            "channel": "USD", "key": "checkout-7"}

    first = payment_authorise(**args)
    again = payment_authorise(**args)

    assert again.pk == first.pk
    assert SandboxCharge.objects.count() == 1


def test_the_same_key_for_another_payment_is_refused(old_buyer):
    token = token_for()
    payment_authorise(checkout_id=7, buyer=old_buyer, token=token, amount=Money(900, "USD"),
                      channel="USD", key="checkout-7")

    with pytest.raises(IdempotencyMismatch):
        payment_authorise(checkout_id=7, buyer=old_buyer, token=token,
                          amount=Money(901, "USD"), channel="USD", key="checkout-7")


def test_a_cny_channel_charges_in_cny(old_buyer):
    attempt = authorise(old_buyer, amount=Money(18000, "CNY"))

    assert (attempt.channel, attempt.currency, attempt.status) == ("CNY", "CNY", "authorised")


@pytest.mark.parametrize(("amount", "channel", "field"), [
    (Money(100, "EUR"), "EUR", "channel"),
    (Money(100, "USD"), "CNY", "amount"),
    (Money(0, "USD"), "USD", "amount"),
])
def test_a_wrong_amount_or_channel_is_refused_before_the_token_is_used(old_buyer, amount,
                                                                       channel, field):
    token = token_for()

    with pytest.raises(InvalidInput) as refused:
        payment_authorise(checkout_id=1, buyer=old_buyer, token=token, amount=amount,
                          channel=channel, key="k")

    assert list(refused.value.fields) == [field]
    assert payment_authorise(checkout_id=1, buyer=old_buyer, token=token,
                             amount=Money(100, "USD"), channel="USD", key="k2").status \
        == "authorised"


@pytest.mark.parametrize(("number", "status"), [("4242424242424242", "authorised"),
                                                ("4000000000000002", "declined"),
                                                ("4000000000000119", "failed")])
def test_the_move_out_of_created_is_recorded(old_buyer, number, status):
    attempt = authorise(old_buyer, number)

    event = PaymentEvent.objects.get(attempt=attempt)
    assert (event.from_status, event.to_status) == ("created", status)


@pytest.mark.parametrize("key", ["", "k" * 201])
def test_an_empty_or_overlong_key_is_refused(old_buyer, key):
    with pytest.raises(InvalidInput) as refused:
        payment_authorise(checkout_id=1, buyer=old_buyer, token=token_for(), key=key,
                          amount=Money(100, "USD"), channel="USD")

    assert list(refused.value.fields) == ["key"]
