"""Money: an integer of minor units plus an ISO 4217 code. Never a float.

Minor-unit exponents come from CLDR through babel (JPY 0, USD 2, KWD 3). The one rounding rule
of the platform is ROUND_HALF_UP on the minor unit (`ROUNDING`); every conversion goes through
`Money.from_decimal`, so nothing else rounds.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import pycountry
from babel.numbers import format_currency, get_currency_precision

ROUNDING = ROUND_HALF_UP


class UnknownCurrency(ValueError):
    pass


@lru_cache(maxsize=512)
def exponent(currency: str) -> int:
    if pycountry.currencies.get(alpha_3=currency) is None:
        raise UnknownCurrency(currency)
    return get_currency_precision(currency)


@dataclass(frozen=True, slots=True)
class Money:
    amount: int  # minor units
    currency: str

    def __post_init__(self):
        if not isinstance(self.amount, int) or isinstance(self.amount, bool):
            raise TypeError("Money.amount is an integer of minor units")
        exponent(self.currency)

    @classmethod
    def from_decimal(cls, value: Decimal | str | int, currency: str) -> "Money":
        quantum = Decimal(1).scaleb(-exponent(currency))
        minor = (Decimal(value).quantize(quantum, rounding=ROUNDING)).scaleb(exponent(currency))
        return cls(int(minor), currency)

    def to_decimal(self) -> Decimal:
        return Decimal(self.amount).scaleb(-exponent(self.currency))

    def __add__(self, other: "Money") -> "Money":
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: int) -> "Money":
        if not isinstance(factor, int):
            raise TypeError("multiply Money by an integer; use from_decimal for rates")
        return Money(self.amount * factor, self.currency)

    def _same(self, other: "Money") -> None:
        if self.currency != other.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def converted(self, currency: str, rate: Decimal) -> "Money":
        """This amount in `currency` at `rate` (units of `currency` per unit of ours)."""
        return Money.from_decimal(self.to_decimal() * Decimal(rate), currency)

    def format(self, locale: str = "en") -> str:
        return format_currency(self.to_decimal(), self.currency, locale=locale)

    def as_dict(self) -> dict:
        return {"amount": self.amount, "currency": self.currency}
