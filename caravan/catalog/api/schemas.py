from datetime import datetime
from decimal import Decimal
from typing import Literal

from ninja import Schema
from pydantic import Field

from caravan.catalog.constants import HS_CODE_PATTERN

LANGUAGE = Field(min_length=2, max_length=10)


class TranslationIn(Schema):
    language: str = LANGUAGE
    title: str = Field(min_length=3, max_length=200)
    description: str = Field("", max_length=20000)


class SkuIn(Schema):
    code: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._\-]+$")
    options: dict[str, str] = Field(default_factory=dict, max_length=10)
    price: int = Field(gt=0, le=10**9, description="USD minor units (cents), per sale unit")
    stock: int = Field(ge=0, le=10**7)
    weight_g: int = Field(gt=0, le=1_000_000)
    length_cm: Decimal = Field(gt=0, le=9999, decimal_places=1)
    width_cm: Decimal = Field(gt=0, le=9999, decimal_places=1)
    height_cm: Decimal = Field(gt=0, le=9999, decimal_places=1)
    hs_code: str = Field("", pattern=rf"^$|{HS_CODE_PATTERN}")
    origin_country: str = Field("CN", min_length=2, max_length=2)


class ProductIn(Schema):
    category_id: int = Field(ge=1, le=2**63 - 1)
    sale_unit: Literal["piece", "lot"] = "piece"
    lot_size: int = Field(1, ge=1, le=100000)
    default_language: str = Field("en", min_length=2, max_length=10)
    brand_name: str = Field("", max_length=120)
    shipping_template_id: int | None = Field(None, ge=1, le=2**63 - 1)
    translations: list[TranslationIn] = Field(min_length=1, max_length=20)
    skus: list[SkuIn] = Field(min_length=1, max_length=200)


class ProductPatch(Schema):
    category_id: int | None = Field(None, ge=1, le=2**63 - 1)
    sale_unit: Literal["piece", "lot"] | None = None
    lot_size: int | None = Field(None, ge=1, le=100000)
    default_language: str | None = Field(None, min_length=2, max_length=10)
    brand_name: str | None = Field(None, max_length=120)
    shipping_template_id: int | None = Field(None, ge=1, le=2**63 - 1)
    translations: list[TranslationIn] | None = Field(None, min_length=1, max_length=20)
    skus: list[SkuIn] | None = Field(None, min_length=1, max_length=200)


class TranslationOut(Schema):
    language: str
    title: str
    description: str


class SkuOut(Schema):
    id: int
    code: str
    options: dict
    price: int
    stock: int
    weight_g: int
    length_cm: Decimal
    width_cm: Decimal
    height_cm: Decimal
    hs_code: str
    origin_country: str


class ListingHitOut(Schema):
    code: str
    kind: str
    reason: str


class ImageOut(Schema):
    id: int
    url: str
    thumbnail: str


class SellerProductOut(Schema):
    id: int
    status: str
    category_id: int
    sale_unit: str
    lot_size: int
    default_language: str
    brand_name: str
    shipping_template_id: int | None
    min_price: int
    translations: list[TranslationOut]
    skus: list[SkuOut]
    images: list[ImageOut]
    created_at: datetime
    updated_at: datetime


class SubmitOut(Schema):
    id: int
    status: str
    hits: list[ListingHitOut]


class SellerProductPage(Schema):
    items: list[SellerProductOut]
    next_cursor: str | None


class ReviewOut(Schema):
    id: int
    shop_id: int
    shop_name: str
    title: str
    reason: str
    since: datetime


class ReviewPage(Schema):
    items: list[ReviewOut]
    next_cursor: str | None


class ReviewDecisionIn(Schema):
    approve: bool
    reason: str = Field(min_length=1, max_length=500)


class Price(Schema):
    amount: int
    currency: str


class ShopBrief(Schema):
    id: int
    name: str
    slug: str
    country: str


class ProductCard(Schema):
    id: int
    title: str
    price: Price
    category_id: int
    sale_unit: str
    lot_size: int
    shop: ShopBrief
    image: str | None


class Facet(Schema):
    category_id: int
    name: str
    count: int


class ProductSearchPage(Schema):
    items: list[ProductCard]
    facets: list[Facet]
    next_cursor: str | None


class ProductDetail(Schema):
    id: int
    title: str
    description: str
    language: str
    translations: list[TranslationOut]
    category_id: int
    category_path: list[str]
    sale_unit: str
    lot_size: int
    brand_name: str
    shop: ShopBrief
    images: list[str]
    skus: list[SkuOut]
    price: Price
    display_price: dict | None = Field(None, description="price in the asked currency, with "
                                       "the rate used, its source and date")
    sku_display_prices: dict[int, dict] | None = None
    shipping: dict | None = Field(None, description="cheapest and fastest option to `country`")


class ImportRowOut(Schema):
    row: int
    ok: bool
    product_id: int | None
    status: str | None
    errors: dict[str, list[str]]


class ImportOut(Schema):
    saved: int
    failed: int
    rows: list[ImportRowOut]
