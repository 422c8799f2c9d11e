"""The rate engine: pure functions from a parcel, a service and its zone to a price or a refusal.

No database here: selectors load services, zones and bands into these frozen records (cached),
so the arithmetic can be tested by hand-computed cases.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from caravan.core.money import Money, exponent

from .constants import RateMethod, Refusal, ServiceClass


@dataclass(frozen=True)
class Parcel:
    weight_g: int
    length_cm: Decimal
    width_cm: Decimal
    height_cm: Decimal

    @classmethod
    def of_items(cls, *, weight_g: int, length_cm, width_cm, height_cm,
                 quantity: int = 1) -> "Parcel":
        """`quantity` identical packages in one parcel, stacked along their shortest side."""
        longest, middle, shortest = sorted((Decimal(length_cm), Decimal(width_cm),
                                            Decimal(height_cm)), reverse=True)
        return cls(weight_g * quantity, longest, middle, shortest * quantity)

    @property
    def sides(self) -> tuple[Decimal, Decimal, Decimal]:
        longest, middle, shortest = sorted((self.length_cm, self.width_cm, self.height_cm),
                                           reverse=True)
        return longest, middle, shortest

    @property
    def sum_cm(self) -> Decimal:
        return sum(self.sides, Decimal(0))

    @property
    def length_girth_cm(self) -> Decimal:
        longest, middle, shortest = self.sides
        return longest + 2 * (middle + shortest)

    def volumetric_g(self, divisor: int) -> int:
        """L x W x H / divisor kilograms, in grams rounded up."""
        volume = self.length_cm * self.width_cm * self.height_cm
        return math.ceil(volume * 1000 / divisor)


@dataclass(frozen=True)
class Band:
    up_to_g: int
    method: str
    item_fee: int = 0
    per_kg: int = 0
    first_weight_g: int = 0
    first_price: int = 0
    step_g: int = 0
    step_price: int = 0

    def price_minor(self, grams: int) -> Decimal:
        if self.method == RateMethod.PER_GRAM:
            return self.item_fee + Decimal(self.per_kg) * grams / 1000
        steps = math.ceil(max(0, grams - self.first_weight_g) / self.step_g)
        return Decimal(self.item_fee + self.first_price + steps * self.step_price)


@dataclass(frozen=True)
class Service:
    id: int
    code: str
    name: str
    carrier: str
    service_class: str
    tracked: bool
    loss_rate_bps: int
    currency: str
    max_weight_g: int
    volumetric_divisor: int | None = None
    min_chargeable_g: int = 0
    max_sum_cm: Decimal | None = None
    max_longest_cm: Decimal | None = None
    max_length_girth_cm: Decimal | None = None

    @property
    def class_label(self) -> str:
        return str(ServiceClass(self.service_class).label)


@dataclass(frozen=True)
class Lane:
    """A service's terms to one country: its zone's delivery time and rate card."""

    zone: str
    days_min: int
    days_max: int
    protection_days: int
    bands: tuple[Band, ...]


@dataclass(frozen=True)
class Refused:
    service: Service
    reason: str
    message: str

    def as_dict(self) -> dict:
        return {"service": self.service.code, "reason_code": self.reason, "message": self.message}


def chargeable_g(service: Service, parcel: Parcel) -> int:
    """The weight the carrier bills: actual, volumetric when the service uses it, at least the
    service's minimum."""
    grams = parcel.weight_g
    if service.volumetric_divisor:
        grams = max(grams, parcel.volumetric_g(service.volumetric_divisor))
    return max(grams, service.min_chargeable_g)


def size_refusal(service: Service, parcel: Parcel) -> Refused | None:
    """Why the parcel does not fit the service, or None: weight first, then size."""
    if parcel.weight_g > service.max_weight_g:
        return Refused(service, Refusal.TOO_HEAVY,
                       _("%(service)s takes parcels up to %(limit)s g; this one weighs %(w)s g.")
                       % {"service": service.name, "limit": service.max_weight_g,
                          "w": parcel.weight_g})
    checks = (
        (service.max_longest_cm, parcel.sides[0],
         _("%(service)s needs the longest side under %(limit)s cm; it is %(v)s cm.")),
        (service.max_sum_cm, parcel.sum_cm,
         _("%(service)s needs length + width + height under %(limit)s cm; they add up to "
           "%(v)s cm.")),
        (service.max_length_girth_cm, parcel.length_girth_cm,
         _("%(service)s needs length + girth under %(limit)s cm; it is %(v)s cm.")),
    )
    for limit, value, message in checks:
        if limit is not None and value >= limit:
            return Refused(service, Refusal.TOO_LARGE,
                           message % {"service": service.name, "limit": number_text(limit),
                                      "v": number_text(value)})
    return None


def number_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def rate_card_price(service: Service, lane: Lane, parcel: Parcel) -> tuple[Money, int] | Refused:
    """The carrier's price in its rate-card currency and the chargeable grams, or a refusal."""
    refused = size_refusal(service, parcel)
    if refused:
        return refused
    grams = chargeable_g(service, parcel)
    band = next((b for b in lane.bands if grams <= b.up_to_g), None)
    if band is None:
        return Refused(service, Refusal.TOO_HEAVY if lane.bands else Refusal.NO_RATE,
                       _("%(service)s has no rate for %(g)s g chargeable to this destination.")
                       % {"service": service.name, "g": grams})
    # One rounding, half up on the minor unit (core.money), of the exact band price.
    minor = band.price_minor(grams)
    return Money.from_decimal(minor.scaleb(-exponent(service.currency)), service.currency), grams
