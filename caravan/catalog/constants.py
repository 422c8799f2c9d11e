from django.db import models
from django.utils.translation import gettext_lazy as _


class ListingStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    PENDING_REVIEW = "pending_review", _("Pending review")
    ACTIVE = "active", _("Active")
    REJECTED = "rejected", _("Rejected")
    SUSPENDED = "suspended", _("Suspended")
    TAKEN_DOWN = "taken_down", _("Taken down")
    DELISTED = "delisted", _("Delisted")


S = ListingStatus
LISTING_TRANSITIONS = {
    S.DRAFT: frozenset({S.SUBMITTED}),
    # Submission is screened at once: clean listings of active shops go live, doubtful ones wait
    # for an operator, prohibited ones are rejected.
    S.SUBMITTED: frozenset({S.ACTIVE, S.PENDING_REVIEW, S.REJECTED}),
    S.PENDING_REVIEW: frozenset({S.ACTIVE, S.REJECTED, S.SUBMITTED, S.DELISTED}),
    # An edit of a live listing is screened again and may send it back to review or reject it.
    S.ACTIVE: frozenset({S.PENDING_REVIEW, S.REJECTED, S.SUSPENDED, S.TAKEN_DOWN, S.DELISTED}),
    S.REJECTED: frozenset({S.DRAFT, S.SUBMITTED}),
    S.SUSPENDED: frozenset({S.ACTIVE, S.DELISTED}),
    S.TAKEN_DOWN: frozenset({S.ACTIVE, S.DELISTED}),
    S.DELISTED: frozenset({S.DRAFT, S.SUBMITTED}),
}
del S

# Statuses in which the seller may edit freely; other edits are screened or refused.
EDITABLE_STATUSES = frozenset({ListingStatus.DRAFT, ListingStatus.REJECTED,
                               ListingStatus.DELISTED, ListingStatus.ACTIVE,
                               ListingStatus.PENDING_REVIEW})


class SaleUnit(models.TextChoices):
    PIECE = "piece", _("Per piece")
    LOT = "lot", _("Per lot")


class AttributeKind(models.TextChoices):
    CHOICE = "choice", _("Choice")
    TEXT = "text", _("Text")


# Languages a listing may be written in (ISO 639-1, plus zh-hans).
LISTING_LANGUAGES = ("en", "zh-hans", "ru", "es", "pt", "fr", "de", "it", "ja", "ko", "ar", "tr",
                     "pl", "nl", "he", "uk")
HS_CODE_PATTERN = r"^\d{6}(\d{2}){0,2}$"  # 6-digit HS subheading, optionally 8 or 10 national
