from datetime import UTC, datetime
from decimal import Decimal as D

import pytest
import time_machine

from caravan.core.money import Money
from caravan.logistics.tests.factories import fx
from caravan.pricing import selectors, services
from caravan.pricing.errors import RateMissing

pytestmark = pytest.mark.django_db


@pytest.fixture
def rates():
    for code, rate in (("RUB", "81.5"), ("EUR", "0.9"), ("BRL", "5.4321"), ("JPY", "157.25"),
                       ("KWD", "0.3065")):
        fx(code, rate)


@pytest.mark.parametrize(("currency", "locale", "amount", "formatted"), [
    ("RUB", "ru_RU", 162919, "1\xa0629,19\xa0₽"),          # 19.99 x 81.5 = 1629.185
    ("EUR", "de_DE", 1799, "17,99\xa0€"),                  # 17.991
    ("BRL", "pt_BR", 10859, "R$\xa0108,59"),               # 108.587679
    ("JPY", "ja_JP", 3143, "￥3,143"),                      # 3143.4275: no minor unit
    ("KWD", "ar_KW", 6127, "\u200f6.127\xa0د.ك.\u200f"),   # 6.126935: three decimals
    ("KWD", "en", 6127, "KWD6.127"),
    ("USD", "en_US", 1999, "$19.99"),
])
def test_display_prices_convert_at_the_stored_rate_and_format_for_the_locale(
        rates, currency, locale, amount, formatted):
    # when a 19.99 USD price is shown
    shown = selectors.display_price(1999, currency, locale)
    # then it is converted, rounded half up on the currency's minor unit and formatted by CLDR
    assert shown["amount"] == amount and shown["currency"] == currency
    assert shown["formatted"] == formatted
    # and it says which rate it used
    if currency != "USD":
        assert shown["rate_source"] == "manual" and shown["rate_date"] == "2026-10-30"
    else:
        assert (shown["rate"], shown["rate_source"]) == ("1", "identity")


def test_conversion_rounds_half_up_once():
    fx("JPY", "150.5")
    # 1.00 USD = 150.5 JPY exactly: half up gives 151 (banker's rounding would give 150)
    assert selectors.display_price(100, "JPY", "en")["amount"] == 151


def test_a_currency_without_a_rate_is_shown_in_usd_and_says_so():
    shown = selectors.display_price(1999, "XOF", "fr")
    assert (shown["currency"], shown["rate_source"]) == ("USD", "identity")


def test_cross_rates_go_through_usd_in_exact_arithmetic(rates):
    # 100.00 EUR in RUB: 100 / 0.9 x 81.5 = 9055.555... RUB
    conversion = selectors.convert(Money(10000, "EUR"), "RUB")
    assert conversion.money == Money(905556, "RUB")
    assert conversion.source == "manual"
    with pytest.raises(RateMissing):
        selectors.convert(Money(100, "EUR"), "GBP")


def test_the_newest_rate_in_force_wins_and_future_rates_wait(rates):
    # given an operator's new EUR rate from 2026-11-02 and one scheduled for 2026-12-01
    services.fx_rate_create(currency="EUR", rate=D("0.95"),
                            effective_at=datetime(2026, 11, 2, tzinfo=UTC))
    services.fx_rate_create(currency="EUR", rate=D("1.2"),
                            effective_at=datetime(2026, 12, 1, tzinfo=UTC))
    with time_machine.travel(datetime(2026, 11, 15, tzinfo=UTC)):
        assert selectors.rate_for("EUR").rate == D("0.95")
    with time_machine.travel(datetime(2026, 12, 2, tzinfo=UTC)):
        selectors.fx_cache_bump()
        assert selectors.rate_for("EUR").rate == D("1.2")


def test_rates_are_cached_and_a_write_refreshes_them(rates, django_assert_num_queries):
    selectors.rates_in_force()
    with django_assert_num_queries(0):
        selectors.display_price(100, "EUR", "en")
    row = services.fx_rate_create(currency="EUR", rate=D("0.5"))
    assert selectors.display_price(100, "EUR", "en")["amount"] == 50
    services.fx_rate_delete(fx_rate=row)
    assert selectors.display_price(100, "EUR", "en")["amount"] == 90


def test_currency_list_has_iso_minor_units_and_rates(rates):
    currencies = {c["code"]: c for c in selectors.currency_list(locale="en")}
    assert currencies["JPY"]["minor_units"] == 0 and currencies["KWD"]["minor_units"] == 3
    assert currencies["EUR"]["rate"] == "0.9" and currencies["EUR"]["name"] == "Euro"
    assert currencies["USD"]["rate"] == "1"
    assert currencies["CHF"]["rate"] is None
    assert "XAU" not in currencies  # gold is no one's currency


@pytest.mark.parametrize(("language", "country", "locale"), [
    ("ru", "RU", "ru_RU"), ("pt", "BR", "pt_BR"), ("zh-hans", "CN", "zh_Hans_CN"),
    ("ru", "BR", "ru"), ("en", "DE", "en_DE"), ("xx", "ZZ", "en"),
])
def test_buyer_locale_is_language_and_country_when_cldr_knows_it(language, country, locale):
    assert selectors.buyer_locale(language, country) == locale


def test_the_default_display_currency_follows_the_country(rates):
    assert selectors.country_currency("RU") == "RUB"
    assert selectors.country_currency("CH") == "USD"  # no CHF rate stored
