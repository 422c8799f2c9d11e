"""Reads of the catalogue: the category tree, search, a live product, a seller's own listings."""

import hashlib
import time
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext as _

from caravan.core import clock
from caravan.core.errors import InvalidInput, NotFound
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop

from . import search
from .constants import ListingStatus
from .errors import ProductNotFound
from .models import Category, ListingEvent, Product, ProductImage, ProductTranslation

CATEGORY_TREE_KEY = "catalog:category-tree"
SORTS = {
    "newest": (("-published_at", "-id"), "published_at"),
    "price_asc": (("min_price", "id"), "min_price"),
    "price_desc": (("-min_price", "-id"), "min_price"),
}


# --- categories ---

def top_categories() -> list[Category]:
    return child_categories(parent_id=None)


def child_categories(*, parent_id: int | None) -> list[Category]:
    return list(Category.objects.filter(parent_id=parent_id).order_by("position", "id"))


# The decoded tree stays in process memory; the shared cache holds only its version, so a read
# costs one small cache lookup instead of unpickling hundreds of categories (measured by bench).
_tree_memo: dict = {"version": None, "tree": None}


def category_tree() -> dict[int, tuple[int | None, str, dict]]:
    """{id: (parent_id, name, translations)} for all categories, rebuilt when they change."""
    version = cache.get(CATEGORY_TREE_KEY)
    if version is None:
        version = clock.now().timestamp()
        cache.set(CATEGORY_TREE_KEY, version, None)
    if _tree_memo["version"] != version or _tree_memo["tree"] is None:
        _tree_memo["tree"] = {c.id: (c.parent_id, c.name, c.name_translations) for c in
                              Category.objects.only("id", "parent_id", "name",
                                                    "name_translations")}
        _tree_memo["version"] = version
    return _tree_memo["tree"]


def category_path(category_id: int) -> list[int]:
    """Ids from the top-level category down to this one."""
    tree, path = category_tree(), []
    while category_id is not None and category_id in tree:
        path.append(category_id)
        category_id = tree[category_id][0]
    return path[::-1]


def category_choices(language: str = "en") -> list[tuple[int, str]]:
    """Every category as (id, "Top › Middle › Leaf"), in tree order."""
    tree = category_tree()
    labelled = [(cid, " › ".join(category_name(c, language) for c in category_path(cid)))
                for cid in tree]
    return sorted(labelled, key=lambda item: item[1])


def category_descendants(category_id: int) -> set[int]:
    tree = category_tree()
    found, frontier = {category_id}, {category_id}
    while frontier:
        frontier = {cid for cid, (parent, _name, _tr) in tree.items() if parent in frontier}
        found |= frontier
    return found


def category_name(category_id: int, language: str) -> str:
    _parent, name, translations = category_tree()[category_id]
    return translations.get(language) or name


# --- search ---

def live_products():
    return Product.objects.filter(status=ListingStatus.ACTIVE, shop__status=ShopStatus.ACTIVE)


def _cursor_value(product: Product, field: str) -> str:
    value = getattr(product, field)
    if isinstance(value, datetime):
        value = int(value.timestamp() * 1_000_000)
    return f"{value}.{product.pk}"


def _after_cursor(queryset, sort: str, cursor: str):
    ordering, field = SORTS[sort]
    try:
        raw_value, raw_id = cursor.split(".")
        value, last_id = int(raw_value), int(raw_id)
    except ValueError as exc:
        raise InvalidInput(_("Invalid cursor."),
                           fields={"cursor": [_("Invalid cursor.")]}) from exc
    if field == "published_at":
        value = datetime.fromtimestamp(value / 1_000_000, tz=UTC)
    op = "lt" if ordering[0].startswith("-") else "gt"
    return queryset.filter(Q(**{f"{field}__{op}": value})
                           | Q(**{field: value, f"id__{op}": last_id}))


def _matching(*, q: str, category_id: int | None, min_price: int | None,
              max_price: int | None, ship_to: str | None, newest_first: bool = False):
    products = live_products()
    match = search.matching(q, newest_first=newest_first) if q else None
    if match is not None:
        products = products.filter(match)
    if category_id:
        products = products.filter(category_id__in=category_descendants(category_id))
    if min_price is not None:
        products = products.filter(min_price__gte=min_price)
    if max_price is not None:
        products = products.filter(min_price__lte=max_price)
    if ship_to:
        from caravan.logistics.selectors import templates_serving

        # A listing without a template ships with every service (logistics' default).
        products = products.filter(Q(shipping_template__in=templates_serving(ship_to))
                                   | Q(shipping_template__isnull=True))
    return products


def facet_counts(products, *, category_id: int | None) -> list[tuple[int, int]]:
    """(category id, listings) one level below the filter (top level when there is none),
    most listings first."""
    depth = len(category_path(category_id)) if category_id else 0
    counts: dict[int, int] = {}
    rows = products.order_by().values("category_id").annotate(n=Count("id"))
    for row in rows:
        path = category_path(row["category_id"])
        if len(path) > depth:
            counts[path[depth]] = counts.get(path[depth], 0) + row["n"]
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def product_search(*, q: str = "", category_id: int | None = None, min_price: int | None = None,
                   max_price: int | None = None, ship_to: str | None = None,
                   sort: str = "newest", cursor: str | None = None, limit: int = 24,
                   language: str = "en") -> dict:
    filters = (q, category_id, min_price, max_price, ship_to)
    where = dict(zip(("q", "category_id", "min_price", "max_price", "ship_to"), filters,
                     strict=True))
    products = _matching(**where)
    # a page newest first may walk the newest listings; the facets count every match
    page = _matching(**where, newest_first=sort == "newest").order_by(*SORTS[sort][0])
    if cursor:
        page = _after_cursor(page, sort, cursor)
    items = list(with_card_data(page[:limit], language))
    next_cursor = _cursor_value(items[-1], SORTS[sort][1]) if len(items) == limit else None
    return {"items": items, "next_cursor": next_cursor,
            "facets": _facets_cached(products, filters, language=language)}


RECOUNT_LOCK_SECONDS = 300


def _facets_cached(products, filters: tuple, *, language: str) -> list[dict]:
    """Facet counts per filter, counted again in the background once SEARCH_FACET_CACHE_SECONDS
    old: a broad query counts tens of thousands of matches (40-130 ms at 200,000 listings),
    the counts are the same for every page of it, and shoppers read them as approximate, so a
    shopper waits for them only the first time. Names follow the language, so they are looked
    up after the cache."""
    key = _facet_key(filters)
    entry = cache.get(key)
    if entry is None:
        counts = facets_count(filters, products)
    else:
        counted_at, counts = entry
        stale = time.time() - counted_at > settings.SEARCH_FACET_CACHE_SECONDS
        # One recount at a time per filter; the lock outlives a worker that died mid-count.
        if stale and cache.add(f"{key}:recounting", 1, RECOUNT_LOCK_SECONDS):
            from .tasks import facets_recount

            facets_recount(filters)
    return [{"category_id": cid, "name": category_name(cid, language), "count": n}
            for cid, n in counts]


def _facet_key(filters: tuple) -> str:
    return f"catalog:facets:{hashlib.blake2b(repr(filters).encode(), digest_size=16).hexdigest()}"


def facets_count(filters: tuple, products=None) -> list[tuple[int, int]]:
    """Count the facets of a search's filters (q, category, min and max price, ship-to) and
    keep them for SEARCH_FACET_STALE_SECONDS; past that a shopper waits for a count again."""
    if products is None:
        q, category_id, min_price, max_price, ship_to = filters
        products = _matching(q=q, category_id=category_id, min_price=min_price,
                             max_price=max_price, ship_to=ship_to)
    counts = facet_counts(products, category_id=filters[1])
    key = _facet_key(filters)
    cache.set(key, (time.time(), counts), settings.SEARCH_FACET_STALE_SECONDS)
    cache.delete(f"{key}:recounting")
    return counts


def _translations_for(language: str):
    wanted = {"en", language}
    return Prefetch("translations", to_attr="wanted_translations",
                    queryset=ProductTranslation.objects.filter(language__in=wanted))


def with_card_data(products, language: str):
    return products.select_related("shop").prefetch_related(_translations_for(language), "images")


def title_in(product: Product, language: str) -> ProductTranslation | None:
    """The product's text in `language`, else English, else its own language."""
    translations = getattr(product, "wanted_translations", None)
    if translations is None:
        translations = list(product.translations.all())
    by_language = {tr.language: tr for tr in translations}
    return (by_language.get(language) or by_language.get("en")
            or by_language.get(product.default_language)
            or next(iter(by_language.values()), None))


# --- one product ---

def product_live(*, product_id: int) -> Product:
    product = (live_products().filter(pk=product_id).select_related("shop", "category")
               .prefetch_related("translations", "skus", "images").first())
    if product is None:
        raise ProductNotFound(_("No such product."))
    return product


def product_any(*, product_id: int) -> Product:
    """Any listing, whatever its status: for operators."""
    product = Product.objects.select_related("shop__owner").filter(pk=product_id).first()
    if product is None:
        raise ProductNotFound(_("No such product."))
    return product


def seller_product(*, shop: Shop, product_id: int) -> Product:
    product = (Product.objects.filter(pk=product_id, shop=shop)
               .prefetch_related("translations", "skus", "images").first())
    if product is None:
        raise ProductNotFound(_("No such product in your shop."))
    return product


def product_image(*, product: Product, image_id: int) -> ProductImage:
    image = ProductImage.objects.filter(pk=image_id, product=product).first()
    if image is None:
        raise NotFound(_("No such image."))
    return image


def seller_products(*, shop: Shop, status: str | None, after: int | None, limit: int):
    products = Product.objects.filter(shop=shop).order_by("-id")
    if status:
        products = products.filter(status=status)
    if after:
        products = products.filter(id__lt=after)
    return list(products.prefetch_related("translations", "skus", "images")[:limit])


def review_queue(*, after: int | None, limit: int) -> list[dict]:
    held = (Product.objects.filter(status=ListingStatus.PENDING_REVIEW).order_by("id")
            .select_related("shop").prefetch_related(_translations_for("en")))
    if after:
        held = held.filter(id__gt=after)
    products = list(held[:limit])
    last_events = {e.product_id: e for e in ListingEvent.objects.filter(
        product__in=products, to_status=ListingStatus.PENDING_REVIEW).order_by("id")}
    return [{"id": p.id, "shop_id": p.shop_id, "shop_name": p.shop.name,
             "title": getattr(title_in(p, "en"), "title", ""),
             "reason": getattr(last_events.get(p.id), "reason", ""),
             "since": getattr(last_events.get(p.id), "created_at", p.updated_at)}
            for p in products]
