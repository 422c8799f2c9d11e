from ninja import Schema
from pydantic import Field


class CardIn(Schema):
    """A card as typed by the buyer. Field limits are loose on purpose: the card rules answer
    with codes (invalid_number, expired_card, invalid_cvc...) and never echo the value."""

    number: str = Field(max_length=40, description="12-19 digits; spaces or hyphens allowed")
    exp_month: int = Field(ge=-100, le=100)
    exp_year: int = Field(ge=-10_000, le=10_000, description="four digits, or two (30 = 2030)")
    cvc: str = Field(max_length=8)
    address_line1: str = Field("", max_length=200)
    postal_code: str = Field("", max_length=20)


class CardTokenOut(Schema):
    token: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int


class WebhookOut(Schema):
    received: bool
    duplicate: bool
