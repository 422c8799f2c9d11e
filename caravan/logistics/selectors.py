"""Reads: shipping quotes, the calculator, a product's cheapest/fastest option, ship-to filters,
sellers' templates and the operator's rate data. The quote engine lives in `quotes` and the
cached tables in `tables`; their public names are re-exported here for other apps.
"""

from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Prefetch
from django.utils.translation import gettext as _

from caravan.catalog.constants import ListingStatus
from caravan.catalog.models import Sku
from caravan.core.errors import InvalidInput, NotFound
from caravan.pricing.constants import BASE_CURRENCY
from caravan.pricing.selectors import buyer_locale, country_currency, currency_check

from . import rates
from .constants import Charge
from .errors import ShippingUnavailable
from .models import (
    Carrier,
    ShippingService,
    ShippingTemplate,
    TemplateCoverage,
    TemplateGroup,
    Zone,
)
from .quotes import (  # noqa: F401  (re-exported)
    Options,
    Quote,
    SellerTerms,
    destination_check,
    parcel_from_input,
    seller_terms,
    shipping_options,
)
from .tables import lanes, logistics_cache_bump, services  # noqa: F401  (re-exported)


def sku_parcel(sku, quantity: int) -> rates.Parcel:
    if not 1 <= quantity <= settings.SHIPPING_QUOTE_MAX_QUANTITY:
        raise InvalidInput(_("Quantity is out of range."),
                           fields={"quantity": [_("From 1 to %(max)s.")
                                                % {"max": settings.SHIPPING_QUOTE_MAX_QUANTITY}]})
    return rates.Parcel.of_items(weight_g=sku.weight_g, length_cm=sku.length_cm,
                                 width_cm=sku.width_cm, height_cm=sku.height_cm,
                                 quantity=quantity)


def sku_shipping_options(*, sku, quantity: int, country: str, currency: str = BASE_CURRENCY,
                         locale: str = "en") -> Options:
    """What the buyer would pay to have `quantity` of `sku` shipped to `country`, per service,
    under the product's shipping template."""
    country = destination_check(country)
    terms = seller_terms(sku.product.shipping_template, country)
    return shipping_options(parcel=sku_parcel(sku, quantity), country=country,
                            currency=currency, locale=locale, terms=terms)


def quote_for_sku(sku, quantity: int, country: str, service_code: str) -> Quote:
    """Checkout's price for one chosen service, or ShippingUnavailable saying why not."""
    options = sku_shipping_options(sku=sku, quantity=quantity, country=country)
    for quote in options.quotes:
        if quote.service.code == service_code:
            return quote
    for refused in options.refusals:
        if refused.service.code == service_code:
            raise ShippingUnavailable(refused.message,
                                      fields={"service": [refused.message]},
                                      code="shipping_unavailable")
    raise ShippingUnavailable(_("No such shipping service."),
                              fields={"service": [_("Unknown service.")]})


def product_shipping_summary(product, country: str, *, currency: str = BASE_CURRENCY,
                             locale: str = "en", sku=None) -> dict:
    """The product page's shipping line to `country`: cheapest and fastest option (quote dicts,
    or None when nothing ships there) and whether any option is free.

    Priced for one unit of `sku`, by default the product's cheapest SKU (uses prefetched
    `product.skus` when the caller prefetched them).
    """
    if sku is None:
        sku = min(product.skus.all(), key=lambda s: (s.price, s.id), default=None)
    country = destination_check(country)
    terms = seller_terms(product.shipping_template, country)
    if sku is None:
        return {"country": country, "cheapest": None, "fastest": None, "free_shipping": False,
                "handling_days": terms.handling_days}
    options = shipping_options(parcel=sku_parcel(sku, 1), country=country, currency=currency,
                               locale=locale, terms=terms)
    cheapest, fastest = options.cheapest(), options.fastest()
    return {
        "country": country, "handling_days": terms.handling_days,
        "cheapest": cheapest.as_dict() if cheapest else None,
        "fastest": fastest.as_dict() if fastest else None,
        "free_shipping": any(q.charge == Charge.FREE for q in options.quotes),
    }


def templates_serving(country: str):
    """Ids of the templates that ship to `country` with at least one active service that
    delivers there (a subquery for `Product.objects.filter(shipping_template__in=...)`).

    Products without a template ship with every service, so a ship-to filter should also keep
    `shipping_template__isnull=True`.
    """
    country = (country or "").upper()
    return (TemplateCoverage.objects
            .filter(country=country, group__services__active=True,
                    group__services__destinations__country=country)
            .values("template_id").distinct())


def sku_for_quote(*, sku_id: int):
    """An SKU of a listing buyers can see, with what quoting it needs, or NotFound."""
    sku = (Sku.objects.select_related("product__shipping_template")
           .filter(pk=sku_id, product__status=ListingStatus.ACTIVE).first())
    if sku is None:
        raise NotFound(_("No such item."))
    return sku


def display_terms(*, country: str, currency: str | None, language: str) -> tuple[str, str]:
    """The display currency (asked for, else the destination's own) and the locale."""
    code = currency_check(currency) if currency else country_currency(country)
    return code, buyer_locale(language, country)


def calculator_options(*, weight_g, length_cm, width_cm, height_cm, country: str,
                       currency: str | None = None, language: str = "en") -> Options:
    """The public calculator: every service's rate for a bare parcel, all input errors at once."""
    problems: dict[str, list[str]] = {}
    parcel = None
    try:
        parcel = parcel_from_input(weight_g=weight_g, length_cm=length_cm, width_cm=width_cm,
                                   height_cm=height_cm)
    except InvalidInput as exc:
        problems.update(exc.fields)
    try:
        country = destination_check(country)
    except InvalidInput:
        problems["country"] = [_("Unknown country: use an ISO 3166-1 code such as DE.")]
    if problems:
        raise InvalidInput(_("Check the parcel and the destination."), fields=problems)
    currency, locale = display_terms(country=country, currency=currency, language=language)
    return shipping_options(parcel=parcel, country=country, currency=currency, locale=locale)


# --- sellers' templates and the service list --------------------------------------------------

def _templates(shop):
    groups = TemplateGroup.objects.prefetch_related("services").order_by("position", "id")
    return (ShippingTemplate.objects.filter(shop=shop)
            .prefetch_related(Prefetch("groups", queryset=groups)).order_by("id"))


def template_list(*, shop) -> list:
    return list(_templates(shop))


def template_get(*, shop, template_id: int):
    template = _templates(shop).filter(pk=template_id).first()
    if template is None:
        raise NotFound(_("No such shipping template."))
    return template


def template_as_dict(template) -> dict:
    return {"id": template.id, "name": template.name, "handling_days": template.handling_days,
            "not_served": template.not_served,
            "groups": [{"position": g.position, "countries": g.countries,
                        "services": sorted(s.code for s in g.services.all()),
                        "charge": g.charge, "discount_pct": g.discount_pct}
                       for g in template.groups.all()]}


def service_catalogue() -> list[dict]:
    rows = (ShippingService.objects.filter(active=True).select_related("carrier")
            .annotate(countries_served=Count("destinations")).order_by("position", "id"))

    def text(value):
        return f"{value.normalize():f}" if value is not None else None
    return [{"code": s.code, "name": s.name, "carrier": s.carrier.name,
             "class": s.service_class, "tracked": s.tracked,
             "loss_rate_percent": f"{Decimal(s.loss_rate_bps) / 100:f}",
             "max_weight_g": s.max_weight_g, "max_sum_cm": text(s.max_sum_cm),
             "max_longest_cm": text(s.max_longest_cm),
             "max_length_girth_cm": text(s.max_length_girth_cm),
             "volumetric_divisor": s.volumetric_divisor, "currency": s.currency,
             "countries_served": s.countries_served} for s in rows]


# --- operator reads ---------------------------------------------------------------------------

def admin_carriers() -> list[Carrier]:
    return list(Carrier.objects.order_by("name"))


def admin_carrier(*, carrier_id: int) -> Carrier:
    carrier = Carrier.objects.filter(pk=carrier_id).first()
    if carrier is None:
        raise NotFound(_("No such carrier."))
    return carrier


def admin_services() -> list[ShippingService]:
    return list(ShippingService.objects.select_related("carrier").order_by("position", "id"))


def admin_service(*, service_id: int) -> ShippingService:
    service = ShippingService.objects.select_related("carrier").filter(pk=service_id).first()
    if service is None:
        raise NotFound(_("No such shipping service."))
    return service


def _zones():
    return Zone.objects.select_related("service").prefetch_related("destinations")


def admin_zones(*, service: ShippingService) -> list[Zone]:
    return list(_zones().filter(service=service).order_by("code"))


def admin_zone(*, zone_id: int) -> Zone:
    zone = _zones().filter(pk=zone_id).first()
    if zone is None:
        raise NotFound(_("No such zone."))
    return zone
