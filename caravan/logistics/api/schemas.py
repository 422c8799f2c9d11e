from decimal import Decimal
from typing import Literal

from ninja import Schema
from pydantic import Field

from caravan.core.api import ObjectId


class MoneyOut(Schema):
    amount: int = Field(description="minor units")
    currency: str


class DisplayPriceOut(MoneyOut):
    formatted: str
    rate: str = Field(description="units of `currency` per unit of the converted amount")
    rate_source: str
    rate_date: str | None


class QuoteOut(Schema):
    service: str
    service_name: str
    class_: str = Field(alias="class")
    carrier: str
    price: MoneyOut = Field(description="what the buyer pays, USD")
    display_price: DisplayPriceOut
    days_min: int
    days_max: int
    tracked: bool
    charge: str
    free_shipping: bool
    list_price: MoneyOut = Field(description="the carrier's rate in USD")
    rate_card_price: MoneyOut = Field(description="the carrier's rate in its own currency")
    chargeable_weight_g: int
    zone: str
    protection_days: int
    loss_rate_percent: str

    model_config = {"populate_by_name": True}


class RefusalOut(Schema):
    service: str
    reason_code: str
    message: str


class ParcelOut(Schema):
    weight_g: int
    length_cm: str
    width_cm: str
    height_cm: str


class QuotesOut(Schema):
    country: str
    handling_days: int
    parcel: ParcelOut
    quotes: list[QuoteOut]
    refusals: list[RefusalOut]


class QuoteQuery(Schema):
    sku: ObjectId
    quantity: int = Field(1, ge=1, le=100_000)
    country: str = Field(max_length=64)
    currency: str | None = Field(None, max_length=8, description="display currency; default: "
                                 "the destination's own")


class CalculatorQuery(Schema):
    weight_g: int = Field(description="grams")
    length_cm: Decimal = Field(max_digits=12)
    width_cm: Decimal = Field(max_digits=12)
    height_cm: Decimal = Field(max_digits=12)
    country: str = Field(max_length=64)
    currency: str | None = Field(None, max_length=8)


# --- seller templates -------------------------------------------------------------------------

class GroupIn(Schema):
    countries: list[str] = Field(default_factory=list, max_length=300,
                                 description="ISO codes; empty: every other destination")
    services: list[str] = Field(min_length=1, max_length=50)
    charge: Literal["standard", "discounted", "free"] = "standard"
    discount_pct: int = Field(0, ge=0, le=99)


class TemplateIn(Schema):
    name: str = Field(min_length=1, max_length=120)
    handling_days: int | None = Field(None, ge=0, le=365)
    not_served: list[str] = Field(default_factory=list, max_length=300)
    groups: list[GroupIn] = Field(min_length=1, max_length=50)


class GroupOut(Schema):
    position: int
    countries: list[str]
    services: list[str]
    charge: str
    discount_pct: int


class TemplateOut(Schema):
    id: int
    name: str
    handling_days: int
    not_served: list[str]
    groups: list[GroupOut]


class ServiceOut(Schema):
    code: str
    name: str
    carrier: str
    class_: str = Field(alias="class")
    tracked: bool
    loss_rate_percent: str
    max_weight_g: int
    max_sum_cm: str | None
    max_longest_cm: str | None
    max_length_girth_cm: str | None
    volumetric_divisor: int | None
    currency: str
    countries_served: int

    model_config = {"populate_by_name": True}
