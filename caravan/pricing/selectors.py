"""Reads: currencies, the FX rates in force, conversions and display prices.

Rounding: every converted amount is rounded once, ROUND_HALF_UP on the minor unit of the target
currency (`caravan.core.money.ROUNDING`), from the exact product of the amount and the rate.
Rates are units of a currency per US dollar; a conversion between two other currencies goes
through USD in exact decimal arithmetic and is rounded once at the end.
"""

import time
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

import pycountry
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol
from django.conf import settings
from django.core.cache import cache
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext as _

from caravan.account.services import country_check, default_currency
from caravan.core import clock
from caravan.core.errors import InvalidInput, NotFound
from caravan.core.money import Money, exponent

from .constants import BASE_CURRENCY, FxSource
from .errors import RateMissing
from .models import FxRate, ImportTaxRate

_VERSION_KEY = "pricing:fx:version"


@dataclass(frozen=True)
class Rate:
    currency: str
    rate: Decimal  # units of `currency` per US dollar
    source: str
    effective_at: datetime | None


@dataclass(frozen=True)
class Conversion:
    money: Money
    rate: Decimal  # units of the target per unit of the source
    source: str
    effective_at: datetime | None

    def rate_info(self) -> dict:
        return {"rate": decimal_text(self.rate), "rate_source": self.source,
                "rate_date": self.effective_at.date().isoformat() if self.effective_at else None}


def decimal_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


# --- rates in force ---------------------------------------------------------------------------

def fx_cache_bump() -> None:
    """Called by every writer of rates: readers build a fresh table on their next call."""
    cache.set(_VERSION_KEY, time.time_ns(), None)


def rates_in_force() -> dict[str, Rate]:
    """The newest rate of each currency whose effective time has passed, cached.

    The cache entry lives FX_CACHE_SECONDS: with a per-process cache (no Redis) that bounds how
    long another process may show a replaced rate, and it lets scheduled rates take effect.
    """
    version = cache.get_or_set(_VERSION_KEY, time.time_ns, None)
    # One page prices a dozen quotes, each converted twice: keep the table of this version in
    # the process instead of unpickling it from the cache every time.
    memo_version, memo_until, memo = _memo
    if memo_version == version and time.monotonic() < memo_until:
        return memo
    key = f"pricing:fx:{version}"
    rates = cache.get(key)
    if rates is None:
        rates = _rates_from_db()
        cache.set(key, rates, settings.FX_CACHE_SECONDS)
    _memo[:] = [version, time.monotonic() + settings.FX_CACHE_SECONDS, rates]
    return rates


_memo: list = [None, 0.0, {}]


def _rates_from_db() -> dict[str, Rate]:
    now = clock.now()
    newest = (FxRate.objects.filter(currency=OuterRef("currency"), effective_at__lte=now)
              .order_by("-effective_at", "-id").values("pk")[:1])
    rows = FxRate.objects.filter(pk=Subquery(newest)).order_by()
    return {row.currency: Rate(row.currency, row.rate, row.source, row.effective_at)
            for row in rows}


def rate_for(currency: str) -> Rate | None:
    if currency == BASE_CURRENCY:
        return Rate(BASE_CURRENCY, Decimal(1), FxSource.IDENTITY, None)
    return rates_in_force().get(currency)


def convert(money: Money, currency: str) -> Conversion:
    """`money` in `currency` at the rates in force; RateMissing when either has none."""
    if money.currency == currency:
        return Conversion(money, Decimal(1), FxSource.IDENTITY, None)
    source, target = rate_for(money.currency), rate_for(currency)
    missing = [code for code, rate in ((money.currency, source), (currency, target))
               if rate is None]
    if missing:
        raise RateMissing(_("No exchange rate is set for %(codes)s.")
                          % {"codes": ", ".join(missing)})
    rate = target.rate / source.rate
    sources = sorted({r.source for r in (source, target) if r.source != FxSource.IDENTITY})
    dates = [r.effective_at for r in (source, target) if r.effective_at]
    return Conversion(money.converted(currency, rate), rate, "+".join(sources),
                      min(dates) if dates else None)


# --- currencies -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def iso_currencies() -> tuple[str, ...]:
    """ISO 4217 currencies that are legal tender somewhere today (CLDR), plus USD."""
    codes = {BASE_CURRENCY}
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if end is None and tender and pycountry.currencies.get(alpha_3=code):
                codes.add(code)
    return tuple(sorted(codes))


def currency_check(code: str, *, field: str = "currency") -> str:
    code = (code or "").strip().upper()
    if code not in iso_currencies():
        raise InvalidInput(_("Unknown currency."),
                           fields={field: [_("Use an ISO 4217 code of a currency in use.")]})
    return code


def currency_list(*, locale: str = "en") -> list[dict]:
    rates = rates_in_force()
    out = []
    for code in iso_currencies():
        rate = rate_for(code) if code == BASE_CURRENCY else rates.get(code)
        out.append({
            "code": code,
            "name": get_currency_name(code, locale=locale),
            "symbol": get_currency_symbol(code, locale=locale),
            "minor_units": exponent(code),
            "rate": decimal_text(rate.rate) if rate else None,
            "rate_source": rate.source if rate else None,
            "rate_date": rate.effective_at.date().isoformat()
            if rate and rate.effective_at else None,
        })
    return out


def country_currency(country: str) -> str:
    """The currency a buyer in `country` sees by default: the local one when it has a rate."""
    code = default_currency(country)
    return code if rate_for(code) is not None else BASE_CURRENCY


# --- display ----------------------------------------------------------------------------------

@lru_cache(maxsize=2048)
def buyer_locale(language: str, country: str) -> str:
    """The CLDR locale to format for: language_COUNTRY when CLDR has it, else the language."""
    language = (language or "en").replace("-", "_")
    for candidate in (f"{language}_{(country or '').upper()}", language):
        try:
            return str(Locale.parse(candidate))
        except (UnknownLocaleError, ValueError):
            continue
    return "en"


@dataclass(frozen=True)
class BuyerTerms:
    currency: str
    country: str | None
    locale: str


def buyer_terms(*, language: str, currency: str | None = None, country: str | None = None,
                profile=None) -> BuyerTerms:
    """What a buyer sees prices in and ships to: given values first, then the buyer's profile,
    then the country's currency, then USD."""
    country = country or (profile.country if profile else None)
    if country:
        country = country_check(country, field="country")
    currency = (currency or (profile.display_currency if profile else None)
                or (country_currency(country) if country else BASE_CURRENCY))
    return BuyerTerms(currency=currency_check(currency), country=country,
                      locale=buyer_locale(language, country or ""))


def display_money(money: Money, currency: str, locale: str) -> dict:
    """`money` shown in `currency` for `locale`; in its own currency when no rate is set.

    `{"amount", "currency", "formatted", "rate", "rate_source", "rate_date"}`: the rate used is
    always stated, so a displayed price can be traced to the row it came from.
    """
    try:
        conversion = convert(money, currency)
    except RateMissing:
        conversion = convert(money, money.currency)
    shown = conversion.money
    return {"amount": shown.amount, "currency": shown.currency,
            "formatted": shown.format(locale), **conversion.rate_info()}


def display_price(amount_usd_minor: int, currency: str, locale: str) -> dict:
    """A USD price (minor units) as the buyer sees it: see display_money."""
    return display_money(Money(int(amount_usd_minor), BASE_CURRENCY), currency, locale)


# --- operator reads ---------------------------------------------------------------------------

def fx_rate_page(*, currency: str | None, before: int | None, limit: int) -> list[FxRate]:
    rows = FxRate.objects.order_by("-id")
    if currency:
        rows = rows.filter(currency=currency.upper())
    if before:
        rows = rows.filter(id__lt=before)
    return list(rows[:limit])


def fx_rate_get(*, rate_id: int) -> FxRate:
    row = FxRate.objects.filter(pk=rate_id).first()
    if row is None:
        raise NotFound(_("No such rate."))
    return row


def import_tax_rates() -> list[dict]:
    return [{"country": r.country, "scheme": r.scheme.code, "rate_bps": r.rate_bps,
             "threshold": Money(r.scheme.threshold, r.scheme.threshold_currency).as_dict(),
             "source": r.source}
            for r in ImportTaxRate.objects.select_related("scheme").order_by("country")]
