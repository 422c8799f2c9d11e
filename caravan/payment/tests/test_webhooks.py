"""Provider webhooks: HMAC-SHA256 signature, timestamp tolerance, and one processing per id."""

from datetime import timedelta

import pytest
import time_machine
from django.test import Client

from caravan.core import clock
from caravan.core.outbox import OutboxMessage
from caravan.payment.models import WebhookEvent
from caravan.payment.providers import provider_get
from caravan.payment.providers.base import signature_header

from .helpers import authorise

pytestmark = pytest.mark.django_db

URL = "/api/payments/webhooks/sandbox"


def deliver(body: bytes, headers: dict):
    return Client().post(URL, body, content_type="application/json", headers=headers)


def signed(reference: str = "ch_x", **kw) -> tuple[bytes, dict]:
    return provider_get("sandbox").webhook_build(type="charge.dispute.created",
                                                 reference=reference, **kw)


def test_a_signed_event_is_processed_once_for_the_attempt_it_names(old_buyer):
    attempt = authorise(old_buyer)
    body, headers = signed(attempt.provider_reference, event_id="evt_1")

    response = deliver(body, headers)

    assert response.status_code == 200
    assert response.json() == {"received": True, "duplicate": False}
    event = WebhookEvent.objects.get()
    assert (event.event_id, event.type, event.processed_at is not None) == \
        ("evt_1", "charge.dispute.created", True)
    message = OutboxMessage.objects.get(topic="payment.webhook.charge.dispute.created")
    assert message.payload["attempt_id"] == attempt.pk


def test_a_replayed_event_is_acknowledged_and_not_processed_again():
    body, headers = signed(event_id="evt_1")
    deliver(body, headers)

    again = deliver(body, headers)

    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert OutboxMessage.objects.count() == 1
    assert WebhookEvent.objects.count() == 1


def test_the_same_event_id_sent_again_later_with_a_fresh_signature_is_still_once():
    deliver(*signed(event_id="evt_1"))
    with time_machine.travel(clock.now() + timedelta(minutes=1)):
        deliver(*signed(event_id="evt_1"))

    assert OutboxMessage.objects.count() == 1


@pytest.mark.parametrize("tamper", ["body", "signature", "missing", "secret"])
def test_a_badly_signed_event_is_refused_and_changes_nothing(tamper, settings):
    body, headers = signed(event_id="evt_1")
    if tamper == "body":
        body = body.replace(b"ch_x", b"ch_y")
    elif tamper == "signature":
        signature = headers["Caravan-Signature"]
        other = "1" if signature.endswith("0") else "0"  # always a different last digit
        headers = {"Caravan-Signature": signature[:-1] + other}
    elif tamper == "missing":
        headers = {}
    else:
        settings.PAYMENT_SANDBOX_WEBHOOK_SECRET = "another secret"

    response = deliver(body, headers)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_signature"
    assert not WebhookEvent.objects.exists()


@pytest.mark.parametrize(("age", "accepted"), [(timedelta(minutes=4, seconds=59), True),
                                               (timedelta(minutes=5, seconds=1), False),
                                               (-timedelta(minutes=5, seconds=1), False)])
def test_the_signed_timestamp_must_be_within_five_minutes(age, accepted):
    body, headers = signed(event_id="evt_1")

    with time_machine.travel(clock.now() + age, tick=False):
        response = deliver(body, headers)

    assert (response.status_code == 200) is accepted
    if not accepted:
        assert response.json()["code"] == "stale_timestamp"


def test_a_signed_body_that_is_not_an_event_is_refused(settings):
    body = b'{"hello": "world"}'
    header = signature_header(secret=settings.PAYMENT_SANDBOX_WEBHOOK_SECRET, body=body)

    response = deliver(body, {"Caravan-Signature": header})

    assert response.status_code == 400 and response.json()["code"] == "malformed_event"


def test_an_unknown_provider_is_404():
    response = Client().post("/api/payments/webhooks/acme", b"{}",
                             content_type="application/json")

    assert response.status_code == 404
