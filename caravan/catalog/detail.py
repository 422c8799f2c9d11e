"""The product page's data, cached: one small query per read when the cache is warm.

A listing's text, SKUs, images and shop change rarely and only through services that save the
product (or the shop), so the cache key carries both rows' `updated_at`, read live together with
the stock and whether the listing is still on sale. Stock, which every purchase changes, is
never taken from the cache. Category names, exchange rates and shipping tables enter the key
through the versions their own modules keep; CATALOG_DETAIL_CACHE_SECONDS bounds how long a
process with a local-memory cache may serve an entry another process has replaced.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils.translation import gettext as _

from caravan.core.caching import keyed_entry
from caravan.logistics.selectors import product_shipping_summary
from caravan.pricing.selectors import buyer_terms, display_price
from caravan.seller.constants import ShopStatus

from . import selectors
from .api.schemas import ProductDetail
from .constants import ListingStatus
from .errors import ProductNotFound
from .models import Product, Sku
from .selectors import CATEGORY_TREE_KEY

_VERSION_KEYS = (CATEGORY_TREE_KEY, "pricing:fx:version", "logistics:version")


def _live_sql() -> str:
    """Table names come from the models, values are bound parameters."""
    product, sku = Product._meta.db_table, Sku._meta.db_table
    shop = Product._meta.get_field("shop").related_model._meta.db_table
    return (f"SELECT p.updated_at, h.updated_at, s.id, s.stock FROM {product} p "  # noqa: S608
            f"JOIN {shop} h ON h.id = p.shop_id LEFT JOIN {sku} s ON s.product_id = p.id "
            "WHERE p.id = %s AND p.status = %s AND h.status = %s")


def _live(product_id: int) -> tuple[str, dict[int, int]]:
    """(a version of the listing, {sku id: stock}); raises ProductNotFound if it is not on sale."""
    with connection.cursor() as cursor:
        cursor.execute(_live_sql(), [product_id, ListingStatus.ACTIVE, ShopStatus.ACTIVE])
        rows = cursor.fetchall()
    if not rows:
        raise ProductNotFound(_("No such product."))
    version = f"{rows[0][0]}|{rows[0][1]}"
    return version, {sku_id: stock for _p, _s, sku_id, stock in rows if sku_id is not None}


def _versions() -> dict:
    shared = cache.get_many(_VERSION_KEYS)
    if len(shared) < len(_VERSION_KEYS):
        # Start the missing ones here: if the build started them, its entry would be keyed
        # under versions nobody reads again.
        for name in _VERSION_KEYS:
            cache.add(name, time.time_ns(), None)
        shared = cache.get_many(_VERSION_KEYS)
    return shared


def product_detail_cached(*, product_id: int, language: str, currency: str | None,
                          country: str | None) -> dict:
    """The JSON-ready detail of a live product (the API's ProductDetail), with prices also in
    `currency` and shipping quoted to `country` when they are given."""
    return product_detail_entry(product_id=product_id, language=language, currency=currency,
                                country=country)[1]


def product_detail_entry(*, product_id: int, language: str, currency: str | None,
                         country: str | None) -> tuple[str, dict]:
    """(the cache key, which changes whenever anything but the stock does; the detail)."""
    version, stock = _live(product_id)
    shared = _versions()
    parts = [version, language, (currency or "").upper(), (country or "").upper(),
             *(str(shared.get(name)) for name in _VERSION_KEYS)]
    # Hashed: the parts hold client input and timestamps, which not every cache takes as keys.
    digest = hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()
    key = f"catalog:detail:{product_id}:{digest}"
    detail = keyed_entry(key, lambda: _build(product_id, language, currency, country),
                         settings.CATALOG_DETAIL_CACHE_SECONDS)
    for sku in detail["skus"]:
        sku["stock"] = stock.get(sku["id"], 0)
    return key, detail


def _build(product_id: int, language: str, currency: str | None, country: str | None) -> dict:
    product = selectors.product_live(product_id=product_id)
    buyer = buyer_terms(language=language, currency=currency, country=country)
    skus = list(product.skus.all())
    answer = {
        **_described(product, language), "skus": skus,
        "display_price": display_price(product.min_price, buyer.currency, buyer.locale)
        if currency else None,
        "sku_display_prices": {sku.id: display_price(sku.price, buyer.currency, buyer.locale)
                               for sku in skus} if currency else None,
        "shipping": product_shipping_summary(product, buyer.country, currency=buyer.currency,
                                             locale=buyer.locale) if buyer.country else None,
    }
    return ProductDetail.model_validate(answer).model_dump(mode="json")


def _described(product: Product, language: str) -> dict:
    text = selectors.title_in(product, language)
    return {
        "id": product.id, "title": text.title, "description": text.description,
        "language": text.language, "translations": list(product.translations.all()),
        "category_id": product.category_id,
        "category_path": [selectors.category_name(cid, language)
                          for cid in selectors.category_path(product.category_id)],
        "sale_unit": product.sale_unit, "lot_size": product.lot_size,
        "brand_name": product.brand_name, "shop": product.shop,
        "images": [image.image.url for image in product.images.all()],
        "price": {"amount": product.min_price, "currency": "USD"},
    }
