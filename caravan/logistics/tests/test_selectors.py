from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from caravan.catalog.tests.factories import ProductFactory
from caravan.core.errors import InvalidInput
from caravan.core.money import Money
from caravan.logistics import selectors, services
from caravan.logistics.errors import ShippingUnavailable
from caravan.logistics.rates import Parcel
from caravan.seller.tests.factories import ShopFactory

from .factories import first_additional, fx, lane, per_gram

pytestmark = pytest.mark.django_db


def small(grams=1000) -> Parcel:
    return Parcel(grams, D("20"), D("15"), D("10"))


@pytest.fixture
def network():
    """Two CNY services to DE/FR and an express not serving RU; 1 USD = 7 CNY = 0.9 EUR."""
    fx("CNY", "7")
    fx("EUR", "0.9")
    post = lane(code="post", name="Post", countries=("DE", "FR", "RU"), days=(15, 30),
                currency="CNY", bands=[per_gram(2000, 7000, 700)])          # 70/kg + 7 CNY
    express = lane(code="express", name="Express", countries=("DE", "FR"), days=(3, 6),
                   currency="CNY", service_class="express", volumetric_divisor=5000,
                   max_weight_g=30000, max_sum_cm=None, max_longest_cm=D("120"),
                   bands=[first_additional(30000, 500, 14000, 500, 3500)])  # 140 + 35/0.5 kg
    return post, express


def test_every_service_is_quoted_or_refused_and_priced_in_usd_at_the_stored_rate(network):
    # when 1 kg to Germany is quoted, shown in EUR
    options = selectors.shipping_options(parcel=small(), country="DE", currency="EUR",
                                         locale="de_DE")
    # then post costs 77 CNY = 11.00 USD and express 140 + 35 = 175 CNY = 25.00 USD
    assert [(q.service.code, q.cost, q.price) for q in options.quotes] == [
        ("post", Money(7700, "CNY"), Money(1100, "USD")),
        ("express", Money(17500, "CNY"), Money(2500, "USD")),
    ]
    post = options.quotes[0].as_dict()
    assert post["display_price"] == {"amount": 990, "currency": "EUR", "formatted": "9,90\xa0€",
                                     "rate": "0.9", "rate_source": "manual",
                                     "rate_date": "2026-10-30"}
    assert post["rate_card_fx"]["rate"] == str(D(1) / D(7))
    assert options.refusals == []


def test_a_country_a_service_does_not_serve_is_refused_with_the_reason(network):
    options = selectors.shipping_options(parcel=small(), country="RU")
    assert [q.service.code for q in options.quotes] == ["post"]
    [refused] = options.refusals
    assert refused.as_dict() == {"service": "express", "reason_code": "country_not_served",
                                 "message": "Express does not deliver to RU."}


def test_cheapest_and_fastest(network):
    options = selectors.shipping_options(parcel=small(), country="DE")
    assert options.cheapest().service.code == "post"
    assert options.fastest().service.code == "express"


def test_a_missing_rate_for_the_card_currency_refuses_instead_of_guessing():
    lane(code="hk", name="HK Post", currency="HKD", bands=[per_gram(2000, 1000)])
    [refused] = selectors.shipping_options(parcel=small(), country="DE").refusals
    assert refused.reason == "no_rate"


def test_quotes_are_cached_until_the_rate_data_changes(network):
    selectors.shipping_options(parcel=small(), country="DE")
    # when quoted again, nothing is read from the database
    with CaptureQueriesContext(connection) as queries:
        selectors.shipping_options(parcel=small(), country="DE")
    assert len(queries) == 0
    # when an operator changes the rate card, the next quote uses it
    post = network[0]
    services.zone_set_bands(zone=post.zones.get(), bands=[per_gram(2000, 14000, 700)])
    options = selectors.shipping_options(parcel=small(), country="DE")
    assert options.quotes[0].cost == Money(14700, "CNY")


def test_parcel_input_errors_name_every_bad_field():
    with pytest.raises(InvalidInput) as caught:
        selectors.calculator_options(weight_g=-5, length_cm="0", width_cm="abc", height_cm=10,
                                     country="ZZ")
    assert set(caught.value.fields) == {"weight_g", "length_cm", "width_cm", "country"}


# --- templates ---------------------------------------------------------------------------------

def _product(template=None, grams=1000):
    product = ProductFactory(status="active", shipping_template=template)
    product.skus.update(weight_g=grams, length_cm=20, width_cm=15, height_cm=10)
    return product


def test_a_template_sets_the_buyer_price_per_destination_group(network):
    # given free post to Germany, express at 20% off everywhere else but Russia
    shop = ShopFactory()
    template = services.shipping_template_create(
        shop=shop, name="EU free", handling_days=5, not_served=["RU"],
        groups=[{"countries": ["DE"], "services": ["post"], "charge": "free"},
                {"countries": [], "services": ["express", "post"], "charge": "discounted",
                 "discount_pct": 20}])
    sku = _product(template).skus.get()
    # when quoted to Germany: post is free, express is not offered there
    de = selectors.sku_shipping_options(sku=sku, quantity=1, country="de")
    assert [(q.service.code, q.price.amount, q.charge) for q in de.quotes] == [("post", 0, "free")]
    assert de.quotes[0].list_price == Money(1100, "USD")
    assert [r.reason for r in de.refusals] == ["not_offered_by_seller"]
    assert de.handling_days == 5
    # and to France: 20% off both (11.00 -> 8.80, 25.00 -> 20.00)
    fr = selectors.sku_shipping_options(sku=sku, quantity=1, country="FR")
    assert [(q.service.code, q.price.amount) for q in fr.quotes] == [("post", 880),
                                                                     ("express", 2000)]
    # and Russia is not shipped to at all
    ru = selectors.sku_shipping_options(sku=sku, quantity=1, country="RU")
    assert ru.quotes == []
    assert {(r.service.code, r.reason) for r in ru.refusals} == {
        ("post", "seller_does_not_ship_there"), ("express", "country_not_served")}


def test_product_summary_names_cheapest_fastest_and_free_shipping(network):
    template = services.shipping_template_create(
        shop=ShopFactory(), name="t", groups=[{"services": ["post"], "charge": "free"},
                                              {"countries": ["FR"], "services": ["express"]}])
    product = _product(template)
    summary = selectors.product_shipping_summary(product, "DE", currency="EUR", locale="de_DE")
    assert summary["free_shipping"] is True
    assert summary["cheapest"]["service"] == summary["fastest"]["service"] == "post"
    assert summary["cheapest"]["display_price"]["formatted"] == "0,00\xa0€"
    fr = selectors.product_shipping_summary(product, "FR")
    assert fr["free_shipping"] is False and fr["fastest"]["service"] == "express"
    assert selectors.product_shipping_summary(product, "US")["cheapest"] is None


def test_product_summary_query_count(network, django_assert_max_num_queries):
    product = _product(None)
    selectors.product_shipping_summary(product, "DE")  # warms the rate cache
    product = type(product).objects.select_related("shipping_template").prefetch_related(
        "skus").get(pk=product.pk)
    with django_assert_max_num_queries(0):
        selectors.product_shipping_summary(product, "DE")


def test_templates_serving_a_country(network):
    shop = ShopFactory()
    everywhere = services.shipping_template_create(shop=shop, name="all",
                                                   groups=[{"services": ["post"]}])
    not_ru = services.shipping_template_create(shop=shop, name="no RU", not_served=["RU"],
                                               groups=[{"services": ["post"]}])
    express_only = services.shipping_template_create(shop=shop, name="express",
                                                     groups=[{"services": ["express"]}])
    def serving(country):
        return set(selectors.templates_serving(country).values_list("template_id", flat=True))
    assert serving("RU") == {everywhere.id}  # express does not deliver to RU
    assert serving("DE") == {everywhere.id, not_ru.id, express_only.id}
    assert serving("US") == set()  # no service delivers there


def test_quote_for_sku_gives_checkout_the_chosen_service_or_says_why_not(network):
    sku = _product(None, grams=2500).skus.get()
    quote = selectors.quote_for_sku(sku, 1, "DE", "express")
    # 140 + ceil(2000 / 500) x 35 = 280 CNY = 40.00 USD
    assert quote.chargeable_g == 2500 and quote.cost == Money(28000, "CNY")
    assert quote.price == Money(4000, "USD")
    with pytest.raises(ShippingUnavailable, match="up to 2000 g"):
        selectors.quote_for_sku(sku, 1, "DE", "post")
