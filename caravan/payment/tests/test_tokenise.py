"""POST /api/payments/sandbox/tokens: the sandbox vault's checks, and what it keeps."""

import logging
from datetime import timedelta

import pytest
import time_machine
from django.test import Client

from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.money import Money
from caravan.payment.models import CardToken, PaymentAttempt
from caravan.payment.providers import sandbox
from caravan.payment.services import card_tokens_purge, payment_authorise

from .helpers import GOOD_CARD, card_body, token_for, with_check_digit

pytestmark = pytest.mark.django_db

URL = "/api/payments/sandbox/tokens"


def test_a_valid_card_gets_a_token_and_only_what_may_be_kept_is_stored(api):
    response = api().post(URL, card_body("4242 4242 4242 4242", exp_year=30))

    assert response.status_code == 201
    body = response.json()
    assert body.keys() == {"token", "brand", "last4", "exp_month", "exp_year"}
    assert (body["brand"], body["last4"], body["exp_month"], body["exp_year"]) == \
        ("visa", "4242", 12, 2030)
    stored = CardToken.objects.get(token=body["token"])
    assert stored.scenario == "success" and stored.postal_code == "10115"
    assert GOOD_CARD not in str(list(CardToken.objects.values()))
    assert "123" not in str(CardToken.objects.values_list("token", "fingerprint").get())


@pytest.mark.parametrize(("number", "brand", "cvc"), [
    ("5555555555554444", "mastercard", "123"),
    ("2223003122003222", "mastercard", "123"),
    ("378282246310005", "amex", "1234"),
    ("6200000000000005", "unionpay", "123"),
    ("3566002020360505", "jcb", "123"),
    ("6011111111111117", "discover", "123"),
])
def test_each_accepted_brand_is_recognised_by_its_iin(api, number, brand, cvc):
    response = api().post(URL, card_body(number, cvc=cvc))

    assert response.status_code == 201
    assert response.json()["brand"] == brand


@pytest.mark.parametrize(("changes", "code", "field"), [
    ({"number": "4242424242424241"}, "invalid_number", "number"),
    ({"number": "4242-4242-abcd"}, "invalid_number", "number"),
    ({"number": with_check_digit("42424242424242")}, "invalid_number", "number"),  # 15 digits
    ({"number": with_check_digit("300000000000000")}, "unsupported_brand", "number"),
    ({"exp_month": 13}, "invalid_expiry_month", "exp_month"),
    ({"exp_year": 2019}, "expired_card", "exp_year"),
    ({"exp_year": 1999}, "invalid_expiry_year", "exp_year"),
    ({"exp_year": 2099}, "invalid_expiry_year", "exp_year"),
    ({"cvc": "12"}, "invalid_cvc", "cvc"),
    ({"cvc": "1234"}, "invalid_cvc", "cvc"),  # four digits are for Amex only
    ({"cvc": "12a"}, "invalid_cvc", "cvc"),
    ({"address_line1": "4242 4242 4242 4242"}, "invalid_address", "address_line1"),
])
def test_a_refused_card_is_422_with_its_field_and_nothing_is_stored(api, changes, code, field):
    response = api().post(URL, card_body(**changes))

    assert response.status_code == 422
    body = response.json()
    assert body["code"] == code
    assert list(body["fields"]) == [field]
    assert not CardToken.objects.exists()


def test_last_month_is_expired_and_this_month_is_not(api):
    now = clock.now()
    last = (now.replace(day=1) - timedelta(days=1))

    expired = api().post(URL, card_body(exp_month=last.month, exp_year=last.year))
    current = api().post(URL, card_body(exp_month=now.month, exp_year=now.year))

    assert expired.json()["code"] == "expired_card"
    assert current.status_code == 201


def test_an_amex_needs_a_four_digit_security_code(api):
    response = api().post(URL, card_body("378282246310005", cvc="123"))

    assert response.status_code == 422
    assert response.json()["fields"]["cvc"] == ["The security code has 4 digits."]


def test_every_bad_field_is_named_and_the_first_gives_the_code(api):
    response = api().post(URL, card_body("4242424242424241", exp_month=0, cvc="1"))

    body = response.json()
    assert body["code"] == "invalid_number"
    assert set(body["fields"]) == {"number", "exp_month", "cvc"}


@pytest.mark.parametrize("body", [
    card_body("4000056655665556", cvc="98765"),  # refused by the card rules
    {**card_body("4000056655665556"), "number": 4000056655665556},  # not a string
    {**card_body("4000056655665556"), "cvc": 987},
    {"number": "4000056655665556", "cvc": "987"},  # fields missing
    {**card_body("4000056655665556"), "number": "4000056655665556" * 3},  # too long
])
def test_refusals_never_echo_the_number_or_the_security_code(api, body, caplog):
    with caplog.at_level(logging.DEBUG):
        response = api().post(URL, body)

    assert response.status_code == 422
    text = response.content.decode() + caplog.text
    assert "4000056655665556" not in text and "5665" not in text
    assert "987" not in text


def test_an_unparsable_body_is_refused_without_echoing_it(api, settings):
    settings.DEBUG = True  # ninja adds the parser's message in debug mode
    raw = '{"number": "4000056655665556", "cvc": "987",'

    response = Client().post(URL, raw, content_type="application/json")

    assert response.status_code == 422
    assert "4000056655665556" not in response.content.decode()


def pay(buyer, token: str, key: str):
    return payment_authorise(checkout_id=1, buyer=buyer, token=token, amount=Money(100, "USD"),
                             channel="USD", key=key)


def test_a_token_is_good_for_one_authorisation(buyer):
    token = token_for()
    assert pay(buyer, token, "first-use").status == "authorised"

    with pytest.raises(InvalidInput) as refused:
        pay(buyer, token, "second-use")

    assert refused.value.fields == {"payment_token": ["This card token was used already."]}
    assert not PaymentAttempt.objects.filter(idempotency_key="second-use").exists()


def test_a_token_expires_after_its_lifetime(buyer, settings):
    token = token_for()
    later = clock.now() + timedelta(seconds=settings.PAYMENT_TOKEN_TTL_SECONDS + 1)

    with time_machine.travel(later), pytest.raises(InvalidInput) as refused:
        pay(buyer, token, "late")

    assert refused.value.fields == {"payment_token": ["This card token has expired."]}
    assert not PaymentAttempt.objects.exists()
    assert CardToken.objects.get(token=token).used_at is None


def test_an_unknown_token_is_refused_on_the_payment_token_field(buyer):
    with pytest.raises(InvalidInput) as refused:
        pay(buyer, "tok_nothing", "unknown")

    assert refused.value.code == "invalid_payment_token"
    assert list(refused.value.fields) == ["payment_token"]
    assert not PaymentAttempt.objects.exists()


def test_tokenising_is_rate_limited_per_client(api, settings):
    settings.PAYMENT_TOKENISE_RATE = "2/m"
    client = api()

    statuses = [client.post(URL, card_body()).status_code for _ in range(3)]

    assert statuses == [201, 201, 429]
    assert client.post(URL, card_body()).json()["code"] == "throttled"


def test_the_token_remembers_the_test_scenario_not_the_number():
    token = sandbox.card_tokenise(**card_body("4000000000009995"))

    assert token.scenario == "insufficient_funds"
    assert token.last4 == "9995"


def test_lapsed_tokens_are_purged_a_day_after_they_expire():
    fresh, lapsed = token_for(), token_for()
    CardToken.objects.filter(token=lapsed).update(expires_at=clock.now() - timedelta(days=2))

    assert card_tokens_purge() == 1
    assert list(CardToken.objects.values_list("token", flat=True)) == [fresh]
