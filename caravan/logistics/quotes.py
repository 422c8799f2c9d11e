"""Quotes: every service's price for a parcel to a country, under a seller's terms or not."""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils.translation import gettext as _

from caravan.account.services import country_check
from caravan.core.errors import InvalidInput
from caravan.core.money import Money
from caravan.pricing.constants import BASE_CURRENCY
from caravan.pricing.errors import RateMissing
from caravan.pricing.selectors import convert, display_money

from . import rates
from .constants import MAX_SIDE_CM, MAX_WEIGHT_G, Charge, Refusal
from .models import TemplateCoverage
from .tables import lanes, services

# --- input ------------------------------------------------------------------------------------

def parcel_from_input(*, weight_g, length_cm, width_cm, height_cm, quantity: int = 1
                      ) -> rates.Parcel:
    """A parcel from untrusted numbers, or InvalidInput naming each bad field."""
    errors: dict[str, list[str]] = {}
    try:
        weight = int(weight_g)
        if not 1 <= weight <= MAX_WEIGHT_G:
            raise ValueError
    except (TypeError, ValueError):
        errors["weight_g"] = [_("Weight must be a whole number of grams from 1 to %(max)s.")
                              % {"max": MAX_WEIGHT_G}]
    sides = {}
    for name, value in (("length_cm", length_cm), ("width_cm", width_cm),
                        ("height_cm", height_cm)):
        try:
            side = Decimal(str(value)).quantize(Decimal("0.1"))
            if not 0 < side <= MAX_SIDE_CM:
                raise ValueError
            sides[name] = side
        except (TypeError, ValueError, InvalidOperation):
            errors[name] = [_("Give a size in centimetres above 0 and up to %(max)s.")
                            % {"max": MAX_SIDE_CM}]
    if errors:
        raise InvalidInput(_("The parcel's weight or size is invalid."), fields=errors)
    return rates.Parcel.of_items(weight_g=weight, quantity=quantity, **sides)


def destination_check(country: str) -> str:
    """An ISO 3166-1 alpha-2 code, upper-cased, or InvalidInput on `country`."""
    return country_check(country)


# --- the seller's charge ----------------------------------------------------------------------

@dataclass(frozen=True)
class SellerTerms:
    """How a product's template treats one country: which services, at what charge."""

    handling_days: int
    ships: bool = True
    charges: dict[int, tuple[str, int]] | None = None  # service id -> (charge, discount %)

    def charge_for(self, service_id: int) -> tuple[str, int] | None:
        if self.charges is None:
            return (Charge.STANDARD, 0)
        return self.charges.get(service_id)


def seller_terms(template, country: str) -> SellerTerms:
    """A template's terms to `country`; no template ships everywhere at the standard charge."""
    if template is None:
        return SellerTerms(settings.SHIPPING_HANDLING_DAYS_DEFAULT)
    rows = (TemplateCoverage.objects.filter(template=template, country=country)
            .values_list("group__services__id", "group__charge", "group__discount_pct"))
    charges = {sid: (charge, pct) for sid, charge, pct in rows if sid is not None}
    return SellerTerms(template.handling_days, ships=bool(charges), charges=charges)


# --- quotes -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quote:
    service: rates.Service
    lane: rates.Lane
    chargeable_g: int
    cost: Money  # the carrier's price in its rate-card currency
    list_price: Money  # that price in USD at the rate in force
    price: Money  # what the buyer pays, in USD, after the seller's charge
    charge: str
    fx: dict
    display: dict

    def as_dict(self) -> dict:
        s = self.service
        return {
            "service": s.code, "service_name": s.name, "class": s.service_class,
            "carrier": s.carrier, "price": self.price.as_dict(), "display_price": self.display,
            "days_min": self.lane.days_min, "days_max": self.lane.days_max,
            "tracked": s.tracked, "charge": self.charge,
            "free_shipping": self.charge == Charge.FREE,
            "list_price": self.list_price.as_dict(), "rate_card_price": self.cost.as_dict(),
            "rate_card_fx": self.fx, "chargeable_weight_g": self.chargeable_g,
            "zone": self.lane.zone, "protection_days": self.lane.protection_days,
            "loss_rate_percent": f"{Decimal(s.loss_rate_bps) / 100:f}",
        }


@dataclass
class Options:
    country: str
    parcel: rates.Parcel
    handling_days: int
    quotes: list[Quote] = field(default_factory=list)
    refusals: list[rates.Refused] = field(default_factory=list)

    def cheapest(self) -> Quote | None:
        return min(self.quotes, key=lambda q: (q.price.amount, q.lane.days_max), default=None)

    def fastest(self) -> Quote | None:
        return min(self.quotes, key=lambda q: (q.lane.days_max, q.lane.days_min,
                                               q.price.amount), default=None)

    def as_dict(self) -> dict:
        p = self.parcel
        return {
            "country": self.country, "handling_days": self.handling_days,
            "parcel": {"weight_g": p.weight_g, "length_cm": rates.number_text(p.length_cm),
                       "width_cm": rates.number_text(p.width_cm),
                       "height_cm": rates.number_text(p.height_cm)},
            "quotes": [q.as_dict() for q in self.quotes],
            "refusals": [r.as_dict() for r in self.refusals],
        }


def _buyer_price(list_price: Money, charge: str, discount_pct: int) -> Money:
    if charge == Charge.FREE:
        return Money(0, list_price.currency)
    if charge == Charge.DISCOUNTED:
        return Money.from_decimal(list_price.to_decimal() * (100 - discount_pct) / 100,
                                  list_price.currency)
    return list_price


def _refuse_for_seller(service: rates.Service, country: str, terms: SellerTerms):
    if not terms.ships:
        return rates.Refused(service, Refusal.NOT_SHIPPED,
                             _("The seller does not ship to %(country)s.") % {"country": country})
    return rates.Refused(service, Refusal.NOT_OFFERED,
                         _("The seller does not offer %(service)s to %(country)s.")
                         % {"service": service.name, "country": country})


def _quote(service, lane, parcel, charge, currency, locale):
    priced = rates.rate_card_price(service, lane, parcel)
    if isinstance(priced, rates.Refused):
        return priced
    cost, grams = priced
    try:
        in_usd = convert(cost, BASE_CURRENCY)
    except RateMissing:
        return rates.Refused(service, Refusal.NO_RATE,
                             _("No exchange rate is set for %(code)s, the currency of "
                               "%(service)s's rates.") % {"code": cost.currency,
                                                          "service": service.name})
    price = _buyer_price(in_usd.money, *charge)
    return Quote(service, lane, grams, cost, in_usd.money, price, charge[0],
                 in_usd.rate_info(), display_money(price, currency, locale))


def shipping_options(*, parcel: rates.Parcel, country: str, currency: str = BASE_CURRENCY,
                     locale: str = "en", terms: SellerTerms | None = None) -> Options:
    """Every active service's quote for `parcel` to `country`, or why it cannot take it.

    Quotes are sorted cheapest first. With `terms` (a product's template) the price is what the
    buyer pays; without, it is the carrier's rate (the public calculator).
    """
    terms = terms or SellerTerms(settings.SHIPPING_HANDLING_DAYS_DEFAULT)
    options = Options(country, parcel, terms.handling_days)
    served = lanes(country)
    for service in services():
        lane = served.get(service.id)
        charge = terms.charge_for(service.id)
        if lane is None:
            result = rates.Refused(service, Refusal.NOT_SERVED,
                                   _("%(service)s does not deliver to %(country)s.")
                                   % {"service": service.name, "country": country})
        elif charge is None:
            result = _refuse_for_seller(service, country, terms)
        else:
            result = _quote(service, lane, parcel, charge, currency, locale)
        (options.refusals if isinstance(result, rates.Refused) else options.quotes).append(result)
    options.quotes.sort(key=lambda q: (q.price.amount, q.lane.days_max, q.service.id))
    return options
