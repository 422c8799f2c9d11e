"""Carriers' tracking events: signed per carrier, recent, once per event id, in any order."""

from datetime import timedelta

import pytest
import time_machine

from caravan.core import clock
from caravan.core.outbox import OutboxMessage
from caravan.fulfilment.models import Shipment, ShipmentEvent, TrackingEvent
from caravan.fulfilment.services import carrier_webhook_secret, shipment_create
from caravan.order.models import Order

from .helpers import event, post_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def shipment(paid_order):
    return shipment_create(order=paid_order, actor=None, mode="online")


def test_a_signed_delivery_moves_the_shipment_and_delivers_the_order(shipment):
    at = clock.now() + timedelta(days=12)

    response = post_event("china-post", event(shipment.tracking_number, "delivered", at))

    assert response.status_code == 200, response.content
    assert response.json() == {"received": True, "duplicate": False, "applied": True}
    shipment.refresh_from_db()
    assert shipment.status == "delivered" and shipment.delivered_at == at
    order = Order.objects.get(pk=shipment.order_id)
    assert order.status == "delivered" and order.delivered_at == at
    assert OutboxMessage.objects.filter(topic="shipment.delivered",
                                        recipient=order.buyer).exists()
    move = ShipmentEvent.objects.filter(shipment=shipment).last()
    assert (move.from_status, move.to_status) == ("booked", "delivered")


def test_scans_move_the_shipment_through_its_stages(shipment):
    start = clock.now()
    for n, kind in enumerate(("accepted", "in_transit", "customs", "in_transit")):
        post_event("china-post", event(shipment.tracking_number, kind,
                                       start + timedelta(days=n), event_id=f"e{n}"))
    shipment.refresh_from_db()

    assert shipment.status == "in_transit"
    assert [e.to_status for e in shipment.events.order_by("id")] == \
        ["booked", "accepted", "in_transit", "customs", "in_transit"]
    assert Order.objects.get(pk=shipment.order_id).status == "shipped"


def test_a_bad_signature_is_401_and_changes_nothing(shipment):
    body = event(shipment.tracking_number, "delivered", clock.now())

    wrong_secret = post_event("china-post", body, secret="not-the-secret")
    another_carriers = post_event("china-post", body, secret=carrier_webhook_secret("dhl"))
    no_header = post_event("china-post", body, header="")

    assert wrong_secret.status_code == 401
    assert wrong_secret.json()["code"] == "invalid_signature"
    assert another_carriers.status_code == 401
    assert no_header.status_code == 401
    assert not TrackingEvent.objects.exists()
    assert Shipment.objects.get().status == "booked"


def test_a_body_changed_after_signing_is_401(shipment):
    from caravan.core.signing import signature_header

    signed = event(shipment.tracking_number, "in_transit", clock.now())
    header = signature_header(secret=carrier_webhook_secret("china-post"), body=signed)

    response = post_event("china-post", signed.replace(b"in_transit", b"delivered"),
                          header=header)

    assert response.status_code == 401 and not TrackingEvent.objects.exists()


def test_a_stale_timestamp_is_401(shipment):
    body = event(shipment.tracking_number, "delivered", clock.now())
    old = int((clock.now() - timedelta(minutes=6)).timestamp())

    response = post_event("china-post", body, timestamp=old)

    assert response.status_code == 401 and response.json()["code"] == "stale_timestamp"
    assert post_event("china-post", body,
                      timestamp=int(clock.now().timestamp()) - 240).status_code == 200


def test_a_replayed_event_is_acknowledged_once(shipment):
    body = event(shipment.tracking_number, "delivered", clock.now())
    post_event("china-post", body)

    with time_machine.travel(clock.now() + timedelta(minutes=2)):
        again = post_event("china-post", body)  # freshly signed, same event id

    assert again.status_code == 200
    assert again.json() == {"received": True, "duplicate": True, "applied": True}
    assert TrackingEvent.objects.count() == 1
    assert ShipmentEvent.objects.filter(to_status="delivered").count() == 1
    assert OutboxMessage.objects.filter(topic="shipment.delivered").count() == 1


def test_an_earlier_scan_arriving_after_the_delivery_joins_the_timeline_only(api, shipment):
    start = clock.now()
    post_event("china-post", event(shipment.tracking_number, "delivered",
                                   start + timedelta(days=10), event_id="late"))

    response = post_event("china-post", event(shipment.tracking_number, "in_transit",
                                              start + timedelta(days=3), event_id="early"))

    assert response.status_code == 200 and response.json()["applied"] is False
    shipment.refresh_from_db()
    assert shipment.status == "delivered"
    tracking = api(shipment.order.buyer).get(
        f"/api/store/orders/{shipment.order_id}/tracking").json()
    assert [e["kind"] for e in tracking["shipment"]["events"]] == ["in_transit", "delivered"]


def test_a_parcel_declared_lost_that_turns_up_is_delivered(shipment):
    start = clock.now()
    post_event("china-post", event(shipment.tracking_number, "lost", start, event_id="a"))
    assert Shipment.objects.get().status == "lost"
    assert OutboxMessage.objects.filter(topic="shipment.lost").count() == 2  # buyer, seller

    post_event("china-post", event(shipment.tracking_number, "delivered",
                                   start + timedelta(days=3), event_id="b"))

    assert Shipment.objects.get().status == "delivered"
    assert Order.objects.get(pk=shipment.order_id).status == "delivered"


def test_a_scan_after_delivery_does_not_move_it_back(shipment):
    start = clock.now()
    post_event("china-post", event(shipment.tracking_number, "delivered", start, event_id="a"))

    response = post_event("china-post", event(shipment.tracking_number, "in_transit",
                                              start + timedelta(hours=1), event_id="b"))

    assert response.json()["applied"] is False
    assert Shipment.objects.get().status == "delivered"


def test_an_unknown_carrier_is_404(shipment):
    response = post_event("pigeon-post", event(shipment.tracking_number, "delivered",
                                               clock.now()), secret="x")

    assert response.status_code == 404 and response.json()["code"] == "carrier_not_found"


def test_an_unknown_tracking_number_is_404_in_the_error_shape(shipment):
    response = post_event("china-post", event("RS000000005CN", "delivered", clock.now()))

    assert response.status_code == 404
    assert response.json() == {"code": "unknown_tracking_number",
                               "message": "No shipment has this tracking number.",
                               "fields": {}}


@pytest.mark.parametrize(("body", "field"), [
    (b"not json", None),
    (b"[1, 2]", None),
    (b'{"id": "e1", "tracking_number": "RS000000005CN", "kind": "teleported", '
     b'"occurred_at": "2026-01-01T00:00:00Z"}', "kind"),
    (b'{"id": "e1", "tracking_number": "RS000000005CN", "kind": "delivered", '
     b'"occurred_at": "yesterday"}', "occurred_at"),
    (b'{"id": "e1", "tracking_number": "RS000000005CN", "kind": "delivered", '
     b'"occurred_at": "2026-01-01T00:00:00"}', "occurred_at"),  # no time zone
    (b'{"tracking_number": "RS000000005CN", "kind": "delivered", '
     b'"occurred_at": "2026-01-01T00:00:00Z"}', "id"),
])
def test_a_signed_but_malformed_body_is_422(shipment, body, field):
    response = post_event("china-post", body)

    assert response.status_code == 422
    if field:
        assert field in response.json()["fields"]
    else:
        assert response.json()["code"] == "malformed_body"
    assert not TrackingEvent.objects.exists()


def test_without_a_configured_secret_in_production_events_are_refused(settings, shipment):
    settings.CARRIER_WEBHOOK_SECRET_FALLBACK = ""
    body = event(shipment.tracking_number, "delivered", clock.now())

    refused = post_event("china-post", body, secret="anything")
    settings.CARRIER_WEBHOOK_SECRETS = {"china-post": "configured"}
    accepted = post_event("china-post", body, secret="configured")

    assert refused.status_code == 401 and refused.json()["code"] == "not_configured"
    assert accepted.status_code == 200


def test_an_older_scan_does_not_move_the_status_back(shipment):
    start = clock.now()
    with time_machine.travel(start + timedelta(days=8)):
        post_event("china-post", event(shipment.tracking_number, "in_transit",
                                       start + timedelta(days=7), event_id="released"))

        late = post_event("china-post", event(shipment.tracking_number, "customs",
                                              start + timedelta(days=5), event_id="held"))

    assert late.json()["applied"] is False
    assert Shipment.objects.get().status == "in_transit"
    assert TrackingEvent.objects.count() == 2


def test_a_scan_dated_in_the_future_does_not_freeze_the_status(shipment):
    start = clock.now()
    post_event("china-post", event(shipment.tracking_number, "in_transit",
                                   start + timedelta(days=365), event_id="clock-skew"))

    with time_machine.travel(start + timedelta(days=6)):
        customs = post_event("china-post", event(shipment.tracking_number, "customs",
                                                 start + timedelta(days=5), event_id="held"))

    assert customs.json()["applied"] is True
    assert Shipment.objects.get().status == "customs"


def test_reads_and_events_cost_a_bounded_number_of_queries(
        api, shipment, django_assert_max_num_queries):
    start = clock.now()
    for n in range(12):
        post_event("china-post", event(shipment.tracking_number, "in_transit",
                                       start + timedelta(hours=n), event_id=f"hub-{n}"))
    buyer, seller = api(shipment.order.buyer), api(shipment.order.shop.owner)

    with django_assert_max_num_queries(10):
        tracking = buyer.get(f"/api/store/orders/{shipment.order_id}/tracking")
    with django_assert_max_num_queries(10):
        seller.get(f"/api/seller/orders/{shipment.order_id}/shipment")
    with django_assert_max_num_queries(15):  # savepoints included
        post_event("china-post", event(shipment.tracking_number, "customs",
                                       start + timedelta(days=1), event_id="customs"))

    assert len(tracking.json()["shipment"]["events"]) == 12
