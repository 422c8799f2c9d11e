"""The demo catalogue: the category tree below the top level, and generated listings.

Listings are written straight to the tables with bulk_create, one transaction per batch, and
indexed for search in the same batch: the per-row services (screening, an event and an index
write per listing) would take hours for the 200,000 listings `seed-demo --products 200000` asks
for. What the services would have decided is decided here: clean listings of active shops are
live, restricted items wait for review with the event screening would have written.

Listing n is drawn from its own random.Random, so it comes out the same whatever ran before. Its
first SKU is coded "DEMO-{n:06d}-1": a second run with the same count finds every code and adds
nothing, a larger count adds only the missing numbers.
"""

import gc
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import product as cartesian

from django.conf import settings
from django.db import transaction

from caravan.catalog import search
from caravan.catalog.constants import ListingStatus, SaleUnit
from caravan.catalog.models import (
    Category,
    CategoryAttribute,
    ListingEvent,
    Product,
    ProductTranslation,
    Sku,
)
from caravan.compliance.seed_data import RULES
from caravan.core import clock
from caravan.logistics.models import ShippingTemplate
from caravan.logistics.seeding import DEMO_TEMPLATE
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop

from . import catalog_data as cd
from .data import CATEGORIES, DEMO_DOMAIN, SHOPS

SKU_PREFIX = "DEMO-"
BATCH_SIZE = 2000
RESTRICTED_EVERY = 100  # listing n is a restricted item when n % 100 == 50: about 1%
LOT_SIZES = (5, 10, 20, 50, 100)
MAX_LOT_PRICE = 500  # cents a piece: cheaper goods are often sold by the lot (DOMAIN.md §1)
MAX_LOT_GRAMS = 2000  # a lot must still fit a postal small packet (DOMAIN.md §4)
LEAF_STRIDE = 7919  # prime: consecutive listings land in far-apart categories
HELD_REASON = "held: licence required"
_RULE_REASONS = {rule["code"]: rule["reason"] for rule in RULES}


def leaf_slug(top: str, branch: cd.Branch, leaf: cd.Leaf | None = None) -> str:
    return f"{top}--{branch.slug}" + (f"--{leaf.slug}" if leaf else "")


# --- the category tree ---------------------------------------------------------------------------

@transaction.atomic
def seed_category_tree() -> int:
    """Create or update all three levels and the second level's attributes; returns how many
    categories were created. Keyed by slug, so running it again changes nothing."""
    existing = {category.slug: category for category in Category.objects.all()}
    attributes = {(a.category_id, a.code): a for a in CategoryAttribute.objects.all()}
    created = 0
    for position, (slug, name, bps) in enumerate(CATEGORIES, start=1):
        top, new = _upsert(existing, slug, parent_id=None, name=name, position=position,
                           name_translations=cd.TOP_TRANSLATIONS[slug], commission_bps=bps)
        created += new
        for b_position, branch in enumerate(cd.TREE[slug], start=1):
            middle, new = _upsert(existing, leaf_slug(slug, branch), parent_id=top.id,
                                  name=branch.name, name_translations=branch.translations,
                                  position=b_position, commission_bps=bps)
            created += new
            _upsert_attributes(attributes, middle, branch.attributes)
            for l_position, leaf in enumerate(branch.leaves, start=1):
                _leaf, new = _upsert(existing, leaf_slug(slug, branch, leaf),
                                     parent_id=middle.id, name=leaf.name,
                                     name_translations=leaf.translations, position=l_position,
                                     commission_bps=bps)
                created += new
    return created


def _upsert(existing: dict[str, Category], slug: str, **values) -> tuple[Category, bool]:
    category = existing.get(slug)
    if category is None:
        existing[slug] = Category.objects.create(slug=slug, **values)
        return existing[slug], True
    changed = [field for field, value in values.items() if getattr(category, field) != value]
    for field in changed:
        setattr(category, field, values[field])
    if changed:
        category.save(update_fields=changed)
    return category, False


def _upsert_attributes(existing: dict, category: Category,
                       attributes: tuple[cd.Attribute, ...]) -> None:
    for attribute in attributes:
        options = list(attribute.options) if attribute.kind == "choice" else []
        values = {"name": attribute.name, "kind": attribute.kind, "options": options}
        row = existing.get((category.id, attribute.code))
        if row is None:
            CategoryAttribute.objects.create(category=category, code=attribute.code, **values)
        elif any(getattr(row, field) != value for field, value in values.items()):
            CategoryAttribute.objects.filter(pk=row.pk).update(**values)


# --- what listings are made of -------------------------------------------------------------------

@dataclass(frozen=True)
class _Slot:
    """A third-level category with what its SKUs may vary by."""

    top: str
    leaf: cd.Leaf
    category_id: int
    combos: tuple[dict[str, str], ...]  # option sets SKUs differ by (first two choice attributes)
    fixed: tuple[cd.Attribute, ...]  # one value per listing (other attributes)


@dataclass(frozen=True)
class _Catalogue:
    slots: tuple[_Slot, ...]
    by_leaf: dict[str, _Slot]
    shops: tuple[Shop, ...]
    shops_by_focus: dict[str, tuple[Shop, ...]]
    templates: dict[int, int]  # shop id -> its demo shipping template, where it has one

    @classmethod
    def load(cls, shops: list[Shop]) -> "_Catalogue":
        ids = dict(Category.objects.filter(parent__parent__isnull=False)
                   .values_list("slug", "id"))
        slots = tuple(_slot(top, branch, leaf, ids[leaf_slug(top, branch, leaf)])
                      for top, branches in cd.TREE.items() for branch in branches
                      for leaf in branch.leaves)
        focus = {shop["name"]: shop["category"] for shop in SHOPS}
        by_focus: dict[str, list[Shop]] = {}
        for shop in shops:
            by_focus.setdefault(focus.get(shop.name, ""), []).append(shop)
        templates = dict(ShippingTemplate.objects.filter(shop__in=shops, name=DEMO_TEMPLATE)
                         .order_by("-id").values_list("shop_id", "id"))
        return cls(slots=slots, by_leaf={slot.leaf.slug: slot for slot in slots},
                   shops=tuple(shops), shops_by_focus={k: tuple(v) for k, v in by_focus.items()},
                   templates=templates)

    def shop_for(self, top: str, n: int) -> Shop:
        shops = (self.shops_by_focus.get(top) or self.shops_by_focus.get(cd.RELATED_FOCUS.get(top))
                 or self.shops)
        return shops[n % len(shops)]


def _slot(top: str, branch: cd.Branch, leaf: cd.Leaf, category_id: int) -> _Slot:
    choices = [a for a in branch.attributes if a.kind == "choice"]
    varying, fixed = choices[:2], choices[2:] + [a for a in branch.attributes if a.kind == "text"]
    combos = tuple(dict(zip([a.code for a in varying], values, strict=True))
                   for values in cartesian(*(a.options for a in varying)))
    return _Slot(top, leaf, category_id, combos, tuple(fixed))


def _active_demo_shops() -> list[Shop]:
    return list(Shop.objects.filter(status=ShopStatus.ACTIVE,
                                    owner__email__endswith=f"@{DEMO_DOMAIN}")
                .only("id", "name", "country", "owner_id").order_by("pk"))


def _existing_numbers() -> set[int]:
    codes = Sku.objects.filter(code__startswith=SKU_PREFIX, code__endswith="-1").values_list(
        "code", flat=True)
    bodies = (code[len(SKU_PREFIX):-2] for code in codes)
    return {int(body) for body in bodies if body.isdigit()}


# --- generating listings -------------------------------------------------------------------------

@dataclass
class _Plan:
    product: Product
    translations: list[dict]
    skus: list[dict]
    events: list[dict]
    document: str | None  # search tokens of a live listing


def generate_products(count: int, seed: int = 7) -> int:
    """Create demo listings 1..count that do not exist yet, in the active demo shops; returns
    how many were created."""
    seed_category_tree()  # the listings need the third level; cheap when it is up to date
    shops = _active_demo_shops()
    if count <= 0 or not shops:
        return 0
    existing = _existing_numbers()
    missing = [n for n in range(1, count + 1) if n not in existing]
    catalogue, now = _Catalogue.load(shops), clock.now()
    with _bulk_mode():
        for start in range(0, len(missing), BATCH_SIZE):
            _write([_draw(n, seed, catalogue, now) for n in missing[start:start + BATCH_SIZE]])
    return len(missing)


@contextmanager
def _bulk_mode() -> Iterator[None]:
    """Measured at 200,000 listings: the cyclic garbage collector, woken again and again by the
    many short-lived objects of each batch, costs a quarter of the time (Django model instances
    form no cycles; refcounting frees them), and with DEBUG on Django would keep the SQL of the
    last 9,000 inserts, some 300 MB."""
    collecting, debug = gc.isenabled(), settings.DEBUG
    gc.disable()
    settings.DEBUG = False
    try:
        yield
    finally:
        settings.DEBUG = debug
        if collecting:
            gc.enable()


@transaction.atomic
def _write(plans: list[_Plan]) -> None:
    # Both SQLite (>= 3.35) and PostgreSQL return the new primary keys from bulk_create.
    Product.objects.bulk_create([plan.product for plan in plans])
    ProductTranslation.objects.bulk_create(
        [ProductTranslation(product_id=plan.product.pk, **tr)
         for plan in plans for tr in plan.translations])
    Sku.objects.bulk_create(
        [Sku(product_id=plan.product.pk, **sku) for plan in plans for sku in plan.skus])
    ListingEvent.objects.bulk_create(
        [ListingEvent(product_id=plan.product.pk, **event)
         for plan in plans for event in plan.events])
    search.index_bulk([(plan.product.pk, plan.document) for plan in plans
                       if plan.document is not None])


def _draw(n: int, seed: int, catalogue: _Catalogue, now: datetime) -> _Plan:
    rng = random.Random(seed * 1_000_003 + n)  # noqa: S311 (demo data, not a secret)
    item = None
    if n % RESTRICTED_EVERY == RESTRICTED_EVERY // 2:
        item = cd.RESTRICTED[(n // RESTRICTED_EVERY) % len(cd.RESTRICTED)]
        slot = catalogue.by_leaf[item.leaf]
    else:
        slot = catalogue.slots[(n * LEAF_STRIDE) % len(catalogue.slots)]
    spec = item or slot.leaf
    shop = catalogue.shop_for(slot.top, n)
    origin = "HK" if shop.country == "HK" and rng.random() < 0.3 else "CN"
    piece_price = _cents(rng.randint(*spec.cents))
    grams = rng.randint(*spec.grams)
    lot_size = 1 if item else _lot_size(rng, piece_price, grams)
    unit_price = (piece_price if lot_size == 1
                  else _cents(piece_price * lot_size * rng.uniform(0.6, 0.85)))
    titles = item.title if item else rng.choice(slot.leaf.titles)
    translations = _texts(rng, titles, None if item else slot.leaf.translations, lot_size,
                          shop.country)
    skus = _skus(rng, n, slot, spec, unit_price, grams * lot_size, lot_size, origin)
    brand = rng.choice(cd.BRANDS) if rng.random() < 0.3 else ""
    product = Product(
        shop_id=shop.id, category_id=slot.category_id, brand_name=brand, lot_size=lot_size,
        shipping_template_id=catalogue.templates.get(shop.id),
        sale_unit=SaleUnit.LOT if lot_size > 1 else SaleUnit.PIECE,
        default_language=("zh-hans" if "zh-hans" in {t["language"] for t in translations}
                          and rng.random() < 0.3 else "en"),
        min_price=min(sku["price"] for sku in skus))
    events = _timeline(rng, product, now, shop, item)
    document = None if item else _document(
        brand, *(text for tr in translations for text in (tr["title"], tr["description"])))
    return _Plan(product, translations, skus, events, document)


@lru_cache(maxsize=1 << 18)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(search.tokens(text))


def _document(*texts: str) -> str:
    """search.document(*texts), tokenising each distinct text once per process: demo titles
    and descriptions repeat, and tokenising them again was half the time of drawing a listing."""
    return " ".join(dict.fromkeys(token for text in texts for token in _tokens(text)))


def _cents(amount: float) -> int:
    """A shop price: ends in 9 cents, at least 9."""
    return max(9, int(amount) // 10 * 10 + 9)


def _lot_size(rng: random.Random, piece_price: int, grams: int) -> int:
    if piece_price > MAX_LOT_PRICE or rng.random() < 0.5:
        return 1
    sizes = [size for size in LOT_SIZES if size * grams <= MAX_LOT_GRAMS]
    return rng.choice(sizes) if sizes else 1


def _texts(rng: random.Random, titles: dict[str, str], names: dict[str, str] | None,
           lot_size: int, ships_from: str) -> list[dict]:
    """English always, Chinese mostly, Russian, Spanish, Portuguese and French sometimes.

    Portuguese and French titles are the category's name: no phrase list is kept for them."""
    phrases = {"en": titles["en"]}
    for language, share in (("zh-hans", 0.8), ("ru", 0.35), ("es", 0.25)):
        if language in titles and rng.random() < share:
            phrases[language] = titles[language]
    for language in ("pt", "fr"):
        if names and rng.random() < 0.12:
            phrases[language] = names[language]
    modifier = rng.randrange(len(cd.TITLE_MODIFIERS["en"]))
    days = rng.choice((2, 3, 5, 7))
    texts = []
    for language, phrase in phrases.items():
        parts = [cd.TITLE_MODIFIERS[language][modifier], phrase,
                 cd.LOT_SUFFIX[language].format(n=lot_size) if lot_size > 1 else ""]
        description = cd.DESCRIPTION[language].format(
            title=phrase, place=cd.SHIPS_FROM[ships_from][language], days=days)
        texts.append({"language": language, "title": " ".join(p for p in parts if p),
                      "description": description})
    return texts


def _skus(rng: random.Random, n: int, slot: _Slot, spec: cd.Leaf | cd.Restricted,
          unit_price: int, grams: int, lot_size: int, origin: str) -> list[dict]:
    wanted = rng.choice((1, 1, 2, 2, 3, 4))
    combos = rng.sample(slot.combos, min(wanted, len(slot.combos))) if slot.combos else [{}]
    fixed = {attribute.code: rng.choice(attribute.options) for attribute in slot.fixed}
    scale = lot_size ** (1 / 3)  # a lot packs its pieces in a box about that much larger
    skus = []
    for number, combo in enumerate(combos, start=1):
        skus.append({
            "code": f"{SKU_PREFIX}{n:06d}-{number}",
            "options": {**combo, **fixed},
            "price": unit_price if number == 1 else _cents(unit_price * rng.uniform(0.95, 1.25)),
            "stock": 0 if rng.random() < 0.04 else rng.randint(5, 999),
            "weight_g": max(1, round(grams * rng.uniform(0.97, 1.05))),
            **{f"{side}_cm": Decimal(f"{max(0.5, cm * scale * rng.uniform(0.95, 1.05)):.1f}")
               for side, cm in zip(("length", "width", "height"), spec.size_cm, strict=True)},
            "hs_code": spec.hs_code,
            "origin_country": origin,
        })
    return skus


def _timeline(rng: random.Random, product: Product, now: datetime, shop: Shop,
              item: cd.Restricted | None) -> list[dict]:
    """Dates and status of a listing, and the events of one held by screening."""
    if item is None:
        product.status = ListingStatus.ACTIVE
        product.published_at = now - timedelta(seconds=rng.randrange(90 * 86400))
        product.created_at = product.published_at - timedelta(seconds=rng.randrange(600, 3 * 86400))
        product.updated_at = product.published_at
        return []
    product.status = ListingStatus.PENDING_REVIEW
    submitted = now - timedelta(seconds=rng.randrange(600, 10 * 86400))
    product.created_at = submitted - timedelta(seconds=rng.randrange(60, 3600))
    product.updated_at = submitted
    rule = _RULE_REASONS.get(item.rule)
    reason = f"{HELD_REASON}; {item.rule}: {rule}" if rule else HELD_REASON
    return [
        {"from_status": ListingStatus.DRAFT, "to_status": ListingStatus.SUBMITTED,
         "actor_id": shop.owner_id, "reason": "submitted by seller", "created_at": submitted},
        {"from_status": ListingStatus.SUBMITTED, "to_status": ListingStatus.PENDING_REVIEW,
         "actor_id": None, "reason": reason[:500], "created_at": submitted},
    ]
