"""The pages: the seller's ship form and label on the order page, the buyer's tracking."""

from datetime import timedelta

import pytest
from django.test import Client

from caravan.core import clock
from caravan.fulfilment.models import Shipment
from caravan.order.models import Order

from .helpers import event, post_event

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_seller_order_page_offers_the_ship_form(paid_order):
    page = logged_in(paid_order.shop.owner).get(f"/seller/orders/{paid_order.id}/")

    assert page.status_code == 200
    assert b'id="ship-form"' in page.content
    assert b"China Post Registered Air Mail" in page.content


def test_booking_online_from_the_page_shows_the_number_and_the_label(paid_order):
    seller = logged_in(paid_order.shop.owner)

    response = seller.post(f"/seller/orders/{paid_order.id}/ship/", {"mode": "online"})

    assert response.status_code == 302
    assert response["Location"] == f"/seller/orders/{paid_order.id}/"
    shipment = Shipment.objects.get()
    page = seller.get(response["Location"]).content.decode()
    assert shipment.tracking_number in page and 'id="ship-form"' not in page
    assert f"/seller/orders/{paid_order.id}/label/" in page
    label = seller.get(f"/seller/orders/{paid_order.id}/label/")
    assert label.status_code == 200 and b"CN 22" in label.content
    assert b"851712" in label.content


def test_a_bad_number_on_the_page_is_shown_on_the_form_and_nothing_saved(paid_order):
    response = logged_in(paid_order.shop.owner).post(
        f"/seller/orders/{paid_order.id}/ship/",
        {"mode": "self", "carrier": "dhl", "tracking_number": "12AB"})

    assert response.status_code == 422
    assert b"Expected 10 digits." in response.content
    assert not Shipment.objects.exists()
    assert Order.objects.get(pk=paid_order.pk).status == "paid"


def test_with_htmx_the_ship_form_answers_with_the_panel_alone(paid_order):
    response = logged_in(paid_order.shop.owner).post(
        f"/seller/orders/{paid_order.id}/ship/",
        {"mode": "self", "carrier": "tnt", "tracking_number": "123456789"},
        headers={"HX-Request": "true"})

    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith("<section id=\"ship-panel\"") and "123456789" in html
    assert "<html" not in html


def test_another_seller_gets_404_for_the_ship_form_and_the_label(paid_order, seller):
    other = logged_in(seller)
    other_shop = seller.shop

    assert other_shop.pk != paid_order.shop_id
    assert other.post(f"/seller/orders/{paid_order.id}/ship/",
                      {"mode": "online"}).status_code == 404
    assert other.get(f"/seller/orders/{paid_order.id}/label/").status_code == 404
    assert not Shipment.objects.exists()


def test_the_buyer_follows_the_parcel_on_the_order_and_tracking_pages(paid_order, buyer):
    from caravan.fulfilment.services import shipment_create

    shipment = shipment_create(order=paid_order, actor=None, mode="online")
    post_event("china-post", event(shipment.tracking_number, "in_transit",
                                   clock.now() + timedelta(days=2), location="Shanghai, CN"))
    client = logged_in(buyer)

    order_page = client.get(f"/orders/{paid_order.id}/").content.decode()
    tracking = client.get(f"/orders/{paid_order.id}/tracking/")
    partial = client.get(f"/orders/{paid_order.id}/tracking/", headers={"HX-Request": "true"})

    assert 'id="tracking"' in order_page and shipment.tracking_number in order_page
    assert tracking.status_code == 200 and b"Shanghai, CN" in tracking.content
    assert b"In transit" in tracking.content
    assert b"<html" not in partial.content and b"Shanghai, CN" in partial.content


def test_a_buyer_cannot_track_someone_elses_order(paid_order):
    from caravan.account.tests.factories import BuyerFactory

    response = logged_in(BuyerFactory()).get(f"/orders/{paid_order.id}/tracking/")

    assert response.status_code == 404
