"""Store pages: search with facets, the product page, a shop's page."""

from django.contrib.messages import get_messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from caravan.core.errors import DomainError
from caravan.pricing.selectors import buyer_terms
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop

from . import detail, pages, selectors
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
    language = _language()
    terms = _buyer_terms(request, language)
    try:
        # The API's cached detail: a warm page costs one query (stock and whether it is live).
        key, product = detail.product_detail_entry(
            product_id=product_id, language=language, currency=terms.currency,
            country=terms.country)
    except DomainError:
        return render(request, "catalog/not_found.html", status=404)
    local = product["sku_display_prices"] or {}
    for sku in product["skus"]:  # the price in the visitor's currency, for display only
        sku["local"] = local.get(str(sku["id"])) if terms.currency != "USD" else None
        sku["disabled"] = "" if sku["stock"] else "disabled"
    if request.user.is_authenticated or get_messages(request):
        return render(request, "catalog/product.html", _page_context(request, product, terms))
    return pages.anonymous_product_page(request, key, product,
                                        lambda: _page_context(request, product, terms))


def _page_context(request, product: dict, terms) -> dict:
    language = _language()
    path = [(cid, selectors.category_name(cid, language))
            for cid in selectors.category_path(product["category_id"])]
    return {"product": product, "category_path": path, "skus": product["skus"],
            "terms": terms, "shipping": product["shipping"]}


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
