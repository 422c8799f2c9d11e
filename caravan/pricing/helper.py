"""The price helper: a suggested USD price for a seller's cost, next to comparable listings.

    price = (cost in USD + shipping folded in) x (1 + margin) / (1 - commission rate)

so that after the platform's commission on the sale the seller keeps cost + margin. Shipping is
folded in only when the seller's template gives free shipping to the reference country; then it
is that country's cheapest free service for the parcel. The result is rounded once, half up to
the cent (core.money).
"""

from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Max, Min
from django.utils.translation import gettext as _

from caravan.catalog.constants import ListingStatus
from caravan.catalog.models import Category, Product
from caravan.core.errors import InvalidInput, NotFound
from caravan.core.money import Money
from caravan.logistics import selectors as logistics

from .constants import BASE_CURRENCY, COST_CURRENCIES
from .selectors import convert


def _inputs_check(*, cost: Decimal, cost_currency: str, margin_pct: Decimal) -> None:
    problems = {}
    if cost_currency not in COST_CURRENCIES:
        problems["cost_currency"] = [_("Costs are in CNY or USD.")]
    if not cost.is_finite() or cost <= 0:
        problems["cost"] = [_("The cost must be above zero.")]
    low, high = settings.PRICE_MARGIN_MIN_PCT, settings.PRICE_MARGIN_MAX_PCT
    if not low <= margin_pct <= high:
        problems["margin_pct"] = [_("The margin is %(low)s-%(high)s%%.")
                                  % {"low": low, "high": high}]
    if problems:
        raise InvalidInput(_("Some inputs are out of range."), fields=problems)


def comparable_prices(*, category: Category) -> dict:
    """Price range (lowest SKU price, USD minor units) of the category's active listings."""
    listings = Product.objects.filter(category=category, status=ListingStatus.ACTIVE,
                                      min_price__gt=0)
    stats = listings.aggregate(count=Count("id"), low=Min("min_price"), high=Max("min_price"))
    median = None
    if stats["count"]:
        median = (listings.order_by("min_price", "id")
                  .values_list("min_price", flat=True)[stats["count"] // 2])
    return {"count": stats["count"],
            **{key: Money(int(value), BASE_CURRENCY).as_dict() if value is not None else None
               for key, value in (("min", stats["low"]), ("median", median),
                                  ("max", stats["high"]))}}


def _free_shipping_usd(*, template, parcel_input: dict | None, country: str) -> Money:
    """The cheapest free service's carrier rate to `country`, or zero when none is free."""
    terms = logistics.seller_terms(template, country)
    if not terms.charges or not any(c == "free" for c, _pct in terms.charges.values()):
        return Money(0, BASE_CURRENCY)
    if parcel_input is None:
        raise InvalidInput(_("Free shipping is folded into the price: give the weight and "
                             "size."), fields={"weight_g": [_("Required with free shipping.")]})
    options = logistics.shipping_options(parcel=logistics.parcel_from_input(**parcel_input),
                                         country=country, terms=terms)
    free = [q for q in options.quotes if q.charge == "free"]
    if not free:
        raise InvalidInput(_("No free service of the template can carry this parcel to "
                             "%(country)s.") % {"country": country},
                           fields={"weight_g": [_("Too heavy or large for the free services.")]})
    return min(q.list_price for q in free)


def price_suggestion(*, shop, cost: Decimal, cost_currency: str, margin_pct: Decimal,
                     category_id: int, template_id: int | None = None,
                     parcel_input: dict | None = None, country: str | None = None) -> dict:
    _inputs_check(cost=cost, cost_currency=cost_currency, margin_pct=margin_pct)
    category = Category.objects.filter(pk=category_id).first()
    if category is None:
        raise NotFound(_("No such category."))
    template = logistics.template_get(shop=shop, template_id=template_id) if template_id else None
    country = logistics.destination_check(country or settings.PRICE_REFERENCE_COUNTRY)
    cost_usd = convert(Money.from_decimal(cost, cost_currency), BASE_CURRENCY)
    shipping = _free_shipping_usd(template=template, parcel_input=parcel_input, country=country)
    commission = Decimal(category.commission_bps) / 10000
    exact = ((cost * cost_usd.rate + shipping.to_decimal()) * (1 + margin_pct / 100)
             / (1 - commission))
    suggested = Money.from_decimal(exact, BASE_CURRENCY)
    comparable = comparable_prices(category=category)
    return {
        "suggested_price": suggested.as_dict(),
        "cost": Money.from_decimal(cost, cost_currency).as_dict(),
        "cost_usd": cost_usd.money.as_dict(), "fx": cost_usd.rate_info(),
        "free_shipping_included": shipping.as_dict(), "reference_country": country,
        "margin_pct": f"{margin_pct.normalize():f}",
        "commission_bps": category.commission_bps,
        "comparable": comparable, "position": _position(suggested, comparable),
    }


def _position(price: Money, comparable: dict) -> str | None:
    if not comparable["count"]:
        return None
    if price.amount < comparable["min"]["amount"]:
        return "below"
    if price.amount > comparable["max"]["amount"]:
        return "above"
    return "within"
