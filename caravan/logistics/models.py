from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from caravan.core.models import BaseModel

from .constants import Charge, RateMethod, ServiceClass


class Carrier(BaseModel):
    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=120)
    website = models.URLField(blank=True)
    tracking_url = models.CharField(max_length=300, blank=True,
                                    help_text="with {number} where the tracking number goes")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ShippingService(BaseModel):
    """One product of a carrier, e.g. China Post Registered Air Mail, with its limits.

    Weight limits are inclusive ("up to 2 kg"); size limits are exclusive ("under 90 cm").
    """

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=120)
    carrier = models.ForeignKey(Carrier, on_delete=models.PROTECT, related_name="services")
    service_class = models.CharField(max_length=12, choices=ServiceClass.choices)
    tracked = models.BooleanField(default=True)
    loss_rate_bps = models.PositiveIntegerField(default=0, validators=[MaxValueValidator(10000)],
                                                help_text="typical loss rate, basis points")
    currency = models.CharField(max_length=3, default="CNY", help_text="of the rate cards")
    volumetric_divisor = models.PositiveIntegerField(
        null=True, blank=True, help_text="cm³ per kg (5000 for express); empty: actual weight")
    min_chargeable_g = models.PositiveIntegerField(default=0)
    max_weight_g = models.PositiveIntegerField(validators=[MinValueValidator(1)])
    max_sum_cm = models.DecimalField(max_digits=7, decimal_places=1, null=True, blank=True,
                                     help_text="L+W+H must be under this")
    max_longest_cm = models.DecimalField(max_digits=7, decimal_places=1, null=True, blank=True,
                                         help_text="the longest side must be under this")
    max_length_girth_cm = models.DecimalField(max_digits=7, decimal_places=1, null=True,
                                              blank=True,
                                              help_text="L + 2(W+H) must be under this")
    default_protection_days = models.PositiveSmallIntegerField(default=60)
    active = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)
    source = models.TextField(blank=True, help_text="where the rate cards come from")

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.CheckConstraint(condition=Q(service_class__in=ServiceClass.values),
                                              name="shipping_service_class_valid")]

    def __str__(self) -> str:
        return self.name


class Zone(BaseModel):
    """A destination zone of one service: its countries share a rate card and delivery time."""

    service = models.ForeignKey(ShippingService, on_delete=models.CASCADE, related_name="zones")
    code = models.SlugField(max_length=20)
    name = models.CharField(max_length=120)
    days_min = models.PositiveSmallIntegerField()
    days_max = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["service", "code"]
        constraints = [
            models.UniqueConstraint(fields=["service", "code"], name="zone_code_unique"),
            models.CheckConstraint(condition=Q(days_min__lte=F("days_max")),
                                   name="zone_days_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.service.code}/{self.code}"


class Destination(models.Model):
    """A country a service delivers to, in one of its zones, with the buyer-protection period."""

    service = models.ForeignKey(ShippingService, on_delete=models.CASCADE,
                                related_name="destinations")
    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="destinations")
    country = models.CharField(max_length=2)
    protection_days = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["service", "country"]
        indexes = [models.Index(fields=["country", "service"])]
        constraints = [models.UniqueConstraint(fields=["service", "country"],
                                               name="destination_unique")]

    def __str__(self) -> str:
        return f"{self.service_id}:{self.country}"


class RateBand(models.Model):
    """One weight band of a zone's rate card; a parcel is priced wholly by the band it falls in."""

    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="bands")
    up_to_g = models.PositiveIntegerField(help_text="inclusive upper bound of chargeable weight")
    method = models.CharField(max_length=20, choices=RateMethod.choices)
    item_fee = models.PositiveBigIntegerField(default=0, help_text="minor units, per parcel")
    per_kg = models.PositiveBigIntegerField(default=0, help_text="minor units per kg")
    first_weight_g = models.PositiveIntegerField(default=0)
    first_price = models.PositiveBigIntegerField(default=0)
    step_g = models.PositiveIntegerField(default=0)
    step_price = models.PositiveBigIntegerField(default=0)

    class Meta:
        ordering = ["zone", "up_to_g"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "up_to_g"], name="rate_band_unique"),
            models.CheckConstraint(condition=Q(method__in=RateMethod.values),
                                   name="rate_band_method_valid"),
            models.CheckConstraint(condition=Q(method=RateMethod.PER_GRAM) | Q(step_g__gt=0),
                                   name="rate_band_step_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.zone} up to {self.up_to_g} g"


class ShippingTemplate(BaseModel):
    """A seller's shipping rules, which products point to (services per destination group)."""

    shop = models.ForeignKey("seller.Shop", on_delete=models.CASCADE,
                             related_name="shipping_templates")
    name = models.CharField(max_length=120)
    handling_days = models.PositiveSmallIntegerField(default=7)
    not_served = models.JSONField(default=list, blank=True,
                                  help_text="countries the seller does not ship to")

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class TemplateGroup(models.Model):
    """Destinations that share services and a charge; no countries means every other one."""

    template = models.ForeignKey(ShippingTemplate, on_delete=models.CASCADE,
                                 related_name="groups")
    position = models.PositiveSmallIntegerField(default=0)
    countries = models.JSONField(default=list, blank=True)
    charge = models.CharField(max_length=12, choices=Charge.choices, default=Charge.STANDARD)
    discount_pct = models.PositiveSmallIntegerField(default=0,
                                                    validators=[MaxValueValidator(99)])
    services = models.ManyToManyField(ShippingService, related_name="template_groups")

    class Meta:
        ordering = ["template", "position", "id"]
        constraints = [models.CheckConstraint(condition=Q(charge__in=Charge.values),
                                              name="template_group_charge_valid")]

    def __str__(self) -> str:
        return f"{self.template_id}/{self.position}"


class TemplateCoverage(models.Model):
    """Which group of a template serves a country: written by the template services so that
    'which templates ship to X' is one indexed join (search's ship-to filter)."""

    template = models.ForeignKey(ShippingTemplate, on_delete=models.CASCADE,
                                 related_name="coverage")
    group = models.ForeignKey(TemplateGroup, on_delete=models.CASCADE, related_name="coverage")
    country = models.CharField(max_length=2)

    class Meta:
        indexes = [models.Index(fields=["country", "template"])]
        constraints = [models.UniqueConstraint(fields=["template", "country"],
                                               name="template_coverage_unique")]

    def __str__(self) -> str:
        return f"{self.template_id}:{self.country}"
