from django.utils.translation import get_language
from ninja import Query, Router

from caravan.core.api import errors
from caravan.logistics import selectors

from .schemas import CalculatorQuery, QuoteQuery, QuotesOut

router = Router(tags=["shipping"])


@router.get("/shipping-quotes", response={200: QuotesOut, **errors(404)}, auth=None,
            by_alias=True)
def shipping_quotes(request, query: Query[QuoteQuery]):
    """What shipping `quantity` of an SKU to `country` costs the buyer, per service, under the
    seller's template; services that cannot take it are listed with the reason."""
    sku = selectors.sku_for_quote(sku_id=query.sku)
    country = selectors.destination_check(query.country)
    currency, locale = selectors.display_terms(country=country, currency=query.currency,
                                               language=get_language())
    options = selectors.sku_shipping_options(sku=sku, quantity=query.quantity, country=country,
                                             currency=currency, locale=locale)
    return options.as_dict()


@router.get("/shipping-calculator", response={200: QuotesOut, **errors()}, auth=None,
            by_alias=True)
def shipping_calculator(request, query: Query[CalculatorQuery]):
    """Every service's rate for a bare weight and size to `country` (the public calculator)."""
    options = selectors.calculator_options(
        weight_g=query.weight_g, length_cm=query.length_cm, width_cm=query.width_cm,
        height_cm=query.height_cm, country=query.country, currency=query.currency,
        language=get_language())
    return options.as_dict()
