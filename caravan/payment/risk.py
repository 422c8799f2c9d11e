"""Fraud risk: a transparent rule-based score from 0 to 100 for every card payment (DOMAIN.md §9).

Every rule that applies adds its points (`RULES`); the score is their sum, capped at 100, and the
rules that scored are stored with the attempt and its review so an operator sees why.
Levels: low below RISK_REVIEW_AT (50), medium from there to below RISK_BLOCK_AT (80), high from
there. High is declined as "fraudulent"; medium is authorised and queued for review.

Left out: the card's issuing country against the buyer's (no BIN country data offline).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q

from caravan.core import clock
from caravan.core.money import Money

from .constants import Check, RiskLevel
from .models import PaymentAttempt

RULES = {
    "processor_highest_risk": 100,  # the processor's own fraud screen says block
    "processor_elevated_risk": 40,
    "avs_both_failed": 40,  # neither the address line nor the postcode matches
    "cvc_failed": 30,
    "card_velocity": 30,  # RISK_CARD_ATTEMPTS_PER_HOUR attempts with this card in an hour
    "many_cards": 30,  # RISK_BUYER_CARDS_PER_DAY different cards from this buyer in a day
    "amount_high": 40,  # at least RISK_AMOUNT_HIGH[currency]
    "amount_elevated": 20,  # at least RISK_AMOUNT_ELEVATED[currency]
    "recent_declines": 20,  # RISK_DECLINES_PER_HOUR declines of this buyer in an hour
    "avs_postal_failed": 20,
    "avs_line1_failed": 15,
    "new_account": 10,  # the account is younger than RISK_NEW_ACCOUNT_HOURS
    "cvc_unavailable": 10,
    "avs_unavailable": 5,  # no billing address to check
}


@dataclass(frozen=True, slots=True)
class RiskSignals:
    buyer: object
    amount: Money
    fingerprint: str
    avs_line1: str = Check.UNAVAILABLE
    avs_postal: str = Check.UNAVAILABLE
    cvc: str = Check.UNAVAILABLE
    processor_risk: str = "normal"
    attempt_id: int | None = None  # the attempt being scored, left out of the velocity counts


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    score: int
    level: RiskLevel
    reasons: list[list]  # [[rule, points], ...] in RULES order


def risk_level(score: int) -> RiskLevel:
    if score >= settings.RISK_BLOCK_AT:
        return RiskLevel.HIGH
    if score >= settings.RISK_REVIEW_AT:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def _check_rules(s: RiskSignals) -> set[str]:
    hits = set()
    if s.processor_risk in ("highest", "elevated"):
        hits.add(f"processor_{s.processor_risk}_risk")
    if s.avs_line1 == Check.FAIL and s.avs_postal == Check.FAIL:
        hits.add("avs_both_failed")
    elif Check.FAIL in (s.avs_line1, s.avs_postal):
        hits.add("avs_line1_failed" if s.avs_line1 == Check.FAIL else "avs_postal_failed")
    if s.avs_line1 == Check.UNAVAILABLE and s.avs_postal == Check.UNAVAILABLE:
        hits.add("avs_unavailable")
    if s.cvc in (Check.FAIL, Check.UNAVAILABLE):
        hits.add(f"cvc_{'failed' if s.cvc == Check.FAIL else 'unavailable'}")
    high = settings.RISK_AMOUNT_HIGH.get(s.amount.currency)
    elevated = settings.RISK_AMOUNT_ELEVATED.get(s.amount.currency)
    if high is not None and s.amount.amount >= high:
        hits.add("amount_high")
    elif elevated is not None and s.amount.amount >= elevated:
        hits.add("amount_elevated")
    return hits


def _history(s: RiskSignals, now) -> dict:
    """The card's attempts this hour, the buyer's declines this hour and the other cards the
    buyer used today: one aggregate over the day's attempts of this buyer or this card."""
    hour = Q(created_at__gte=now - timedelta(hours=1))
    mine = Q(buyer=s.buyer)
    card = Q(card_fingerprint=s.fingerprint) if s.fingerprint else Q(pk__in=[])
    day = PaymentAttempt.objects.filter(mine | card, created_at__gte=now - timedelta(days=1))
    return day.exclude(pk=s.attempt_id).aggregate(
        card_attempts=Count("pk", filter=card & hour),
        declines=Count("pk", filter=mine & hour & Q(status="declined")),
        other_cards=Count("card_fingerprint", distinct=True,
                          filter=mine & ~Q(card_fingerprint="") & ~card),
    )


def _history_rules(s: RiskSignals) -> set[str]:
    now = clock.now()
    seen = _history(s, now)
    hits = set()
    if s.fingerprint and seen["card_attempts"] >= settings.RISK_CARD_ATTEMPTS_PER_HOUR:
        hits.add("card_velocity")
    if seen["declines"] >= settings.RISK_DECLINES_PER_HOUR:
        hits.add("recent_declines")
    if seen["other_cards"] + bool(s.fingerprint) >= settings.RISK_BUYER_CARDS_PER_DAY:
        hits.add("many_cards")
    joined = getattr(s.buyer, "date_joined", None)
    if joined and joined > now - timedelta(hours=settings.RISK_NEW_ACCOUNT_HOURS):
        hits.add("new_account")
    return hits


def risk_assess(signals: RiskSignals) -> RiskAssessment:
    hits = _check_rules(signals) | _history_rules(signals)
    reasons = [[rule, points] for rule, points in RULES.items() if rule in hits]
    score = min(100, sum(points for _rule, points in reasons))
    return RiskAssessment(score=score, level=risk_level(score), reasons=reasons)
