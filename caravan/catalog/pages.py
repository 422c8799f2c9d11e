"""The product page for anonymous visitors, rendered once per listing version and path.

Most product page views come from visitors who are not logged in, and for them the page differs
only by its CSRF token (one per visitor) and the stock (which every purchase changes). The page is
rendered with markers in their place, cached under the detail's key and the request's path, and
each request fills the markers in. The markers carry a value derived from SECRET_KEY, so text a
seller writes cannot forge one.
"""

import hashlib
import hmac
from collections.abc import Callable
from functools import cache as once

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string

from caravan.core.caching import keyed_entry


@once
def _nonce() -> str:
    return hmac.new(settings.SECRET_KEY.encode(), b"product-page-markers",
                    hashlib.sha256).hexdigest()[:16]


def _marker(name: str) -> str:
    return f"@@{_nonce()}-{name}@@"


def anonymous_product_page(request, detail_key: str, product: dict,
                           context: Callable[[], dict]) -> HttpResponse:
    path = hashlib.blake2b(request.get_full_path().encode(), digest_size=12).hexdigest()
    key = f"catalog:page:{detail_key}:{path}"
    html = keyed_entry(key, lambda: _render_with_markers(request, product, context()),
                       settings.CATALOG_DETAIL_CACHE_SECONDS)
    html = html.replace(_marker("csrf"), get_token(request))
    for sku in product["skus"]:
        html = html.replace(_marker(f"stock-{sku['id']}"), str(sku["stock"]))
        html = html.replace(_marker(f"disabled-{sku['id']}"), "" if sku["stock"] else "disabled")
    return HttpResponse(html)


def _render_with_markers(request, product: dict, context: dict) -> str:
    skus = [{**sku, "stock": _marker(f"stock-{sku['id']}"),
             "disabled": _marker(f"disabled-{sku['id']}")} for sku in product["skus"]]
    return render_to_string("catalog/product.html",
                            {**context, "skus": skus, "csrf_token": _marker("csrf")},
                            request=request)
