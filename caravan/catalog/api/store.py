import json
from typing import Literal

from django.http import HttpResponse
from django.utils.translation import get_language
from ninja import Query, Router, Schema
from pydantic import Field

from caravan.catalog import detail, selectors
from caravan.core.api import ObjectId, errors

from .schemas import ProductDetail, ProductSearchPage

router = Router(tags=["catalog"])


class CategoryOut(Schema):
    id: int
    slug: str
    name: str
    parent_id: int | None


class SearchQuery(Schema):
    q: str = Field("", max_length=200)
    category: ObjectId | None = None
    min_price: int | None = Field(None, ge=0, le=10**12, description="USD minor units")
    max_price: int | None = Field(None, ge=0, le=10**12, description="USD minor units")
    ship_to: str | None = Field(None, min_length=2, max_length=2)
    sort: Literal["newest", "price_asc", "price_desc"] = "newest"
    cursor: str | None = Field(None, max_length=60)
    limit: int = Field(24, ge=1, le=100)


def _language(request) -> str:
    return get_language() or "en"


def _card(product, language: str) -> dict:
    text = selectors.title_in(product, language)
    images = list(product.images.all())
    return {"id": product.id, "title": getattr(text, "title", ""),
            "price": {"amount": product.min_price, "currency": "USD"},
            "category_id": product.category_id, "sale_unit": product.sale_unit,
            "lot_size": product.lot_size, "shop": product.shop,
            "image": (images[0].thumbnail or images[0].image).url if images else None}


@router.get("/categories", response={200: list[CategoryOut], **errors()}, auth=None)
def category_list(request, parent: ObjectId | None = None):
    return selectors.child_categories(parent_id=parent)


@router.get("/products", response={200: ProductSearchPage, **errors()}, auth=None)
def product_search(request, filters: Query[SearchQuery]):
    language = _language(request)
    params = filters.dict()
    params["category_id"] = params.pop("category")
    page = selectors.product_search(**params, language=language)
    return {**page, "items": [_card(p, language) for p in page["items"]]}


class DetailQuery(Schema):
    currency: str | None = Field(None, min_length=3, max_length=3,
                                 description="show prices in this currency too (display only)")
    country: str | None = Field(None, min_length=2, max_length=2,
                                description="quote shipping to this country")


@router.get("/products/{product_id}", response={200: ProductDetail, **errors(404)}, auth=None)
def product_detail(request, product_id: ObjectId, terms: Query[DetailQuery]):
    body = detail.product_detail_cached(product_id=product_id, language=_language(request),
                                        currency=terms.currency, country=terms.country)
    # Already shaped by ProductDetail on the miss that cached it.
    return HttpResponse(json.dumps(body), content_type="application/json")
