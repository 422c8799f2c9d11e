"""Card numbers and security codes never reach the database or the logs: the log filter, and
`caravan card-scan` over every text column and given log files."""

import io
import logging

import pytest
from django.core.management import CommandError, call_command

from caravan.core.money import Money
from caravan.core.outbox import outbox_write
from caravan.payment.constants import TEST_CARDS
from caravan.payment.logging import CardNumberFilter
from caravan.payment.models import CardToken, PaymentAttempt
from caravan.payment.providers import provider_get
from caravan.payment.services import (
    payment_authorise,
    payment_capture,
    payment_refund,
    risk_review_decide,
    webhook_receive,
)

from .helpers import card_body

pytestmark = pytest.mark.django_db

BRAND_CARDS = {"5555555555554444": "123", "2223003122003222": "123", "378282246310005": "1234",
               "6200000000000005": "123", "3566002020360505": "123", "6011111111111117": "123"}


def scan(*args) -> tuple[int, str]:
    out = io.StringIO()
    try:
        call_command("card_scan", *args, stdout=out, stderr=io.StringIO())
    except CommandError as exc:
        return exc.returncode, out.getvalue()
    return 0, out.getvalue()


def test_a_card_number_planted_in_a_text_column_is_found_masked():
    token = CardToken.objects.create(token="tok_x", brand="visa", last4="4444", exp_month=1,
                                     exp_year=2030, fingerprint="f", scenario="success",
                                     expires_at="2030-01-01T00:00:00Z",
                                     address_line1="card 5555 5555 5555 4444 thanks")

    code, out = scan()

    assert code == 1
    assert f"payment_cardtoken.address_line1 row {token.pk}: card_number 555555******4444" in out
    assert "5555555555554444" not in out and "5555 5555 5555 4444" not in out


def test_a_security_code_planted_in_a_json_column_is_found():
    outbox_write(topic="oops", payload={"card": {"cvv2": "123"}})

    code, out = scan()

    assert code == 1 and "core_outboxmessage.payload" in out and "cvv2=***" in out


def test_card_data_in_a_log_file_is_found_with_its_line(tmp_path):
    log = tmp_path / "web.log"
    log.write_text("GET /\nPOST body number=4000056655665556&cvc=987\n")

    code, out = scan("--no-database", "--logs", str(log))

    assert code == 1
    assert f"{log}:2: card_number 400005******5556" in out
    assert f"{log}:2: security_code cvc=***" in out


def test_a_clean_database_and_log_pass(tmp_path):
    log = tmp_path / "web.log"
    log.write_text("order 123456789012 paid; sha 1234567890123456789a\n")

    assert scan("--logs", str(log)) == (0, "no card data found\n")


def test_an_unreadable_log_is_an_error_not_a_pass(tmp_path):
    code, _out = scan("--no-database", "--logs", str(tmp_path / "missing.log"))

    assert code == 2


def _pay_with(buyer, token: str, n: int, operator) -> None:
    attempt = payment_authorise(checkout_id=n, buyer=buyer, token=token, key=f"flow-{n}",
                                amount=payment_amount(), channel="USD",
                                billing={"address_line1": "1 Main St", "postal_code": "10001"})
    if attempt.needs_review:
        risk_review_decide(review=attempt.review, actor=operator, approve=True, reason="ok")
    elif attempt.status == "authorised":
        payment_capture(attempt=attempt, key=f"flow-{n}-capture")
    attempt.refresh_from_db()
    if attempt.status == "captured":
        payment_refund(attempt=attempt, amount=payment_amount(500), key=f"flow-{n}-r")
        reference = attempt.provider_reference
        body, headers = provider_get("sandbox").webhook_build(type="charge.refunded",
                                                              reference=reference)
        webhook_receive(provider="sandbox", body=body, headers=headers)


def payment_amount(amount: int = 2500) -> Money:
    return Money(amount, "USD")


def test_a_whole_sandbox_flow_leaves_no_card_data_behind(api, old_buyer, operator, caplog,
                                                         tmp_path, settings):
    settings.PAYMENT_TOKENISE_RATE = "1000/m"
    client = api(old_buyer)
    cards = {**{number: "123" for number in TEST_CARDS}, **BRAND_CARDS}
    refused = client.post("/api/payments/sandbox/tokens",
                          card_body("4242424242424241", cvc="321"))
    assert refused.status_code == 422
    with caplog.at_level(logging.DEBUG):
        for n, (number, cvc) in enumerate(cards.items()):
            response = client.post("/api/payments/sandbox/tokens", card_body(number, cvc=cvc))
            assert response.status_code == 201, number
            _pay_with(old_buyer, response.json()["token"], n, operator)
    log = tmp_path / "test.log"
    log.write_text(caplog.text)

    code, out = scan("--logs", str(log))

    assert PaymentAttempt.objects.filter(status="partially_refunded").count() >= 5
    assert out == "no card data found\n"
    assert code == 0


# --- the log filter -------------------------------------------------------------------------

def test_the_root_handler_masks_card_numbers_whatever_logged_them():
    handler = next(h for h in logging.getLogger().handlers
                   if any(isinstance(f, CardNumberFilter) for f in h.filters))
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        logging.getLogger("anything").warning("charge %s for %s", "4242-4242-4242-4242", "ada")
        try:
            raise ValueError("bad number 5555555555554444")
        except ValueError:
            logging.getLogger("anything").exception("failed")
    finally:
        handler.setStream(previous)

    text = stream.getvalue()
    assert "charge [card ****4242] for ada" in text
    assert "bad number [card ****4444]" in text
    assert "4242-4242-4242-4242" not in text and "5555555555554444" not in text


def test_the_filter_leaves_other_numbers_alone():
    record = logging.LogRecord("x", logging.INFO, "f", 1, "order %d of %s", (1234567890123, "x"),
                               None)

    assert CardNumberFilter().filter(record)
    assert record.getMessage() == "order 1234567890123 of x"
