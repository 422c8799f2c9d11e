"""The buyer's and the seller's dispute pages, and the operator's arbitration queue."""

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from caravan.account.tests.factories import BuyerFactory
from caravan.dispute.models import Dispute

from .helpers import DAY, assert_ledger_clean, png, ship

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_buyer_opens_and_follows_a_dispute_from_the_order(buyer, paid_order, t0):
    order = ship(paid_order, t0)
    client = logged_in(buyer)
    url = reverse("dispute:open", args=[order.pk])
    with time_machine.travel(t0 + DAY, tick=False):
        early = client.post(url, {"reason": "not_received", "text": "Nothing yet"})
    assert early.status_code == 200 and b"can be opened from" in early.content
    with time_machine.travel(t0 + 6 * DAY, tick=False):
        response = client.post(url, {"reason": "not_received", "text": "Nothing yet"})
        dispute = Dispute.objects.get()
        assert response.status_code == 302 and response.url == reverse("dispute:buyer",
                                                                       args=[dispute.pk])
        client.post(response.url, {"action": "message", "text": "Tracking stuck",
                                   "image": png()})
        page = client.get(response.url)
    assert page.status_code == 200
    assert b"Tracking stuck" in page.content and b"Waiting for the seller" in page.content
    assert dispute.messages.exclude(image="").count() == 1
    assert client.get(url).status_code == 200  # the order's dispute section lists it


def test_a_seller_answers_from_the_seller_centre(buyer, paid_order, t0):
    order = ship(paid_order, t0)
    with time_machine.travel(t0 + 6 * DAY, tick=False):
        logged_in(buyer).post(reverse("dispute:open", args=[order.pk]),
                              {"reason": "not_as_described", "text": "Cracked"})
        dispute = Dispute.objects.get()
        seller = logged_in(order.shop.owner)
        listed = seller.get(reverse("dispute:seller-list"))
        assert listed.status_code == 200 and order.number.encode() in listed.content
        url = reverse("dispute:seller", args=[dispute.pk])
        refused = seller.post(url, {"action": "respond", "decision": "reject", "text": ""})
        assert refused.status_code == 200 and b"This field is required" in refused.content
        answered = seller.post(url, {"action": "respond", "decision": "offer_partial",
                                     "amount": "5.00", "text": "Half the mug"})
    assert answered.status_code == 302
    dispute.refresh_from_db()
    assert dispute.status == "seller_offered" and dispute.offer_amount == 500


def test_other_people_get_404_on_dispute_pages(buyer, paid_order, t0):
    order = ship(paid_order, t0)
    with time_machine.travel(t0 + 6 * DAY, tick=False):
        logged_in(buyer).post(reverse("dispute:open", args=[order.pk]),
                              {"reason": "not_received", "text": "Nothing"})
    dispute = Dispute.objects.get()
    stranger = logged_in(BuyerFactory())
    assert stranger.get(reverse("dispute:open", args=[order.pk])).status_code == 404
    assert stranger.get(reverse("dispute:buyer", args=[dispute.pk])).status_code == 404
    assert stranger.post(reverse("dispute:buyer", args=[dispute.pk]),
                         {"action": "withdraw"}).status_code == 404
    assert logged_in(buyer).get(reverse("dispute:seller", args=[dispute.pk])).status_code == 404


def test_the_operator_decides_from_the_admin_queue(api, buyer, operator, paid_order, t0):
    order = ship(paid_order, t0)
    with time_machine.travel(t0 + 6 * DAY, tick=False):
        logged_in(buyer).post(reverse("dispute:open", args=[order.pk]),
                              {"reason": "not_as_described", "text": "Wrong size"})
        dispute = Dispute.objects.get()
        api(order.shop.owner).post(f"/api/seller/disputes/{dispute.pk}/responses",
                                   {"decision": "reject", "text": "Size chart was clear"})
    with time_machine.travel(t0 + 10 * DAY, tick=False):
        api(buyer).post(f"/api/store/disputes/{dispute.pk}/escalate")
    admin = logged_in(operator)
    queue = admin.get(reverse("admin:dispute_dispute_changelist") + "?status__exact=arbitration")
    assert queue.status_code == 200 and order.number.encode() in queue.content
    assert admin.get(reverse("admin:dispute_dispute_change", args=[dispute.pk])).status_code \
        == 200
    response = admin.post(reverse("admin:dispute_dispute_changelist"), {
        "action": "decide_partial", "_selected_action": [dispute.pk], "amount": "12.34",
        "reason": "Size differs from the chart"})
    assert response.status_code == 302
    dispute.refresh_from_db()
    assert dispute.status == "resolved_partial" and dispute.refund_amount == 1234
    assert dispute.decided_by == operator
    assert dispute.decision_reason == "Size differs from the chart"
    assert_ledger_clean()
