"""Listings: creation and edits, the status lifecycle, and screening on submit and on edit."""

from dataclasses import dataclass

import pycountry
from django.db import transaction
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.account.services import country_check
from caravan.compliance.screening import screen_listing
from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.outbox import outbox_write
from caravan.core.states import transition
from caravan.logistics.models import TemplateCoverage
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop

from . import search
from .constants import (
    EDITABLE_STATUSES,
    LISTING_LANGUAGES,
    LISTING_TRANSITIONS,
    ListingStatus,
    SaleUnit,
)
from .errors import IncompleteListing, NotEditable, SkuOrdered
from .images import image_files
from .models import Category, ListingEvent, Product, ProductImage, ProductTranslation, Sku

SKU_FIELDS = ("options", "price", "stock", "weight_g", "length_cm", "width_cm", "height_cm",
              "hs_code", "origin_country")
PRODUCT_FIELDS = ("category_id", "sale_unit", "lot_size", "default_language", "brand_name",
                  "shipping_template_id")


@dataclass(frozen=True)
class SubmitOutcome:
    status: str
    hits: tuple  # compliance.screening.Hit


# --- writing a listing ---

def _check_fields(shop: Shop, fields: dict) -> dict:
    if "category_id" in fields and not Category.objects.filter(pk=fields["category_id"]).exists():
        raise InvalidInput(_("Unknown category."), fields={"category_id": [_("Unknown category.")]})
    template_id = fields.get("shipping_template_id")
    # locked: a template deleted while the product is saved would break its reference
    if template_id and not shop.shipping_templates.select_for_update().filter(
            pk=template_id).exists():
        raise InvalidInput(_("Unknown shipping template."),
                           fields={"shipping_template_id": [_("Not one of your templates.")]})
    if fields.get("sale_unit") == SaleUnit.PIECE:
        fields["lot_size"] = 1
    if fields.get("sale_unit") == SaleUnit.LOT and fields.get("lot_size", 0) < 2:
        raise InvalidInput(_("A lot holds at least 2 pieces."),
                           fields={"lot_size": [_("At least 2 for a lot.")]})
    if "default_language" in fields and fields["default_language"] not in LISTING_LANGUAGES:
        raise InvalidInput(_("Unsupported language."),
                           fields={"default_language": [_("Not a listing language.")]})
    return fields


def _save_translations(product: Product, translations: list[dict]) -> None:
    for item in translations:
        if item["language"] not in LISTING_LANGUAGES:
            raise InvalidInput(_("Unsupported language."),
                               fields={"translations": [_("Unknown language %(code)s.")
                                                        % {"code": item["language"]}]})
        ProductTranslation.objects.update_or_create(
            product=product, language=item["language"],
            defaults={"title": item["title"].strip(), "description": item.get("description", "")})


def _remove_skus(removed) -> None:
    """Orders keep their SKUs: an ordered one stays (its stock can go to 0). Locked first, so a
    checkout taking its stock meanwhile either comes before (and is seen) or finds it gone."""
    list(removed.select_for_update().values_list("pk", flat=True))
    ordered = sorted(set(removed.filter(order_lines__isnull=False).values_list("code", flat=True)))
    if ordered:
        message = (_("Ordered SKUs stay on the listing; set their stock to 0 instead: "
                     "%(codes)s.") % {"codes": ", ".join(ordered)})
        raise SkuOrdered(message, fields={"skus": [message]})
    removed.delete()


def _save_skus(product: Product, skus: list[dict]) -> None:
    """The SKU list is the whole wanted list: SKUs are matched by code, missing ones removed."""
    codes = [sku["code"] for sku in skus]
    if len(set(codes)) != len(codes):
        raise InvalidInput(_("SKU codes must differ."), fields={"skus": [_("Duplicate code.")]})
    for sku in skus:
        sku["origin_country"] = country_check(sku.get("origin_country") or "CN",
                                              field="origin_country")
        Sku.objects.update_or_create(product=product, code=sku["code"],
                                     defaults={f: sku[f] for f in SKU_FIELDS if f in sku})
    _remove_skus(product.skus.exclude(code__in=codes))
    product.min_price = min((sku["price"] for sku in skus), default=0)
    product.save(update_fields=["min_price"])


@transaction.atomic
def product_create(*, shop: Shop, actor: User, translations: list[dict], skus: list[dict],
                   **fields) -> Product:
    fields = _check_fields(shop, {k: v for k, v in fields.items() if k in PRODUCT_FIELDS})
    product = Product.objects.create(shop=shop, **fields)
    _save_translations(product, translations)
    _save_skus(product, skus)
    return product


def _check_unit(sale_unit: str, lot_size: int) -> None:
    """An edit may change the unit or the lot size alone: the pair it leaves must agree."""
    if sale_unit == SaleUnit.PIECE and lot_size != 1:
        raise InvalidInput(_("A listing sold per piece has a lot size of 1."),
                           fields={"lot_size": [_("Sell it per lot, or leave the lot size at 1.")]})
    if sale_unit == SaleUnit.LOT and lot_size < 2:
        raise InvalidInput(_("A lot holds at least 2 pieces."),
                           fields={"lot_size": [_("At least 2 for a lot.")]})


@transaction.atomic
def product_update(*, product: Product, actor: User, translations: list[dict] | None = None,
                   skus: list[dict] | None = None, **fields) -> Product:
    """Edit a listing. A live listing is screened again, and may go back to review."""
    product = Product.objects.select_for_update().get(pk=product.pk)
    if product.status not in EDITABLE_STATUSES:
        raise NotEditable(_("A suspended or taken-down listing cannot be edited."))
    fields = _check_fields(product.shop, {k: v for k, v in fields.items()
                                          if k in PRODUCT_FIELDS and v is not None})
    _check_unit(fields.get("sale_unit", product.sale_unit),
                fields.get("lot_size", product.lot_size))
    for name, value in fields.items():
        setattr(product, name, value)
    if fields:
        product.save(update_fields=list(fields))
    if translations is not None:
        _save_translations(product, translations)
    if skus is not None:
        _save_skus(product, skus)
    if product.status in (ListingStatus.ACTIVE, ListingStatus.PENDING_REVIEW):
        _rescreen(product, actor=actor, why="edited")
    return product


MAX_IMAGES = 10


@transaction.atomic
def product_image_add(*, product: Product, actor: User, data: bytes) -> ProductImage:
    """Add an image (checked, with a thumbnail); a listing holds at most MAX_IMAGES."""
    product = Product.objects.select_for_update().get(pk=product.pk)
    if product.status not in EDITABLE_STATUSES:
        raise NotEditable(_("A suspended or taken-down listing cannot be edited."))
    count = product.images.count()
    if count >= MAX_IMAGES:
        raise InvalidInput(_("A listing has at most %(n)d images.") % {"n": MAX_IMAGES},
                           fields={"image": [_("Too many images.")]})
    original, thumbnail = image_files(data, stem=get_random_string(12).lower())
    image = ProductImage(product=product, position=count)
    image.image.save(original.name, original, save=False)
    image.thumbnail.save(thumbnail.name, thumbnail, save=False)
    image.save()
    product.save(update_fields=["updated_at"])  # the cached product page follows updated_at
    return image


@transaction.atomic
def product_image_remove(*, image: ProductImage, actor: User) -> None:
    image.image.delete(save=False)
    image.thumbnail.delete(save=False)
    image.delete()
    Product.objects.filter(pk=image.product_id).update(updated_at=clock.now())


# --- lifecycle ---

def listing_transition(*, product: Product, to: ListingStatus, actor: User | None,
                       reason: str) -> ListingEvent:
    """The one way a listing changes status; keeps the search index and `published_at` in step."""
    event = transition(product, to=to, table=LISTING_TRANSITIONS, event_model=ListingEvent,
                       actor=actor, reason=reason, product=product)
    if to == ListingStatus.ACTIVE and product.published_at is None:
        product.published_at = clock.now()
        product.save(update_fields=["published_at"])
    search.index_product(product.pk)
    return event


def _completeness_problems(product: Product) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    languages = set(product.translations.values_list("language", flat=True))
    if "en" not in languages:
        problems["translations"] = [_("An English title is required.")]
    if product.default_language not in languages:
        problems.setdefault("translations", []).append(
            _("A title in the listing's own language is required."))
    if not product.skus.exists():
        problems["skus"] = [_("At least one SKU is required.")]
    return problems


def _ship_to(product: Product) -> list[str]:
    """Where the listing can be sent: its template's countries, or anywhere without one."""
    if product.shipping_template_id is None:
        return [country.alpha_2 for country in pycountry.countries]
    return list(TemplateCoverage.objects.filter(template_id=product.shipping_template_id)
                .values_list("country", flat=True))


def _screening(product: Product):
    texts = [text for tr in product.translations.all() for text in (tr.title, tr.description)]
    return screen_listing(shop_id=product.shop_id, category_id=product.category_id, texts=texts,
                          brand_name=product.brand_name, ship_to=_ship_to(product))


def _apply_screening(product: Product, *, actor: User | None, why: str) -> SubmitOutcome:
    result = _screening(product)
    reason = "; ".join(f"{hit.code}: {hit.reason}" for hit in result.hits) or why
    if result.outcome == "rejected":
        target = ListingStatus.REJECTED
    elif result.outcome == "review" or product.shop.status != ShopStatus.ACTIVE:
        target = ListingStatus.PENDING_REVIEW
        if not result.hits:
            reason = "shop not verified yet"
    else:
        target = ListingStatus.ACTIVE
    if target != product.status:
        listing_transition(product=product, to=target, actor=actor, reason=reason)
        if target == ListingStatus.REJECTED:
            outbox_write(topic="listing.rejected", recipient=product.shop.owner,
                         payload={"product_id": product.pk,
                                  "rules": [hit.code for hit in result.hits]})
    else:
        search.index_product(product.pk)
    return SubmitOutcome(status=product.status, hits=result.hits)


def _rescreen(product: Product, *, actor: User | None, why: str) -> SubmitOutcome:
    return _apply_screening(product, actor=actor, why=why)


@transaction.atomic
def listing_submit(*, product: Product, actor: User) -> SubmitOutcome:
    """Submit a listing: checked for completeness, screened, then live, held or rejected."""
    product = Product.objects.select_for_update().select_related("shop").get(pk=product.pk)
    problems = _completeness_problems(product)
    if problems:
        raise IncompleteListing(_("The listing is not complete."), fields=problems)
    listing_transition(product=product, to=ListingStatus.SUBMITTED, actor=actor,
                       reason="submitted by seller")
    return _apply_screening(product, actor=actor, why="screening passed")


@transaction.atomic
def listing_delist(*, product: Product, actor: User) -> ListingEvent:
    return listing_transition(product=product, to=ListingStatus.DELISTED, actor=actor,
                              reason="delisted by seller")


@transaction.atomic
def listing_review_decide(*, product: Product, actor: User, approve: bool,
                          reason: str) -> ListingEvent:
    """An operator's decision on a held listing."""
    to = ListingStatus.ACTIVE if approve else ListingStatus.REJECTED
    event = listing_transition(product=product, to=to, actor=actor, reason=reason)
    outbox_write(topic="listing.approved" if approve else "listing.rejected",
                 recipient=product.shop.owner, payload={"product_id": product.pk,
                                                        "reason": reason})
    return event


@transaction.atomic
def listings_rescreen_held(*, shop_id: int, actor: User | None) -> list[SubmitOutcome]:
    """Screen a shop's held listings again, e.g. after a licence or the shop was approved."""
    held = Product.objects.select_for_update().select_related("shop").filter(
        shop_id=shop_id, status=ListingStatus.PENDING_REVIEW).order_by("pk")
    return [_rescreen(product, actor=actor, why="cleared on re-screening") for product in held]


@transaction.atomic
def listing_take_down(*, product: Product, actor: User | None, reason: str) -> ListingEvent:
    event = listing_transition(product=product, to=ListingStatus.TAKEN_DOWN, actor=actor,
                               reason=reason)
    outbox_write(topic="listing.taken_down", recipient=product.shop.owner,
                 payload={"product_id": product.pk, "reason": reason})
    return event


@transaction.atomic
def listing_restore(*, product: Product, actor: User | None, reason: str) -> ListingEvent:
    """Back to active after a take-down or suspension was lifted by an operator, whose
    decision stands: the listing is not sent back to review for what was just judged."""
    return listing_transition(product=product, to=ListingStatus.ACTIVE, actor=actor,
                              reason=reason)


@transaction.atomic
def listings_rescreen_live(*, shop_id: int, actor: User | None, why: str) -> list[SubmitOutcome]:
    """Screen a shop's live listings again (a licence expired, a brand was registered)."""
    live = Product.objects.select_for_update().select_related("shop").filter(
        shop_id=shop_id, status=ListingStatus.ACTIVE).order_by("pk")
    return [_rescreen(product, actor=actor, why=why) for product in live]


@transaction.atomic
def listings_suspend_shop(*, shop: Shop, actor: User | None, reason: str) -> int:
    """Suspend every live listing of a shop (a penalty); returns how many."""
    live = Product.objects.select_for_update().filter(shop=shop, status=ListingStatus.ACTIVE)
    count = 0
    for product in live.order_by("pk"):
        listing_transition(product=product, to=ListingStatus.SUSPENDED, actor=actor,
                           reason=reason)
        count += 1
    return count
