from datetime import datetime
from decimal import Decimal
from typing import Literal

from ninja import Schema
from pydantic import Field

from caravan.core.api import ObjectId


class MoneyOut(Schema):
    amount: int
    currency: str


class CurrencyOut(Schema):
    code: str
    name: str
    symbol: str
    minor_units: int
    rate: str | None = Field(description="units per US dollar in force, if any")
    rate_source: str | None
    rate_date: str | None


class ImportTaxQuery(Schema):
    country: str = Field(max_length=64)
    goods: int = Field(ge=0, le=10**12, description="minor units of `currency`")
    shipping: int = Field(0, ge=0, le=10**12)
    currency: str = Field("USD", max_length=8)


class FxInfo(Schema):
    rate: str
    rate_source: str
    rate_date: str | None


class ImportTaxOut(Schema):
    country: str
    collected: bool
    scheme: str | None
    scheme_name: str | None
    rate_bps: int
    rate_percent: str
    tax: MoneyOut
    base: MoneyOut
    threshold: MoneyOut | None
    goods_value_in_threshold_currency: MoneyOut | None
    fx: FxInfo | None
    source: str
    notice: str


class SuggestionQuery(Schema):
    cost: Decimal = Field(max_digits=14, decimal_places=2, description="per sale unit")
    cost_currency: Literal["CNY", "USD"] = "CNY"
    margin_pct: Decimal = Field(Decimal(30), max_digits=5, decimal_places=2)
    category_id: ObjectId
    shipping_template_id: ObjectId | None = None
    weight_g: int | None = None
    length_cm: Decimal | None = Field(None, max_digits=8)
    width_cm: Decimal | None = Field(None, max_digits=8)
    height_cm: Decimal | None = Field(None, max_digits=8)
    country: str | None = Field(None, max_length=64,
                                description="where free shipping is priced; default US")


class ComparableOut(Schema):
    count: int
    min: MoneyOut | None
    median: MoneyOut | None
    max: MoneyOut | None


class SuggestionOut(Schema):
    suggested_price: MoneyOut
    cost: MoneyOut
    cost_usd: MoneyOut
    fx: FxInfo
    free_shipping_included: MoneyOut
    reference_country: str
    margin_pct: str
    commission_bps: int
    comparable: ComparableOut
    position: Literal["below", "within", "above"] | None


class FxRateIn(Schema):
    currency: str = Field(min_length=3, max_length=3)
    rate: Decimal = Field(gt=0, max_digits=24, decimal_places=10)
    effective_at: datetime | None = None
    note: str = Field("", max_length=300)


class FxRatePatch(Schema):
    rate: Decimal | None = Field(None, gt=0, max_digits=24, decimal_places=10)
    effective_at: datetime | None = None
    note: str | None = Field(None, max_length=300)


class FxRateOut(Schema):
    id: int
    currency: str
    rate: str
    source: str
    effective_at: datetime
    note: str

    @staticmethod
    def resolve_rate(obj) -> str:
        return f"{obj.rate.normalize():f}"


class FxRatePage(Schema):
    items: list[FxRateOut]
    next_cursor: int | None


class ImportTaxRateOut(Schema):
    country: str
    scheme: str
    rate_bps: int
    threshold: MoneyOut
    source: str


class ImportTaxRateIn(Schema):
    scheme: str = Field(max_length=20)
    rate_bps: int = Field(ge=0, le=10000)
    source: str = Field(min_length=1, max_length=300)
