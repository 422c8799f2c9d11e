from datetime import datetime
from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field, field_validator

from caravan.core.api import ObjectId
from caravan.core.money import Money, UnknownCurrency, exponent

from ..models import BankAccount, Withdrawal
from ..selectors import tries_left


class MoneyIn(Schema):
    amount: int = Field(ge=1, le=10**15, description="minor units, e.g. 1050 for 10.50")
    currency: str = Field(pattern=r"^[A-Z]{3}$")

    @field_validator("currency")
    @classmethod
    def known_currency(cls, value: str) -> str:
        try:
            exponent(value)
        except UnknownCurrency:
            raise ValueError("Unknown currency; use an ISO 4217 code.") from None
        return value


class MoneyOut(Schema):
    amount: int
    currency: str


class BalanceOut(Schema):
    currency: str
    pending: MoneyOut
    available: MoneyOut
    in_transit: MoneyOut
    debt: MoneyOut


class BankAccountIn(Schema):
    holder_name: str = Field(min_length=1, max_length=140)
    bank_name: str = Field(min_length=1, max_length=140)
    bic: str = Field(min_length=8, max_length=16, description="SWIFT/BIC, 8 or 11 characters")
    number: str = Field(min_length=4, max_length=50, description="account number or IBAN")
    country: str = Field(min_length=2, max_length=2, description="the bank's country")
    currency: Literal["USD", "CNY"]


class BankAccountOut(Schema):
    id: int
    holder_name: str
    bank_name: str
    bic: str
    country: str
    currency: str
    number_kind: str
    last4: str
    masked: str
    status: str
    deposit_state: str
    tries_left: int
    failure_code: str
    verified_at: datetime | None
    created_at: datetime


class VerifyIn(Schema):
    amounts: list[Annotated[int, Field(ge=1, le=99)]] = Field(
        min_length=2, max_length=2, description="the two test deposits in minor units")


class WithdrawalIn(Schema):
    bank_account_id: ObjectId
    amount: MoneyIn


class WithdrawalOut(Schema):
    id: int
    status: str
    amount: MoneyOut
    bank_account_id: int
    bank_account: str
    failure_code: str
    created_at: datetime
    paid_at: datetime | None
    failed_at: datetime | None


class WithdrawalPage(Schema):
    items: list[WithdrawalOut]
    next_cursor: int | None


class PayoutOut(WithdrawalOut):
    shop_id: int
    shop_name: str
    provider: str
    provider_reference: str


class PayoutPage(Schema):
    items: list[PayoutOut]
    next_cursor: int | None


def bank_account_out(account: BankAccount) -> dict:
    fields = ("id", "holder_name", "bank_name", "bic", "country", "currency", "number_kind",
              "last4", "masked", "status", "deposit_state", "failure_code", "verified_at",
              "created_at")
    return {**{name: getattr(account, name) for name in fields},
            "tries_left": tries_left(account)}


def withdrawal_out(withdrawal: Withdrawal, *, for_operator: bool = False) -> dict:
    shown = {
        "id": withdrawal.pk, "status": withdrawal.status,
        "amount": Money(withdrawal.amount, withdrawal.currency).as_dict(),
        "bank_account_id": withdrawal.bank_account_id,
        "bank_account": str(withdrawal.bank_account), "failure_code": withdrawal.failure_code,
        "created_at": withdrawal.created_at, "paid_at": withdrawal.paid_at,
        "failed_at": withdrawal.failed_at,
    }
    if for_operator:
        shown.update(shop_id=withdrawal.shop_id, shop_name=withdrawal.shop.name,
                     provider=withdrawal.provider,
                     provider_reference=withdrawal.provider_reference)
    return shown


def balance_out(balance: dict) -> dict:
    return {name: value.as_dict() if isinstance(value, Money) else value
            for name, value in balance.items()}
