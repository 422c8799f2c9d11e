from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class ShopIn(Schema):
    name: str = Field(min_length=1, max_length=120)
    slug: str | None = Field(None, max_length=60, pattern=SLUG_PATTERN)
    country: str = Field(min_length=2, max_length=2)
    settlement_currency: Literal["USD", "CNY"] = "USD"
    registration_number: str = Field(min_length=1, max_length=40)
    description: str = Field("", max_length=4000)


class ShopPatch(Schema):
    name: str | None = Field(None, min_length=1, max_length=120)
    slug: str | None = Field(None, max_length=60, pattern=SLUG_PATTERN)
    country: str | None = Field(None, min_length=2, max_length=2)
    settlement_currency: Literal["USD", "CNY"] | None = None
    registration_number: str | None = Field(None, min_length=1, max_length=40)
    description: str | None = Field(None, max_length=4000)


class ShopOut(Schema):
    id: int
    name: str
    slug: str
    country: str
    settlement_currency: str
    registration_number: str
    description: str
    status: str
    created_at: datetime


class ShopStatusIn(Schema):
    status: Literal["pending_verification", "active", "suspended"]
    reason: str = Field(min_length=1, max_length=500)


class ShopPage(Schema):
    items: list[ShopOut]
    next_cursor: int | None
