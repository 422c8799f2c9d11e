"""When a dispute may be opened, and how many."""

import pytest
import time_machine

from caravan.dispute.models import Dispute

from .helpers import DAY, complete, ship

pytestmark = pytest.mark.django_db
CLAIM = {"reason": "not_received", "text": "Nothing arrived"}
MINUTE = DAY / 1440


def post_claim(api, buyer, order, when):
    with time_machine.travel(when, tick=False):
        return api(buyer).post(f"/api/store/orders/{order.pk}/disputes", CLAIM)


def test_too_early_before_five_days_after_shipment(api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    early = post_claim(api, buyer, order, t0 + 5 * DAY - MINUTE)
    assert early.status_code == 409 and early.json()["code"] == "dispute_too_early"
    assert Dispute.objects.count() == 0
    assert post_claim(api, buyer, order, t0 + 5 * DAY).status_code == 201


def test_an_unshipped_order_cannot_be_disputed(api, buyer, paid_order):
    response = api(buyer).post(f"/api/store/orders/{paid_order.pk}/disputes", CLAIM)
    assert response.status_code == 409 and response.json()["code"] == "order_not_disputable"


def test_too_late_after_fifteen_days_from_completion(api, buyer, paid_order, t0):
    order = complete(ship(paid_order, t0), t0 + 20 * DAY)
    late = post_claim(api, buyer, order, t0 + 35 * DAY + MINUTE)
    assert late.status_code == 409 and late.json()["code"] == "dispute_window_closed"
    assert post_claim(api, buyer, order, t0 + 35 * DAY).status_code == 201


def test_one_open_dispute_per_order(api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    first = post_claim(api, buyer, order, t0 + 6 * DAY)
    second = post_claim(api, buyer, order, t0 + 6 * DAY)
    assert second.status_code == 409 and second.json()["code"] == "dispute_already_open"
    # a withdrawn dispute leaves the way open to a new one
    with time_machine.travel(t0 + 7 * DAY, tick=False):
        withdrawn = api(buyer).post(f"/api/store/disputes/{first.json()['id']}/withdraw")
    assert withdrawn.json()["status"] == "closed"
    assert post_claim(api, buyer, order, t0 + 7 * DAY).status_code == 201


def test_a_decided_dispute_is_not_reopened(api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    dispute = post_claim(api, buyer, order, t0 + 6 * DAY).json()
    with time_machine.travel(t0 + 6 * DAY, tick=False):
        api(order.shop.owner).post(f"/api/seller/disputes/{dispute['id']}/responses",
                                   {"decision": "offer_partial", "amount": 100})
        api(buyer).post(f"/api/store/disputes/{dispute['id']}/accept-offer")
    again = post_claim(api, buyer, order, t0 + 7 * DAY)
    assert again.status_code == 409 and again.json()["code"] == "dispute_already_decided"


def test_the_database_holds_one_open_dispute_per_order(buyer, paid_order, t0):
    from django.db import IntegrityError, transaction

    order = ship(paid_order, t0)
    fields = {"order": order, "buyer": buyer, "shop_id": order.shop_id,
              "reason": "not_received", "seller_respond_by": t0, "escalate_from": t0,
              "negotiation_ends_at": t0}
    Dispute.objects.create(**fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Dispute.objects.create(**fields, status="seller_rejected")
    Dispute.objects.create(**fields, status="closed")
