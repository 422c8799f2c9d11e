"""Dispute reasons, sides, decisions, and the dispute status machine as data (DOMAIN.md §5)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DisputeReason(models.TextChoices):
    NOT_RECEIVED = "not_received", _("Not received")
    NOT_AS_DESCRIBED = "not_as_described", _("Not as described")
    # A kind of "not as described" with its own remedy: refunded up to twice (see decisions).
    COUNTERFEIT = "counterfeit", _("Not as described: counterfeit")


class DisputeStatus(models.TextChoices):
    OPEN = "open", _("Waiting for the seller")
    SELLER_ACCEPTED = "seller_accepted", _("Accepted by the seller")
    SELLER_OFFERED = "seller_offered", _("Partial refund offered")
    SELLER_REJECTED = "seller_rejected", _("Rejected by the seller")
    BUYER_ACCEPTED = "buyer_accepted", _("Offer accepted by the buyer")
    ARBITRATION = "arbitration", _("Waiting for Caravan's decision")
    RESOLVED_REFUND = "resolved_refund", _("Resolved: refunded")
    RESOLVED_PARTIAL = "resolved_partial", _("Resolved: partly refunded")
    RESOLVED_NO_REFUND = "resolved_no_refund", _("Resolved: no refund")
    CLOSED = "closed", _("Withdrawn by the buyer")


class Side(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SELLER = "seller", _("Seller")
    OPERATOR = "operator", _("Caravan")
    SYSTEM = "system", _("System")


class SellerDecision(models.TextChoices):
    ACCEPT_FULL = "accept_full", _("Refund in full")
    OFFER_PARTIAL = "offer_partial", _("Offer a partial refund")
    ACCEPT_RETURN = "accept_return", _("Refund after the goods are returned")
    REJECT = "reject", _("Reject the claim")


class Outcome(models.TextChoices):
    FULL = "full", _("Full refund")
    PARTIAL = "partial", _("Partial refund")
    NONE = "none", _("No refund")


S = DisputeStatus
DISPUTE_TRANSITIONS = {
    # The seller answers; the buyer may withdraw the claim at any time before a decision.
    S.OPEN: frozenset({S.SELLER_ACCEPTED, S.SELLER_OFFERED, S.SELLER_REJECTED, S.CLOSED}),
    # Negotiation: the seller may improve the answer; the buyer may take the offer; either
    # side may escalate (and the sweep does, when negotiation has lasted too long).
    S.SELLER_OFFERED: frozenset({S.SELLER_ACCEPTED, S.SELLER_OFFERED, S.SELLER_REJECTED,
                                 S.BUYER_ACCEPTED, S.ARBITRATION, S.CLOSED}),
    S.SELLER_REJECTED: frozenset({S.SELLER_ACCEPTED, S.SELLER_OFFERED, S.ARBITRATION,
                                  S.CLOSED}),
    # Accepted: refunded at once, or after the buyer sent the goods back (a return not sent
    # in time ends the dispute with no refund).
    S.SELLER_ACCEPTED: frozenset({S.RESOLVED_REFUND, S.RESOLVED_NO_REFUND, S.CLOSED}),
    S.BUYER_ACCEPTED: frozenset({S.RESOLVED_PARTIAL}),
    S.ARBITRATION: frozenset({S.RESOLVED_REFUND, S.RESOLVED_PARTIAL, S.RESOLVED_NO_REFUND}),
    S.RESOLVED_REFUND: frozenset(),
    S.RESOLVED_PARTIAL: frozenset(),
    S.RESOLVED_NO_REFUND: frozenset(),
    S.CLOSED: frozenset(),
}
FINAL_STATUSES = frozenset(status for status, moves in DISPUTE_TRANSITIONS.items() if not moves)
OPEN_STATUSES = frozenset(DISPUTE_TRANSITIONS) - FINAL_STATUSES
# Either side may ask for arbitration from these (after DISPUTE_ESCALATE_AFTER_DAYS).
NEGOTIATING = frozenset({S.SELLER_OFFERED, S.SELLER_REJECTED})
# The seller may (re)answer from these.
ANSWERABLE = frozenset({S.OPEN, S.SELLER_OFFERED, S.SELLER_REJECTED})
OUTCOME_STATUS = {Outcome.FULL: S.RESOLVED_REFUND, Outcome.PARTIAL: S.RESOLVED_PARTIAL,
                  Outcome.NONE: S.RESOLVED_NO_REFUND}
del S

# Orders a buyer may dispute (shipped or after; completed ones within the window after it).
DISPUTABLE_ORDER_STATUSES = frozenset({"shipped", "delivered", "completed"})
TEXT_MAX = 2000
