from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caravan.core.money import Money, UnknownCurrency, exponent


@pytest.mark.parametrize(("currency", "digits"), [("USD", 2), ("JPY", 0), ("KWD", 3),
                                                   ("CNY", 2), ("EUR", 2)])
def test_exponents_follow_iso_4217(currency, digits):
    assert exponent(currency) == digits


def test_unknown_currency_is_refused():
    with pytest.raises(UnknownCurrency):
        Money(1, "XXQ")


def test_rounding_is_half_up_on_the_minor_unit():
    assert Money.from_decimal(Decimal("1.005"), "USD") == Money(101, "USD")
    assert Money.from_decimal(Decimal("1.004"), "USD") == Money(100, "USD")
    assert Money.from_decimal(Decimal("149.5"), "JPY") == Money(150, "JPY")
    assert Money.from_decimal(Decimal("0.0005"), "KWD") == Money(1, "KWD")


def test_floats_are_refused():
    with pytest.raises(TypeError):
        Money(1.5, "USD")


def test_conversion_uses_the_given_rate():
    assert Money(1000, "USD").converted("JPY", Decimal("156.123")) == Money(1561, "JPY")


def test_mixing_currencies_is_refused():
    with pytest.raises(ValueError, match="cannot mix"):
        Money(1, "USD") + Money(1, "EUR")


@given(st.integers(min_value=-(10**15), max_value=10**15),
       st.sampled_from(["USD", "JPY", "KWD"]))
def test_decimal_round_trip_is_exact(amount, currency):
    money = Money(amount, currency)
    assert Money.from_decimal(money.to_decimal(), currency) == money
