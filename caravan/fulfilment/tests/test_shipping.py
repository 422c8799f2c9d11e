"""Shipping an order: online booking with an issued number and a label, or the seller's own
carrier and number; the ship-by deadline; one shipment per order; each seller its own orders."""

from datetime import timedelta

import pytest
import time_machine

from caravan.core.outbox import OutboxMessage
from caravan.fulfilment.models import Shipment
from caravan.fulfilment.numbers import PLATFORM_FORMAT, s10_valid
from caravan.order.models import Order

from .helpers import paid_orders

pytestmark = pytest.mark.django_db


def ship(api, order, body):
    return api(order.shop.owner).post(f"/api/seller/orders/{order.id}/shipments", body)


def test_online_booking_issues_a_valid_s10_number_and_ships_the_order(api, paid_order):
    response = ship(api, paid_order, {"mode": "online"})

    assert response.status_code == 201, response.content
    shipment = response.json()
    assert shipment["carrier"] == "china-post" and shipment["service"] == "cpost-registered"
    assert s10_valid(shipment["tracking_number"], country="CN")
    assert shipment["tracking_number"].startswith("RS")
    assert shipment["status"] == "booked"
    assert shipment["label_url"] == f"/api/seller/orders/{paid_order.id}/label"
    order = Order.objects.get(pk=paid_order.pk)
    assert order.status == "shipped" and order.shipped_at and order.protection_ends_at
    notice = OutboxMessage.objects.get(topic="order.shipped")
    assert notice.recipient_id == order.buyer_id
    assert notice.payload["tracking_number"] == shipment["tracking_number"]


def test_issued_numbers_never_repeat(api, buyer, shipping_tables):
    orders = paid_orders(api, buyer, ["cpost-registered", "cpost-registered", "epacket",
                                      "caravan-standard", "caravan-standard"])

    numbers = [ship(api, order, {"mode": "online"}).json()["tracking_number"]
               for order in orders]

    assert len(set(numbers)) == 5
    assert all(s10_valid(n, country="CN") for n in numbers[:3])
    assert numbers[2].startswith("LX")
    assert all(PLATFORM_FORMAT.match(n) for n in numbers[3:])


def test_the_label_carries_the_customs_declaration_of_the_order_lines(api, paid_order):
    number = ship(api, paid_order, {"mode": "online"}).json()["tracking_number"]

    label = api(paid_order.shop.owner).get(f"/api/seller/orders/{paid_order.id}/label")

    assert label.status_code == 200 and label["Content-Type"].startswith("text/html")
    html = label.content.decode()
    assert number in html and "CN 22" in html and "@page" in html
    assert "851712" in html  # the SKU's HS code
    assert "$50.00" in html  # 2 x 25.00, the goods' value
    assert "0.600" in html  # 2 x 300 g
    declaration = Shipment.objects.get().declaration
    assert declaration["items"][0] | {"description": None} == {
        "description": None, "quantity": 2, "hs_code": "851712", "origin_country": "CN",
        "unit_value": 2500, "value": 5000, "weight_g": 600}
    assert declaration["recipient"]["country_code"] == "DE"


def test_express_parcels_get_a_cn23_with_a_commercial_invoice(api, buyer, shipping_tables):
    order = paid_orders(api, buyer, ["dhl-express"])[0]

    number = ship(api, order, {"mode": "online"}).json()["tracking_number"]

    assert len(number) == 10 and number.isdigit()
    html = api(order.shop.owner).get(f"/api/seller/orders/{order.id}/label").content.decode()
    assert "CN 23" in html and "COMMERCIAL INVOICE" in html and order.number in html


def test_a_self_arranged_parcel_is_recorded_with_its_carrier_and_number(api, paid_order):
    response = ship(api, paid_order, {"mode": "self", "carrier": "ups",
                                      "tracking_number": "1z 999 aa1 0123456784"})

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["mode"], body["carrier"], body["tracking_number"], body["service"]) == \
        ("self", "ups", "1Z999AA10123456784", "")
    assert body["label_url"] is None
    assert "ups.com" in body["tracking_url"]
    label = api(paid_order.shop.owner).get(f"/api/seller/orders/{paid_order.id}/label")
    assert label.status_code == 404 and label.json()["code"] == "no_label"


@pytest.mark.parametrize(("body", "field"), [
    ({"carrier": "china-post", "tracking_number": "RS123456789CN"}, "tracking_number"),
    ({"carrier": "dhl", "tracking_number": "12345"}, "tracking_number"),
    ({"carrier": "nobody", "tracking_number": "1234567890"}, "carrier"),
    ({"carrier": "caravan", "tracking_number": "CVN000000000001"}, "carrier"),
    ({"carrier": "dhl"}, "tracking_number"),
])
def test_a_self_arranged_parcel_with_a_bad_number_is_refused_and_nothing_saved(
        api, paid_order, body, field):
    response = ship(api, paid_order, {"mode": "self", **body})

    assert response.status_code == 422
    assert response.json()["code"] == "invalid_tracking_number"
    assert field in response.json()["fields"]
    assert not Shipment.objects.exists()
    assert Order.objects.get(pk=paid_order.pk).status == "paid"
    assert not OutboxMessage.objects.filter(topic="order.shipped").exists()


def test_a_tracking_number_already_on_another_order_is_refused(api, buyer, shipping_tables):
    first, second = paid_orders(api, buyer, ["dhl-express", "dhl-express"])
    body = {"mode": "self", "carrier": "dhl", "tracking_number": "1234567890"}
    assert ship(api, first, body).status_code == 201

    response = ship(api, second, body)

    assert response.status_code == 409 and response.json()["code"] == "tracking_number_taken"


def test_shipping_after_the_ship_by_time_is_refused(api, paid_order):
    with time_machine.travel(paid_order.ship_by + timedelta(minutes=1)):
        response = ship(api, paid_order, {"mode": "online"})

    assert response.status_code == 409 and response.json()["code"] == "ship_by_passed"
    assert not Shipment.objects.exists()
    assert Order.objects.get(pk=paid_order.pk).status == "paid"


def test_an_order_ships_once(api, paid_order):
    assert ship(api, paid_order, {"mode": "online"}).status_code == 201

    again = ship(api, paid_order, {"mode": "online"})

    assert again.status_code == 409 and again.json()["code"] == "already_shipped"
    assert Shipment.objects.count() == 1


def test_an_order_that_is_not_paid_cannot_ship(api, paid_order):
    Order.objects.filter(pk=paid_order.pk).update(status="cancelled")

    response = ship(api, paid_order, {"mode": "online"})

    assert response.status_code == 409 and not Shipment.objects.exists()


def test_a_seller_cannot_ship_or_see_another_shops_order(api, paid_order, seller):
    ship(api, paid_order, {"mode": "online"})
    other = api(seller)

    assert other.post(f"/api/seller/orders/{paid_order.id}/shipments",
                      {"mode": "online"}).status_code == 404
    for path in ("shipment", "label"):
        response = other.get(f"/api/seller/orders/{paid_order.id}/{path}")
        assert response.status_code == 404 and response.json()["code"] == "order_not_found"


def test_a_malformed_shipment_request_is_422(api, paid_order):
    assert ship(api, paid_order, {"mode": "drone"}).status_code == 422
    assert api(paid_order.shop.owner).post("/api/seller/orders/99999999999999999999/shipments",
                                           {"mode": "online"}).status_code == 422


def test_the_seller_reads_the_shipment_and_a_404_before_shipping(api, paid_order):
    client = api(paid_order.shop.owner)
    before = client.get(f"/api/seller/orders/{paid_order.id}/shipment")
    assert before.status_code == 404 and before.json()["code"] == "shipment_not_found"

    ship(api, paid_order, {"mode": "online"})
    shipment = client.get(f"/api/seller/orders/{paid_order.id}/shipment").json()

    assert shipment["status"] == "booked" and shipment["declaration"]["form"] == "CN22"


def test_the_buyer_tracks_own_orders_only(api, paid_order, buyer):
    from caravan.account.tests.factories import BuyerFactory

    path = f"/api/store/orders/{paid_order.id}/tracking"
    before = api(buyer).get(path).json()
    assert before["shipment"] is None and before["awaiting_shipment"] is True
    ship(api, paid_order, {"mode": "online"})

    tracking = api(buyer).get(path).json()

    assert tracking["shipment"]["carrier_name"] == "China Post"
    assert "declaration" not in tracking["shipment"]
    assert api(BuyerFactory()).get(path).status_code == 404
