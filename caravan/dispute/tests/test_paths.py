"""Dispute paths from opening to the end, with the money where it should be after each."""

from decimal import Decimal

import pytest
import time_machine

from caravan.core.money import Money
from caravan.core.outbox import OutboxMessage
from caravan.dispute.models import Dispute
from caravan.dispute.services import disputes_sweep
from caravan.ledger.selectors import account_balance
from caravan.order.models import Order

from .helpers import (
    DAY,
    assert_ledger_clean,
    card_refunded,
    complete,
    escrow,
    seller_balances,
    ship,
)

pytestmark = pytest.mark.django_db


def at(moment):
    return time_machine.travel(moment, tick=False)


def open_dispute(api, buyer, order, reason="not_as_described", text="Wrong colour"):
    response = api(buyer).post(f"/api/store/orders/{order.pk}/disputes",
                               {"reason": reason, "text": text})
    assert response.status_code == 201, response.content
    return response.json()


def answer(api, seller, dispute_id, **body):
    return api(seller).post(f"/api/seller/disputes/{dispute_id}/responses", body)


def test_seller_accepting_in_full_refunds_the_buyer_from_escrow(api, buyer, paid_order, t0):
    # given a shipped order and a dispute opened 6 days later
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
        # when the seller accepts in full
        response = answer(api, order.shop.owner, dispute["id"], decision="accept_full",
                          text="Sorry about that")
    # then the buyer is refunded everything, out of escrow and to the card
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "resolved_refund"
    assert response.json()["refund_amount"] == order.total
    order.refresh_from_db()
    assert order.status == "refunded" and order.refunded_total == order.total
    assert card_refunded(order) == order.total
    assert escrow(order)["held"] == 0 and escrow(order)["refunded"] == order.settlement_total
    assert seller_balances(order) == {"pending": 0, "available": 0, "debt": 0}
    assert_ledger_clean()
    # and each side was told
    topics = list(OutboxMessage.objects.filter(topic__startswith="dispute.")
                  .values_list("topic", "recipient_id"))
    assert ("dispute.opened", order.shop.owner_id) in topics
    assert ("dispute.answered", buyer.pk) in topics
    assert {("dispute.decided", buyer.pk), ("dispute.decided", order.shop.owner_id)} <= set(topics)


def test_a_partial_offer_taken_by_the_buyer_refunds_that_much_and_holds_the_rest(
        api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
        offered = answer(api, order.shop.owner, dispute["id"], decision="offer_partial",
                         amount=1000, text="Keep it, take 10.00 back")
        assert offered.json()["status"] == "seller_offered", offered.content
        # when the buyer accepts the offer
        response = api(buyer).post(f"/api/store/disputes/{dispute['id']}/accept-offer")
    # then 10.00 is refunded, the rest stays held for the seller
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "resolved_partial"
    order.refresh_from_db()
    assert order.status == "shipped" and order.refunded_total == 1000
    assert card_refunded(order) == 1000
    assert escrow(order)["held"] == order.settlement_total - 1000
    assert_ledger_clean()


def test_an_offer_must_leave_something_to_refund(api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
        response = answer(api, order.shop.owner, dispute["id"], decision="offer_partial",
                          amount=order.total)
    assert response.status_code == 422 and response.json()["code"] == "invalid_amount"
    assert Dispute.objects.get().status == "open"


def test_a_silent_seller_accepts_exactly_at_the_deadline_and_only_once(api, buyer, paid_order,
                                                                     t0):
    # given a dispute opened 6 days after shipment, the seller silent
    order = ship(paid_order, t0)
    opened = t0 + 6 * DAY
    with at(opened):
        open_dispute(api, buyer, order)
    deadline = Dispute.objects.get().seller_respond_by
    assert deadline == opened + 5 * DAY
    # when the sweep runs just before the deadline, at it, and again
    with at(deadline - DAY / 86400):
        assert disputes_sweep() == 0
    with at(deadline):
        assert disputes_sweep() == 1
        assert disputes_sweep() == 0
    assert disputes_sweep(now=deadline + 30 * DAY) == 0
    # then the claim was accepted in full, once
    dispute = Dispute.objects.get()
    assert dispute.status == "resolved_refund" and dispute.seller_decision == "accept_full"
    assert [e.to_status for e in dispute.events.all()] == ["open", "seller_accepted",
                                                          "resolved_refund"]
    order.refresh_from_db()
    assert order.refunded_total == order.total and card_refunded(order) == order.total
    assert_ledger_clean()


def test_a_seller_cannot_answer_after_the_deadline(api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
    with at(t0 + 11 * DAY):
        response = answer(api, order.shop.owner, dispute["id"], decision="reject", text="No")
    assert response.status_code == 409 and response.json()["code"] == "answer_too_late"


def _rejected_and_escalated(api, buyer, order, t0, reason="not_as_described"):
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order, reason=reason)
        rejected = answer(api, order.shop.owner, dispute["id"], decision="reject",
                          text="It matches the photos")
        assert rejected.json()["status"] == "seller_rejected", rejected.content
        early = api(buyer).post(f"/api/store/disputes/{dispute['id']}/escalate")
        assert early.status_code == 409 and early.json()["code"] == "escalation_too_early"
    with at(t0 + 9 * DAY):
        escalated = api(order.shop.owner).post(f"/api/seller/disputes/{dispute['id']}/escalate")
    assert escalated.json()["status"] == "arbitration", escalated.content
    return dispute


def test_arbitration_for_the_buyer_refunds_in_full(api, buyer, operator, paid_order, t0):
    order = ship(paid_order, t0)
    dispute = _rejected_and_escalated(api, buyer, order, t0)
    queue = api(operator).get("/api/admin/disputes?status=arbitration").json()["items"]
    assert [d["id"] for d in queue] == [dispute["id"]]
    response = api(operator).post(f"/api/admin/disputes/{dispute['id']}/decision",
                                  {"outcome": "full", "reason": "Photos show another colour"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "resolved_refund"
    order.refresh_from_db()
    assert order.status == "refunded" and card_refunded(order) == order.total
    assert escrow(order)["held"] == 0
    assert_ledger_clean()


def test_arbitration_for_the_seller_refunds_nothing(api, buyer, operator, paid_order, t0):
    order = ship(paid_order, t0)
    dispute = _rejected_and_escalated(api, buyer, order, t0)
    response = api(operator).post(f"/api/admin/disputes/{dispute['id']}/decision",
                                  {"outcome": "none", "reason": "Item as described"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "resolved_no_refund"
    assert response.json()["decision_reason"] == "Item as described"
    order.refresh_from_db()
    assert order.status == "shipped" and order.refunded_total == 0 and card_refunded(order) == 0
    assert escrow(order)["held"] == order.settlement_total
    assert_ledger_clean()
    again = api(operator).post(f"/api/admin/disputes/{dispute['id']}/decision",
                               {"outcome": "full", "reason": "changed my mind"})
    assert again.status_code == 409


def test_a_partial_decision_needs_an_amount_below_the_total(api, buyer, operator, paid_order,
                                                            t0):
    order = ship(paid_order, t0)
    dispute = _rejected_and_escalated(api, buyer, order, t0)
    url = f"/api/admin/disputes/{dispute['id']}/decision"
    too_much = api(operator).post(url, {"outcome": "partial", "amount": order.total + 1,
                                        "reason": "x"})
    assert too_much.status_code == 422 and too_much.json()["code"] == "invalid_amount"
    response = api(operator).post(url, {"outcome": "partial", "amount": 700, "reason": "scratch"})
    assert response.json()["status"] == "resolved_partial", response.content
    order.refresh_from_db()
    assert order.refunded_total == 700 and escrow(order)["held"] == order.settlement_total - 700
    assert_ledger_clean()


def test_negotiation_that_lasts_too_long_goes_to_arbitration(api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
        answer(api, order.shop.owner, dispute["id"], decision="offer_partial", amount=500)
    ends = Dispute.objects.get().negotiation_ends_at
    assert disputes_sweep(now=ends - DAY / 86400) == 0
    assert disputes_sweep(now=ends) == 1
    assert Dispute.objects.get().status == "arbitration"
    assert OutboxMessage.objects.filter(topic="dispute.needs_decision").count() == 1


def test_an_accepted_return_refunds_when_the_buyer_sends_the_goods_back(api, buyer, paid_order,
                                                                        t0):
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
        accepted = answer(api, order.shop.owner, dispute["id"], decision="accept_return")
        assert accepted.json()["status"] == "seller_accepted", accepted.content
        assert Order.objects.get(pk=order.pk).refunded_total == 0
    with at(t0 + 8 * DAY):
        response = api(buyer).post(f"/api/store/disputes/{dispute['id']}/return",
                                   {"carrier": "China Post", "tracking_number": "RR123456789DE"})
    assert response.json()["status"] == "resolved_refund", response.content
    assert response.json()["return_tracking"] == "RR123456789DE"
    order.refresh_from_db()
    assert order.status == "refunded" and card_refunded(order) == order.total
    assert_ledger_clean()


def test_a_return_not_sent_in_time_ends_without_refund(api, buyer, paid_order, t0):
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
        answer(api, order.shop.owner, dispute["id"], decision="accept_return")
    due = Dispute.objects.get().return_due_at
    assert disputes_sweep(now=due) == 1
    assert Dispute.objects.get().status == "resolved_no_refund"
    with at(due + DAY):
        late = api(buyer).post(f"/api/store/disputes/{dispute['id']}/return",
                               {"carrier": "DHL", "tracking_number": "1234"})
    assert late.status_code == 409
    order.refresh_from_db()
    assert order.refunded_total == 0 and escrow(order)["held"] == order.settlement_total
    assert_ledger_clean()


def test_a_counterfeit_finding_refunds_twice_the_second_part_from_the_seller(
        api, buyer, operator, paid_order, t0):
    # given a completed order (released to the seller less commission), claimed counterfeit
    order = complete(ship(paid_order, t0), t0 + 10 * DAY)
    dispute = _rejected_and_escalated(api, buyer, order, t0, reason="counterfeit")
    # when the operator finds it counterfeit
    response = api(operator).post(f"/api/admin/disputes/{dispute['id']}/decision",
                                  {"outcome": "full", "counterfeit": True,
                                   "reason": "Fake logo, no hologram"})
    # then the buyer gets the payment back and the total once more, charged to the seller
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["refund_amount"] == order.total and body["compensation_amount"] == order.total
    order.refresh_from_db()
    assert order.status == "refunded" and order.refunded_total == order.total
    assert card_refunded(order) == order.total
    # the seller's pending money covered the refund (commission returned); the second part is
    # a debt, never a negative balance
    assert seller_balances(order) == {"pending": 0, "available": 0,
                                      "debt": order.settlement_total}
    assert_ledger_clean()


def test_counterfeit_doubling_needs_a_counterfeit_claim(api, buyer, operator, paid_order, t0):
    order = ship(paid_order, t0)
    dispute = _rejected_and_escalated(api, buyer, order, t0, reason="not_as_described")
    response = api(operator).post(f"/api/admin/disputes/{dispute['id']}/decision",
                                  {"outcome": "full", "counterfeit": True, "reason": "x"})
    assert response.status_code == 422 and response.json()["code"] == "not_counterfeit_case"
    assert Dispute.objects.get().status == "arbitration"


def test_a_dispute_outlasting_the_release_is_refunded_from_the_seller(api, buyer, paid_order,
                                                                       t0):
    # given a dispute on a shipped order, and the order completing meanwhile
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
    order = complete(order, t0 + 7 * DAY)
    # when the seller then accepts in full
    with at(t0 + 8 * DAY):
        response = answer(api, order.shop.owner, dispute["id"], decision="accept_full")
    # then the refund comes back from the seller's pending money, commission returned
    assert response.json()["status"] == "resolved_refund", response.content
    order.refresh_from_db()
    assert order.status == "refunded" and card_refunded(order) == order.total
    assert seller_balances(order) == {"pending": 0, "available": 0, "debt": 0}
    assert_ledger_clean()


def test_a_due_dispute_ends_even_if_the_order_was_refunded_another_way(api, buyer, paid_order,
                                                                       t0):
    from caravan.order.services import order_refund

    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        open_dispute(api, buyer, order)
    order_refund(order=order, amount=order.total, actor=None, reason="operator case", key="x")
    assert disputes_sweep(now=t0 + 12 * DAY) == 1
    dispute = Dispute.objects.get()
    assert dispute.status == "resolved_refund" and dispute.refund_amount == 0
    assert card_refunded(order) == order.total
    assert_ledger_clean()


def test_a_cny_settled_order_is_refunded_after_release_in_its_own_ledger(
        api, buyer, make_paid_order, t0):
    from caravan.seller.tests.factories import ShopFactory

    order = make_paid_order(buyer, shop=ShopFactory(settlement_currency="CNY"))
    assert order.settlement_currency == "CNY"
    order = complete(ship(order, t0), t0 + 7 * DAY)
    with at(t0 + 8 * DAY):
        dispute = open_dispute(api, buyer, order)
        answer(api, order.shop.owner, dispute["id"], decision="offer_partial", amount=999)
        api(buyer).post(f"/api/store/disputes/{dispute['id']}/accept-offer")
    # then 9.99 USD went back to the card and its CNY value, at the order's rate, out of the
    # seller's CNY balance into the CNY ledger's refunds
    order.refresh_from_db()
    share = Money.from_decimal(Decimal("9.99") * order.fx_rate, "CNY").amount
    assert order.refunded_total == 999 and order.settlement_refunded == share
    assert card_refunded(order) == 999
    assert account_balance(code="refunds", currency="CNY").amount == share
    assert_ledger_clean()


def test_reads_take_a_bounded_number_of_queries(api, buyer, paid_order, t0,
                                                django_assert_max_num_queries):
    order = ship(paid_order, t0)
    with at(t0 + 6 * DAY):
        dispute = open_dispute(api, buyer, order)
        for i in range(5):
            answer(api, order.shop.owner, dispute["id"], decision="offer_partial",
                   amount=100 + i, text=f"offer {i}")
    client = api(buyer)
    with django_assert_max_num_queries(4):
        assert client.get(f"/api/store/disputes/{dispute['id']}").status_code == 200
    with django_assert_max_num_queries(2):
        assert len(client.get("/api/store/disputes").json()["items"]) == 1
