from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from caravan.core.models import BaseModel

from .constants import FxSource, ImportTaxBasis


class FxRate(BaseModel):
    """How many units of `currency` one US dollar buys, from `effective_at` on.

    The newest row whose `effective_at` has passed is the rate in force, whatever its source, so
    an operator's manual rate wins until a newer ECB day is loaded. Rows are kept as history.
    """

    currency = models.CharField(max_length=3)
    rate = models.DecimalField(max_digits=24, decimal_places=10,
                               validators=[MinValueValidator(0)])
    source = models.CharField(max_length=10, choices=FxSource.choices, default=FxSource.MANUAL)
    effective_at = models.DateTimeField()
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["currency", "-effective_at", "-id"]
        indexes = [models.Index(fields=["currency", "effective_at"])]
        constraints = [
            models.UniqueConstraint(fields=["currency", "source", "effective_at"],
                                    name="fx_rate_unique_per_source_and_time"),
            models.CheckConstraint(condition=Q(rate__gt=0), name="fx_rate_positive"),
        ]

    def __str__(self) -> str:
        return f"1 USD = {self.rate} {self.currency} ({self.source}, {self.effective_at:%Y-%m-%d})"


class ImportTaxScheme(BaseModel):
    """A low-value import scheme under which the platform collects VAT/GST at checkout."""

    code = models.SlugField(max_length=20, unique=True)
    name = models.CharField(max_length=120)
    threshold = models.PositiveBigIntegerField(help_text="minor units of threshold_currency, "
                                                         "inclusive ('up to')")
    threshold_currency = models.CharField(max_length=3)
    basis = models.CharField(max_length=12, choices=ImportTaxBasis.choices,
                             default=ImportTaxBasis.CONSIGNMENT)
    shipping_taxed = models.BooleanField(default=True,
                                         help_text="the tax base includes the shipping charge")
    source = models.CharField(max_length=300)

    def __str__(self) -> str:
        return self.name


class ImportTaxRate(BaseModel):
    """The rate a scheme collects for one destination country (e.g. 1900 bps in Germany)."""

    scheme = models.ForeignKey(ImportTaxScheme, on_delete=models.CASCADE, related_name="rates")
    country = models.CharField(max_length=2, unique=True)
    rate_bps = models.PositiveIntegerField(validators=[MaxValueValidator(10000)],
                                           help_text="basis points: 1900 = 19%")
    source = models.CharField(max_length=300)

    class Meta:
        ordering = ["country"]

    def __str__(self) -> str:
        return f"{self.country}: {self.rate_bps / 100}% ({self.scheme.code})"
