import csv
import io
import zipfile
from decimal import Decimal as D
from io import StringIO

import pytest
from currency_converter import CURRENCY_FILE
from django.core.management import call_command

from caravan.core.errors import InvalidInput
from caravan.core.money import Money
from caravan.logistics.tests.factories import fx
from caravan.pricing import selectors, services
from caravan.pricing.models import FxRate

pytestmark = pytest.mark.django_db


def ecb_rows(count: int) -> list[dict]:
    """The newest publication days of the bundled ECB file, read independently."""
    with zipfile.ZipFile(CURRENCY_FILE) as archive:
        text = archive.read(archive.namelist()[0]).decode()
    return list(csv.DictReader(io.StringIO(text)))[:count]


def test_fx_load_rebases_the_latest_ecb_day_on_usd():
    # when the bundled ECB history is loaded (no network)
    out = StringIO()
    call_command("fx_load", "--ecb-only", stdout=out)
    # then each currency's rate is its EUR rate divided by USD's EUR rate, that day
    latest = ecb_rows(1)[0]
    usd_per_eur = D(latest["USD"])
    for code in ("EUR", "CNY", "JPY", "GBP", "BRL"):
        rate = selectors.rate_for(code)
        expected = D(1) if code == "EUR" else D(latest[code])
        assert rate.rate == (expected / usd_per_eur).quantize(D("1e-10"))
        assert rate.source == "ecb"
        assert rate.effective_at.date().isoformat() == latest["Date"]
    assert selectors.rate_for("RUB") is None  # the ECB stopped publishing it
    assert "ECB rows" in out.getvalue()


def test_fx_load_is_idempotent_and_loads_history_on_request():
    services.fx_load_ecb(days=3)
    count = FxRate.objects.count()
    services.fx_load_ecb(days=3)
    assert FxRate.objects.count() == count
    dates = set(FxRate.objects.filter(currency="EUR").values_list("effective_at__date",
                                                                  flat=True))
    assert {d.isoformat() for d in dates} == {row["Date"] for row in ecb_rows(3)}


def test_reference_rates_add_pegs_derived_from_the_euro_and_seeds():
    services.fx_load_ecb()
    services.fx_seed_reference()
    eur = selectors.rate_for("EUR").rate
    assert selectors.rate_for("XOF").rate == (eur * D("655.957")).quantize(D("1e-10"))
    assert selectors.rate_for("AED").rate == D("3.6725")
    assert selectors.rate_for("KWD").source == "seed"
    assert selectors.rate_for("RUB") is not None


def test_operator_rates_are_validated():
    with pytest.raises(InvalidInput):
        services.fx_rate_create(currency="EUR", rate=D("-1"))
    with pytest.raises(InvalidInput):
        services.fx_rate_create(currency="USD", rate=D("1"))
    with pytest.raises(InvalidInput):
        services.fx_rate_create(currency="QQQ", rate=D("1"))


# --- import taxes -----------------------------------------------------------------------------

@pytest.fixture
def taxes():
    fx("EUR", "0.9")
    fx("GBP", "0.8")
    fx("AUD", "1.5")
    fx("NOK", "10")
    services.import_tax_seed()


def test_a_eur_100_order_to_germany_has_19_percent_vat_collected(taxes):
    quote = services.import_tax_quote(country="DE", goods=Money(10000, "EUR"),
                                      shipping=Money(0, "EUR"))
    assert quote.collected and quote.rate_bps == 1900
    assert quote.tax == Money(1900, "EUR")
    body = quote.as_dict()
    assert body["scheme"] == "eu-ioss" and body["rate_percent"] == "19"
    assert "European Commission" in body["source"]
    assert "19% import VAT is collected now" in body["notice"]


def test_a_eur_200_order_to_germany_collects_nothing_and_warns_of_duties(taxes):
    quote = services.import_tax_quote(country="DE", goods=Money(20000, "EUR"),
                                      shipping=Money(0, "EUR"))
    assert not quote.collected and quote.tax == Money(0, "EUR")
    assert quote.notice == "Import duties and taxes may be charged on delivery."


def test_the_threshold_is_inclusive_excludes_shipping_and_shipping_is_taxed(taxes):
    # EUR 150.00 of goods + EUR 10 shipping to France: collected, 20% of 160 = 32
    quote = services.import_tax_quote(country="FR", goods=Money(15000, "EUR"),
                                      shipping=Money(1000, "EUR"))
    assert quote.collected and quote.tax == Money(3200, "EUR")
    over = services.import_tax_quote(country="FR", goods=Money(15001, "EUR"),
                                     shipping=Money(0, "EUR"))
    assert not over.collected


def test_usd_orders_are_valued_in_the_scheme_currency_at_the_stored_rate(taxes):
    # 160.00 USD = 144.00 EUR: under the IOSS threshold; Finland's 25.5% on 160 + 5 USD
    quote = services.import_tax_quote(country="FI", goods=Money(16000, "USD"),
                                      shipping=Money(500, "USD"))
    assert quote.collected
    assert quote.valued_at.money == Money(14400, "EUR") and quote.valued_at.rate == D("0.9")
    assert quote.tax == Money(4208, "USD")  # 165 x 0.255 = 42.075 -> 42.08 (half up)


@pytest.mark.parametrize(("country", "goods_usd", "collected", "tax"), [
    ("GB", 16875, True, 3375),    # 135.00 GBP exactly: 20%
    ("GB", 16876, False, 0),
    ("AU", 60000, True, 6000),    # 900 AUD: 10% GST
    ("NO", 30000, True, 7500),    # 3,000 NOK: 25% VAT
    ("US", 1000, False, 0),       # no scheme: duties on delivery
])
def test_uk_australia_norway_and_elsewhere(taxes, country, goods_usd, collected, tax):
    quote = services.import_tax_quote(country=country, goods=Money(goods_usd, "USD"),
                                      shipping=Money(0, "USD"))
    assert (quote.collected, quote.tax.amount) == (collected, tax)


def test_every_eu_member_state_has_its_standard_rate(taxes):
    from caravan.pricing.data import EU_STANDARD_VAT_BPS

    for country, bps in EU_STANDARD_VAT_BPS.items():
        quote = services.import_tax_quote(country=country, goods=Money(10000, "EUR"),
                                          shipping=Money(0, "EUR"))
        assert quote.rate_bps == bps and quote.scheme.code == "eu-ioss"
    assert len(EU_STANDARD_VAT_BPS) == 27
