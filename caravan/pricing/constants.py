from django.db import models
from django.utils.translation import gettext_lazy as _

BASE_CURRENCY = "USD"  # sellers price in USD and buyers are charged in USD (DOMAIN.md §3)
COST_CURRENCIES = ("CNY", "USD")  # what the price helper accepts as a seller's cost


class FxSource(models.TextChoices):
    ECB = "ecb", _("European Central Bank reference rate")
    PEG = "peg", _("Official peg")
    MANUAL = "manual", _("Set by an operator")
    SEED = "seed", _("Approximate seed rate")
    IDENTITY = "identity", _("Same currency")


class ImportTaxBasis(models.TextChoices):
    CONSIGNMENT = "consignment", _("Value of the consignment")
    ITEM = "item", _("Value of each item")
