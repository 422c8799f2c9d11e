from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceClass(models.TextChoices):
    POSTAL = "postal", _("Postal small/large packet")
    COOPERATIVE = "cooperative", _("Platform cooperative logistics")
    EXPRESS = "express", _("Commercial express")


class RateMethod(models.TextChoices):
    # price = item_fee + per_kg x chargeable grams / 1000
    PER_GRAM = "per_gram", _("Per-item fee + rate per gram")
    # price = item_fee + first_price + ceil((grams - first_weight_g) / step_g) x step_price
    FIRST_ADDITIONAL = "first_additional", _("First weight + additional weight")


class Charge(models.TextChoices):
    """What a seller's template charges the buyer for a service."""

    STANDARD = "standard", _("Standard (the carrier's rate)")
    DISCOUNTED = "discounted", _("Discounted")
    FREE = "free", _("Free shipping")


class Refusal(models.TextChoices):
    NOT_SERVED = "country_not_served", _("The service does not deliver to this country")
    TOO_HEAVY = "too_heavy", _("Too heavy for the service")
    TOO_LARGE = "too_large", _("Too large for the service")
    NO_RATE = "no_rate", _("No rate is set for this weight")
    NOT_SHIPPED = "seller_does_not_ship_there", _("The seller does not ship to this country")
    NOT_OFFERED = "not_offered_by_seller", _("The seller does not offer this service here")


MAX_WEIGHT_G = 1_000_000  # bounds on input: no parcel weighs a tonne
MAX_SIDE_CM = 10_000
