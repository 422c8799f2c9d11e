"""Fraud risk: the score's rules, its levels, and the manual review queue (DOMAIN.md §9)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from caravan.account.tests.factories import BuyerFactory
from caravan.core import clock
from caravan.core.money import Money
from caravan.core.outbox import OutboxMessage
from caravan.payment.errors import ReviewClosed, ReviewPending
from caravan.payment.models import PaymentEvent, RiskReview, SandboxCharge
from caravan.payment.risk import RiskSignals, risk_assess, risk_level
from caravan.payment.services import payment_capture, payment_void, risk_review_decide

from .helpers import authorise

pytestmark = pytest.mark.django_db

BIG = Money(300000, "USD")  # RISK_AMOUNT_HIGH for USD: 40 points


@pytest.mark.parametrize(("score", "level"), [(0, "low"), (49, "low"), (50, "medium"),
                                              (79, "medium"), (80, "high"), (100, "high")])
def test_levels_follow_the_thresholds(score, level):
    assert risk_level(score) == level


def test_thresholds_are_settings(settings):
    settings.RISK_REVIEW_AT, settings.RISK_BLOCK_AT = 10, 20

    assert [risk_level(s) for s in (9, 10, 20)] == ["low", "medium", "high"]


def signals(buyer, **changes) -> RiskSignals:
    base = {"buyer": buyer, "amount": Money(2500, "USD"), "fingerprint": "f" * 64,
            "avs_line1": "pass", "avs_postal": "pass", "cvc": "pass"}
    return RiskSignals(**{**base, **changes})


def test_a_clean_payment_of_an_old_account_scores_nothing(old_buyer):
    assessment = risk_assess(signals(old_buyer))

    assert (assessment.score, assessment.level, assessment.reasons) == (0, "low", [])


@pytest.mark.parametrize(("changes", "rule"), [
    ({"processor_risk": "highest"}, "processor_highest_risk"),
    ({"avs_line1": "fail", "avs_postal": "fail"}, "avs_both_failed"),
    ({"avs_line1": "fail"}, "avs_line1_failed"),
    ({"avs_postal": "fail"}, "avs_postal_failed"),
    ({"avs_line1": "unavailable", "avs_postal": "unavailable"}, "avs_unavailable"),
    ({"cvc": "fail"}, "cvc_failed"),
    ({"amount": Money(100000, "USD")}, "amount_elevated"),
    ({"amount": Money(2100000, "CNY")}, "amount_high"),
])
def test_each_signal_scores_its_rule(old_buyer, changes, rule):
    assessment = risk_assess(signals(old_buyer, **changes))

    assert [name for name, _points in assessment.reasons] == [rule]


def test_a_new_account_scores(buyer):
    assert risk_assess(signals(buyer)).reasons == [["new_account", 10]]


def test_one_card_tried_again_and_again_scores_velocity(old_buyer, settings):
    settings.RISK_CARD_ATTEMPTS_PER_HOUR = 3
    attempts = [authorise(BuyerFactory(date_joined=old_buyer.date_joined)) for _ in range(3)]

    assessment = risk_assess(signals(old_buyer, fingerprint=attempts[0].card_fingerprint))

    assert ["card_velocity", 30] in assessment.reasons


def test_velocity_counts_only_the_last_hour(old_buyer, settings):
    settings.RISK_CARD_ATTEMPTS_PER_HOUR = 2
    attempts = [authorise(old_buyer) for _ in range(2)]
    for attempt in attempts:
        type(attempt).objects.filter(pk=attempt.pk).update(
            created_at=clock.now() - timedelta(hours=2))

    assessment = risk_assess(signals(old_buyer, fingerprint=attempts[0].card_fingerprint))

    assert "card_velocity" not in dict(assessment.reasons)


def test_many_cards_from_one_buyer_in_a_day_score(old_buyer):
    authorise(old_buyer, "4242424242424242")
    authorise(old_buyer, "5555555555554444")

    assessment = risk_assess(signals(old_buyer))  # a third card

    assert ["many_cards", 30] in assessment.reasons


def test_a_run_of_declines_scores(old_buyer):
    for _ in range(3):
        authorise(old_buyer, "4000000000000002")

    assert "recent_declines" in dict(risk_assess(signals(old_buyer)).reasons)


def test_a_high_score_is_declined_as_fraudulent_and_the_hold_released(buyer, settings):
    settings.PAYMENT_DECLINE_ON_CVC_FAIL = False  # the failed CVC only scores

    blocked = authorise(buyer, "4000000000000101", amount=BIG)

    assert blocked.risk_reasons == [["cvc_failed", 30], ["amount_high", 40],
                                    ["new_account", 10]]
    assert (blocked.status, blocked.decline_code, blocked.risk_level, blocked.risk_score) == \
        ("declined", "fraudulent", "high", 80)
    assert SandboxCharge.objects.get(reference=blocked.provider_reference).voided_at
    assert not RiskReview.objects.exists()


def test_a_medium_score_is_authorised_and_queued_for_review(old_buyer):
    attempt = authorise(old_buyer, "4000000000000028", amount=BIG)  # 40 + 15

    assert (attempt.status, attempt.risk_level, attempt.needs_review) == \
        ("authorised", "medium", True)
    review = RiskReview.objects.get(attempt=attempt)
    assert (review.status, review.score) == ("open", 55)
    assert review.reasons == [["amount_high", 40], ["avs_line1_failed", 15]]


@pytest.fixture
def review(old_buyer) -> RiskReview:
    return RiskReview.objects.get(attempt=authorise(old_buyer, "4000000000000028", amount=BIG))


def test_a_payment_under_review_cannot_be_captured(review):
    with pytest.raises(ReviewPending):
        payment_capture(attempt=review.attempt, key="capture")


def test_approving_a_review_captures_the_payment(review, operator):
    decided = risk_review_decide(review=review, actor=operator, approve=True, reason="called")

    assert (decided.status, decided.decided_by) == ("approved", operator)
    attempt = decided.attempt
    attempt.refresh_from_db()
    assert (attempt.status, attempt.needs_review) == ("captured", False)
    event = PaymentEvent.objects.filter(attempt=attempt).last()
    assert event.actor == operator and "called" in event.reason
    message = OutboxMessage.objects.get(topic="payment.review_decided")
    assert message.payload == {"attempt_id": attempt.pk, "checkout_id": attempt.checkout_id,
                               "approved": True, "status": "captured"}


def test_rejecting_a_review_voids_the_payment(review, operator):
    risk_review_decide(review=review, actor=operator, approve=False, reason="stolen card")

    review.attempt.refresh_from_db()
    assert review.attempt.status == "voided"
    with pytest.raises(ReviewClosed):
        risk_review_decide(review=review, actor=operator, approve=True, reason="oops")


def test_voiding_a_payment_under_review_closes_its_review(review):
    payment_void(attempt=review.attempt, key="void")

    review.refresh_from_db()
    assert review.status == "rejected"


def test_the_review_queue_in_the_back_office(review, operator):
    client = Client()
    client.force_login(operator)
    url = reverse("admin:payment_riskreview_changelist")

    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "approve", "_selected_action": [review.pk]})

    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == "approved"
    assert review.attempt.status == "captured"


@pytest.mark.parametrize("model", ["paymentattempt", "riskreview", "webhookevent"])
def test_payment_pages_of_the_back_office_render(review, operator, model):
    client = Client()
    client.force_login(operator)

    assert client.get(reverse(f"admin:payment_{model}_changelist")).status_code == 200
    change = reverse("admin:payment_paymentattempt_change", args=[review.attempt_id])
    assert client.get(change).status_code == 200
