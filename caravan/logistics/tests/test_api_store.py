import pytest

from caravan.catalog.tests.factories import ProductFactory

from .factories import fx, lane, per_gram

pytestmark = pytest.mark.django_db

QUOTE_KEYS = {"service", "class", "carrier", "price", "display_price", "days_min", "days_max",
              "tracked"}


@pytest.fixture
def post():
    fx("CNY", "7")
    fx("EUR", "0.9")
    fx("JPY", "150")
    return lane(code="post", name="Post", countries=("DE", "JP"), currency="CNY",
                bands=[per_gram(2000, 7000, 700)])


def test_calculator_quotes_every_service_in_usd_and_the_destination_currency(api, post):
    # when the public calculator is asked for 1 kg to Germany, with no token
    response = api().get("/api/store/shipping-calculator", data={
        "weight_g": 1000, "length_cm": 20, "width_cm": 15, "height_cm": 10, "country": "DE"})
    # then it answers each quote in the contract's shape, shown in euros
    assert response.status_code == 200
    body = response.json()
    [quote] = body["quotes"]
    assert set(quote) >= QUOTE_KEYS
    assert quote["service"] == "post" and quote["class"] == "postal"
    assert quote["price"] == {"amount": 1100, "currency": "USD"}
    assert quote["display_price"]["currency"] == "EUR"
    assert quote["display_price"]["formatted"] == "9,90\xa0€"  # CLDR en_DE: English in Germany
    assert quote["display_price"]["rate"] == "0.9"
    assert body["refusals"] == []


def test_calculator_display_currency_can_be_chosen(api, post):
    response = api().get("/api/store/shipping-calculator", data={
        "weight_g": 1000, "length_cm": 20, "width_cm": 15, "height_cm": 10, "country": "DE",
        "currency": "JPY"})
    [quote] = response.json()["quotes"]
    assert quote["display_price"] == {"amount": 1650, "currency": "JPY",
                                      "formatted": "1.650\xa0JP¥",
                                      "rate": "150", "rate_source": "manual",
                                      "rate_date": "2026-10-30"}


@pytest.mark.parametrize(("params", "fields"), [
    ({"weight_g": -5, "country": "DE"}, {"weight_g"}),
    ({"weight_g": 100, "country": "ZZ"}, {"country"}),
    ({"weight_g": 100, "country": "DE", "currency": "XYZ"}, {"currency"}),
    ({"weight_g": "heavy", "country": "DE"}, {"weight_g"}),
])
def test_calculator_answers_bad_input_with_field_messages(api, post, params, fields):
    response = api().get("/api/store/shipping-calculator",
                         data={"length_cm": 20, "width_cm": 15, "height_cm": 10, **params})
    assert response.status_code == 422
    assert set(response.json()["fields"]) == fields


def test_calculator_explains_services_that_cannot_take_the_parcel(api, post):
    response = api().get("/api/store/shipping-calculator", data={
        "weight_g": 2500, "length_cm": 20, "width_cm": 15, "height_cm": 10, "country": "DE"})
    body = response.json()
    assert body["quotes"] == []
    assert body["refusals"] == [{"service": "post", "reason_code": "too_heavy",
                                 "message": "Post takes parcels up to 2000 g; this one weighs "
                                            "2500 g."}]


def test_sku_quotes_price_the_quantity_in_one_parcel(api, post):
    product = ProductFactory(status="active")
    sku = product.skus.get()  # 250 g, 20 x 15 x 5 cm
    response = api().get("/api/store/shipping-quotes",
                         data={"sku": sku.id, "quantity": 4, "country": "JP"})
    assert response.status_code == 200
    body = response.json()
    assert body["parcel"] == {"weight_g": 1000, "length_cm": "20", "width_cm": "15",
                              "height_cm": "20"}
    assert body["quotes"][0]["price"] == {"amount": 1100, "currency": "USD"}
    assert body["quotes"][0]["display_price"]["currency"] == "JPY"


def test_sku_quotes_are_only_for_live_listings(api, post):
    draft = ProductFactory(status="draft")
    response = api().get("/api/store/shipping-quotes",
                         data={"sku": draft.skus.get().id, "country": "DE"})
    assert response.status_code == 404


def test_sku_quote_quantity_is_bounded(api, post):
    sku = ProductFactory(status="active").skus.get()
    response = api().get("/api/store/shipping-quotes", data={"sku": sku.id, "quantity": 0,
                                                        "country": "DE"})
    assert response.status_code == 422 and "quantity" in response.json()["fields"]


def test_sku_quotes_read_only_the_sku_and_the_template_once_rates_are_warm(
        api, post, django_assert_max_num_queries):
    from caravan.logistics import services

    product = ProductFactory(status="active")
    product.shipping_template = services.shipping_template_create(
        shop=product.shop, name="t", groups=[{"services": ["post"], "charge": "free"}])
    product.save(update_fields=["shipping_template"])
    sku = product.skus.get()
    client = api()
    client.get("/api/store/shipping-quotes", data={"sku": sku.id, "country": "DE"})
    with django_assert_max_num_queries(2):  # the SKU with its product and template; coverage
        response = client.get("/api/store/shipping-quotes", data={"sku": sku.id,
                                                                  "country": "DE"})
    assert response.json()["quotes"][0]["free_shipping"] is True
