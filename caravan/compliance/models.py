import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from caravan.core.models import BaseModel, StatusEvent

from .constants import BrandStatus, ComplaintStatus, LicenceStatus, RightKind, RuleKind


def document_path(instance, filename: str) -> str:
    """A random name: documents are private and their names must not be guessable."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"compliance/{type(instance).__name__.lower()}/{uuid.uuid4().hex}.{suffix[:5]}"


class ComplianceRule(BaseModel):
    """A prohibited or restricted group of goods, found in listings by its keywords.

    `keywords` maps a language tag to phrases ({"en": ["diet pills"], "zh": ["减肥药"]}); a phrase
    ending in `*` matches any word starting with it. `exceptions` are phrases that look like a
    keyword but are not this group (e.g. "wine glass" for alcohol).
    """

    code = models.SlugField(max_length=60, unique=True, help_text=_("stable, e.g. diet_pills"))
    kind = models.CharField(max_length=12, choices=RuleKind.choices)
    name = models.CharField(max_length=120)
    reason = models.CharField(max_length=300, help_text=_("shown to the seller"))
    keywords = models.JSONField(default=dict)
    exceptions = models.JSONField(default=list, blank=True)
    categories = models.ManyToManyField("catalog.Category", blank=True, related_name="+",
                                        help_text=_("none: every category"))
    countries = models.JSONField(default=list, blank=True,
                                 help_text=_("destination countries; none: everywhere"))
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["code"]
        constraints = [models.CheckConstraint(condition=Q(kind__in=RuleKind.values),
                                              name="compliance_rule_kind_valid")]

    def __str__(self) -> str:
        return self.code


class RulesVersion(models.Model):
    """One row: bumped whenever rules or screened brands change, so every process recompiles."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"rules v{self.version}"


class Brand(BaseModel):
    """A right a rights holder registered: a trademark (brand), a copyrighted work or a patent."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="brands")
    kind = models.CharField(max_length=10, choices=RightKind.choices, default=RightKind.TRADEMARK)
    name = models.CharField(max_length=120)
    aliases = models.JSONField(default=list, blank=True)
    registration_number = models.CharField(max_length=60,
                                           help_text=_("trademark, copyright or patent number"))
    jurisdictions = models.JSONField(default=list, help_text=_("ISO 3166 codes, EU or WO"))
    status = models.CharField(max_length=10, choices=BrandStatus.choices,
                              default=BrandStatus.PENDING)
    decision_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["status", "id"]), models.Index(fields=["owner", "id"])]
        constraints = [models.CheckConstraint(condition=Q(status__in=BrandStatus.values),
                                              name="brand_status_valid")]

    def __str__(self) -> str:
        return self.name


class BrandEvent(StatusEvent):
    brand = models.ForeignKey(Brand, on_delete=models.CASCADE, related_name="events")


class Licence(BaseModel):
    """A shop's licence for a restricted rule, or its authorisation to sell a brand."""

    shop = models.ForeignKey("seller.Shop", on_delete=models.CASCADE, related_name="licences")
    rule = models.ForeignKey(ComplianceRule, null=True, blank=True, on_delete=models.PROTECT,
                             related_name="licences")
    brand = models.ForeignKey(Brand, null=True, blank=True, on_delete=models.PROTECT,
                              related_name="licences")
    document = models.FileField(upload_to=document_path, blank=True)
    reference_number = models.CharField(max_length=80, blank=True)
    expires_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=LicenceStatus.choices,
                              default=LicenceStatus.PENDING)
    decision_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["shop", "status", "expires_at"]),
                   models.Index(fields=["status", "id"])]
        constraints = [
            models.CheckConstraint(condition=Q(rule__isnull=True) ^ Q(brand__isnull=True),
                                   name="licence_for_rule_xor_brand"),
            models.CheckConstraint(condition=~Q(document="") | ~Q(reference_number=""),
                                   name="licence_has_document_or_reference"),
            models.CheckConstraint(condition=Q(status__in=LicenceStatus.values),
                                   name="licence_status_valid"),
        ]

    def __str__(self) -> str:
        return f"licence {self.pk} ({self.rule or self.brand})"


class LicenceEvent(StatusEvent):
    licence = models.ForeignKey(Licence, on_delete=models.CASCADE, related_name="events")


class IpComplaint(BaseModel):
    """A rights holder's complaint about a listing: it takes the listing down at once."""

    complainant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                    related_name="ip_complaints")
    brand = models.ForeignKey(Brand, on_delete=models.PROTECT, related_name="complaints")
    product = models.ForeignKey("catalog.Product", on_delete=models.PROTECT,
                                related_name="ip_complaints")
    # The shop at filing time: the seller who answers, and who collects the strike.
    shop = models.ForeignKey("seller.Shop", on_delete=models.PROTECT, related_name="ip_complaints")
    kind = models.CharField(max_length=10, choices=RightKind.choices)
    evidence = models.TextField(max_length=10000)
    evidence_file = models.FileField(upload_to=document_path, blank=True)
    status = models.CharField(max_length=10, choices=ComplaintStatus.choices,
                              default=ComplaintStatus.OPEN)
    counter_notice_due_at = models.DateTimeField()
    counter_notice = models.TextField(blank=True, max_length=10000)
    counter_noticed_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["status", "counter_notice_due_at"]),
                   models.Index(fields=["shop", "id"]),
                   models.Index(fields=["complainant", "id"])]
        constraints = [models.CheckConstraint(condition=Q(status__in=ComplaintStatus.values),
                                              name="ip_complaint_status_valid")]

    def __str__(self) -> str:
        return f"complaint {self.pk} on product {self.product_id}"


class IpComplaintEvent(StatusEvent):
    complaint = models.ForeignKey(IpComplaint, on_delete=models.CASCADE, related_name="events")


class Strike(models.Model):
    """Penalty points on a shop for an upheld complaint; they count until `expires_at`."""

    shop = models.ForeignKey("seller.Shop", on_delete=models.CASCADE, related_name="strikes")
    # One strike per complaint: deciding twice (or a sweep run twice) cannot add points twice.
    complaint = models.OneToOneField(IpComplaint, on_delete=models.PROTECT, related_name="strike")
    points = models.PositiveIntegerField()
    reason = models.CharField(max_length=500)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["shop", "expires_at"])]

    def __str__(self) -> str:
        return f"{self.points} points on shop {self.shop_id}"
