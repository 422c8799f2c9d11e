"""Store pages: search with facets, the product page, a shop's page."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from caravan.core.errors import DomainError
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
    return render(request, "catalog/product.html", {
        "product": product, "text": text, "category_path": path,
        "skus": list(product.skus.all()), "images": list(product.images.all()),
    })


def shop_page(request, slug: str):
    shop = get_object_or_404(Shop, slug=slug, status=ShopStatus.ACTIVE)
    products = selectors.with_card_data(
        selectors.live_products().filter(shop=shop).order_by("-published_at", "-id"), _language())
    page = Paginator(products, 24).get_page(request.GET.get("page"))
    return render(request, "catalog/shop.html", {"shop": shop, "page": page,
                                                 "language": _language()})
