from django.utils.translation import get_language
from ninja import Query, Router

from caravan.core.api import errors
from caravan.core.money import Money
from caravan.logistics.selectors import destination_check
from caravan.pricing import selectors, services

from .schemas import CurrencyOut, ImportTaxOut, ImportTaxQuery

router = Router(tags=["prices"])


@router.get("/currencies", response=list[CurrencyOut], auth=None)
def currency_list(request):
    """ISO 4217 currencies in use, their minor units, and the rate per USD in force (if any)."""
    return selectors.currency_list(locale=selectors.buyer_locale(get_language(), ""))


@router.get("/import-tax-quote", response={200: ImportTaxOut, **errors(409)}, auth=None)
def import_tax_quote(request, query: Query[ImportTaxQuery]):
    """The import VAT/GST collected at checkout for an order of `goods` (+ `shipping`) to
    `country`, or the notice that duties may be charged on delivery."""
    country = destination_check(query.country)
    currency = selectors.currency_check(query.currency)
    quote = services.import_tax_quote(country=country, goods=Money(query.goods, currency),
                                      shipping=Money(query.shipping, currency))
    return quote.as_dict()
