from django.db import models
from django.utils.translation import gettext_lazy as _


class RuleKind(models.TextChoices):
    PROHIBITED = "prohibited", _("Prohibited")
    RESTRICTED = "restricted", _("Restricted (licence needed)")


class RightKind(models.TextChoices):
    TRADEMARK = "trademark", _("Trademark")
    COPYRIGHT = "copyright", _("Copyright")
    PATENT = "patent", _("Patent")


# Names of trademarks and copyrighted works are searched for in listings; a patent's name says
# nothing about whether a listing uses the invention, so patents are enforced by complaint only.
SCREENED_RIGHT_KINDS = frozenset({RightKind.TRADEMARK, RightKind.COPYRIGHT})


class BrandStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


BRAND_TRANSITIONS = {
    BrandStatus.PENDING: frozenset({BrandStatus.APPROVED, BrandStatus.REJECTED}),
    BrandStatus.APPROVED: frozenset(),
    BrandStatus.REJECTED: frozenset(),
}


class LicenceStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


# Expiry is not a status: it is the `expires_at` column, compared with the clock when it matters.
LICENCE_TRANSITIONS = {
    LicenceStatus.PENDING: frozenset({LicenceStatus.APPROVED, LicenceStatus.REJECTED}),
    LicenceStatus.APPROVED: frozenset(),
    LicenceStatus.REJECTED: frozenset(),
}


class ComplaintStatus(models.TextChoices):
    OPEN = "open", _("Open: listing taken down, counter-notice possible")
    COUNTERED = "countered", _("Counter-notice filed: awaiting decision")
    IN_REVIEW = "in_review", _("No counter-notice: awaiting decision")
    UPHELD = "upheld", _("Upheld")
    REJECTED = "rejected", _("Rejected")


C = ComplaintStatus
COMPLAINT_TRANSITIONS = {
    # An operator may decide at once; the seller may answer until the deadline; after it the
    # sweep upholds the complaint (or queues it, see IP_COMPLAINT_AUTO_UPHOLD).
    C.OPEN: frozenset({C.COUNTERED, C.IN_REVIEW, C.UPHELD, C.REJECTED}),
    C.COUNTERED: frozenset({C.UPHELD, C.REJECTED}),
    C.IN_REVIEW: frozenset({C.UPHELD, C.REJECTED}),
    C.UPHELD: frozenset(),
    C.REJECTED: frozenset(),
}
del C
AWAITING_DECISION = frozenset({ComplaintStatus.OPEN, ComplaintStatus.COUNTERED,
                               ComplaintStatus.IN_REVIEW})

# Keyword languages the seed covers; operators may add any other language tag.
SEED_LANGUAGES = ("en", "zh", "ru", "es", "pt", "fr")
LANGUAGE_TAG_PATTERN = r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$"
RULE_CODE_PATTERN = r"^[a-z][a-z0-9_]{1,59}$"
MAX_KEYWORDS_PER_RULE = 1000
MAX_KEYWORD_LENGTH = 100
# Uploaded evidence and licences: what a scanner or phone produces, recognised by content.
DOCUMENT_SIGNATURES = {
    b"%PDF-": "pdf",
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpg",
}
