"""Store pages: search with facets, the product page, a shop's page."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from caravan.core.errors import DomainError
from caravan.logistics.selectors import product_shipping_summary
from caravan.pricing.selectors import buyer_terms, display_price
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop

from . import selectors
from .forms import SearchForm


def _language() -> str:
    return get_language() or "en"


def search_page(request):
    form = SearchForm(request.GET or None)
    page, error = None, None
    if form.is_valid():
        filters = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
        try:
            page = selectors.product_search(**filters, language=_language())
        except DomainError as exc:
            error = exc.message
    elif request.GET:
        error = "; ".join(str(m) for messages in form.errors.values() for m in messages)
    context = {"form": form, "page": page, "error": error, "language": _language(),
               "query": request.GET.copy()}
    template = "catalog/_results.html" if request.htmx else "catalog/search.html"
    return render(request, template, context, status=422 if error else 200)


def product_page(request, product_id: int):
    try:
        product = selectors.product_live(product_id=product_id)
    except DomainError:
        return render(request, "catalog/not_found.html", status=404)
    language = _language()
    text = selectors.title_in(product, language)
    path = [(cid, selectors.category_name(cid, language))
            for cid in selectors.category_path(product.category_id)]
    terms = _buyer_terms(request, language)
    skus = list(product.skus.all())
    for sku in skus:  # the price in the visitor's currency, for display only
        sku.local = (display_price(sku.price, terms.currency, terms.locale)
                     if terms.currency != "USD" else None)
    return render(request, "catalog/product.html", {
        "product": product, "text": text, "category_path": path, "skus": skus,
        "images": list(product.images.all()), "terms": terms,
        "shipping": product_shipping_summary(product, terms.country, currency=terms.currency,
                                             locale=terms.locale) if terms.country else None,
    })


def _buyer_terms(request, language: str):
    """The visitor's currency and destination: ?country= first, then the buyer profile."""
    profile = (getattr(request.user, "buyer_profile", None)
               if request.user.is_authenticated else None)
    try:
        return buyer_terms(language=language, profile=profile,
                           country=request.GET.get("country") or None)
    except DomainError:
        return buyer_terms(language=language, profile=profile)


def shop_page(request, slug: str):
    shop = get_object_or_404(Shop, slug=slug, status=ShopStatus.ACTIVE)
    products = selectors.with_card_data(
        selectors.live_products().filter(shop=shop).order_by("-published_at", "-id"), _language())
    page = Paginator(products, 24).get_page(request.GET.get("page"))
    return render(request, "catalog/shop.html", {"shop": shop, "page": page,
                                                 "language": _language()})
