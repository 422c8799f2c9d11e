"""Ownership everywhere: another buyer or seller gets a 404; evidence is checked by content."""

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from caravan.account.tests.factories import BuyerFactory
from caravan.dispute.models import DisputeMessage
from caravan.seller.tests.factories import ShopFactory

from .helpers import DAY, png, ship

pytestmark = pytest.mark.django_db


@pytest.fixture
def dispute(api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    with time_machine.travel(t0 + 6 * DAY, tick=False):
        response = api(buyer).post(f"/api/store/orders/{order.pk}/disputes",
                                   {"reason": "not_as_described", "text": "Broken"})
    assert response.status_code == 201, response.content
    return response.json()


def test_another_buyer_sees_nothing(api, dispute, paid_order):
    stranger = api(BuyerFactory())
    assert stranger.get(f"/api/store/disputes/{dispute['id']}").status_code == 404
    assert stranger.post(f"/api/store/disputes/{dispute['id']}/escalate").status_code == 404
    assert stranger.post(f"/api/store/disputes/{dispute['id']}/withdraw").status_code == 404
    opened = stranger.post(f"/api/store/orders/{paid_order.pk}/disputes",
                           {"reason": "not_received", "text": "x"})
    assert opened.status_code == 404
    assert stranger.get("/api/store/disputes").json()["items"] == []


def test_another_seller_sees_nothing(api, dispute):
    other = api(ShopFactory().owner)
    assert other.get(f"/api/seller/disputes/{dispute['id']}").status_code == 404
    answer = other.post(f"/api/seller/disputes/{dispute['id']}/responses",
                        {"decision": "accept_full"})
    assert answer.status_code == 404
    assert other.get("/api/seller/disputes").json()["items"] == []


def test_the_seller_lists_own_disputes_by_status(api, dispute, paid_order):
    seller = api(paid_order.shop.owner)
    listed = seller.get("/api/seller/disputes?status=open").json()["items"]
    assert [d["id"] for d in listed] == [dispute["id"]]
    assert seller.get("/api/seller/disputes?status=arbitration").json()["items"] == []
    assert seller.get("/api/seller/disputes?status=bogus").status_code == 422


def test_buyers_and_sellers_cannot_use_the_admin_api(api, buyer, dispute, paid_order):
    for user in (buyer, paid_order.shop.owner):
        response = api(user).post(f"/api/admin/disputes/{dispute['id']}/decision",
                                  {"outcome": "full", "reason": "mine"})
        assert response.status_code in (401, 403)


def upload(client, dispute_id, base="store", **files):
    return client.client.post(f"/api/{base}/disputes/{dispute_id}/evidence",
                              {"text": "See photo", **files}, headers=client.headers)


def test_an_image_is_stored_under_a_random_name_and_shown_to_the_two_sides_only(
        api, buyer, dispute, paid_order, operator):
    response = upload(api(buyer), dispute["id"], image=png("../../etc/passwd.png"))
    assert response.status_code == 201, response.content
    url = response.json()["image_url"]
    stored = DisputeMessage.objects.exclude(image="").get().image.name
    assert stored.startswith("dispute/evidence/") and "passwd" not in stored
    assert stored.endswith(".png")
    for user in (buyer, paid_order.shop.owner, operator):
        client = api(user).client
        client.force_login(user)
        assert client.get(url).status_code == 200
    stranger = api().client
    stranger.force_login(BuyerFactory())
    assert stranger.get(url).status_code == 404
    seller_view = api(paid_order.shop.owner).get(f"/api/seller/disputes/{dispute['id']}").json()
    assert [m["image_url"] for m in seller_view["messages"]] == [None, url]


def test_files_that_are_not_images_are_refused(api, buyer, dispute):
    client = api(buyer)
    fake = SimpleUploadedFile("x.png", b"\x89PNG\r\n\x1a\n" + b"not really" * 20)
    pdf = SimpleUploadedFile("x.png", b"%PDF-1.4\n" + b"0" * 100)
    script = SimpleUploadedFile("x.png", b"<script>alert(1)</script>")
    for file in (fake, pdf, script):
        response = upload(client, dispute["id"], image=file)
        assert response.status_code == 422, response.content
        assert "image" in response.json()["fields"]
    assert DisputeMessage.objects.exclude(image="").count() == 0


def test_the_seller_adds_evidence_to_own_dispute(api, dispute, paid_order):
    response = upload(api(paid_order.shop.owner), dispute["id"], base="seller", image=png())
    assert response.status_code == 201 and response.json()["side"] == "seller"


def test_ids_out_of_range_are_422(api, buyer):
    assert api(buyer).get(f"/api/store/disputes/{2**63}").status_code == 422
