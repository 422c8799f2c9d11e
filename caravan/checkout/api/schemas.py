from ninja import Schema
from pydantic import Field

from caravan.account.api.schemas import AddressIn
from caravan.order.api.schemas import OrderOut


class CartItemIn(Schema):
    sku: int = Field(ge=1, le=2**63 - 1)
    quantity: int = Field(1, ge=1, le=999)


class CartItemPatch(Schema):
    quantity: int = Field(ge=1, le=999)


class Price(Schema):
    amount: int
    currency: str


class CartLineOut(Schema):
    id: int
    sku: int
    product_id: int
    title: str
    options: dict
    unit_price: Price
    quantity: int
    line_total: Price
    problem: str


class ShippingOptionOut(Schema):
    service: str
    name: str
    price: Price
    days_min: int
    days_max: int
    tracked: bool


class CartGroupOut(Schema):
    shop_id: int
    shop_name: str
    lines: list[CartLineOut]
    items_total: Price
    shipping_options: list[ShippingOptionOut]
    cheapest_service: str | None
    problem: str


class CartOut(Schema):
    country: str | None
    groups: list[CartGroupOut]
    items_total: Price


class ShippingChoice(Schema):
    shop_id: int = Field(ge=1, le=2**63 - 1)
    service: str = Field(min_length=1, max_length=40)


class CheckoutIn(Schema):
    address_id: int | None = Field(None, ge=1, le=2**63 - 1,
                                   description="an address of your address book, or `address`")
    address: AddressIn | None = None
    shipping: list[ShippingChoice] = Field(min_length=1, max_length=100)
    payment_token: str = Field(min_length=8, max_length=64,
                               description="from POST /api/payments/sandbox/tokens")


class PaymentOut(Schema):
    status: str
    avs_check: str | None
    cvc_check: str | None
    decline_code: str | None


class CheckoutOut(Schema):
    checkout_id: int
    status: str
    total: Price
    orders: list[OrderOut]
    payment: PaymentOut | None
