import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from caravan.catalog.models import ProductTranslation, Sku
from caravan.catalog.tests.factories import CategoryFactory, ProductFactory, live_product
from caravan.logistics.seeding import logistics_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def fx_and_logistics():
    """The seeded FX rates and logistics tables, as `seed-demo` loads them."""
    call_command("fx_load", verbosity=0)
    logistics_seed()


def test_search_endpoint_returns_cards_facets_and_cursor():
    category = CategoryFactory()
    for n in range(3):
        live_product(title=f"Travel adapter {n}", category=category)
    response = Client().get("/api/store/products?q=adapter&limit=2")
    assert response.status_code == 200
    body = response.json()
    assert len(body["items"]) == 2 and body["next_cursor"]
    assert body["items"][0]["price"] == {"amount": 1999, "currency": "USD"}
    assert body["facets"][0]["count"] == 3


def test_search_answers_bad_parameters_with_422():
    client = Client()
    assert client.get("/api/store/products?sort=random").status_code == 422
    assert client.get("/api/store/products?min_price=-1").status_code == 422
    assert client.get("/api/store/products?cursor=abc").status_code == 422


def test_product_detail_in_the_buyers_language():
    product = live_product(title="Silk scarf")
    ProductTranslation.objects.create(product=product, language="ru", title="Шёлковый шарф")
    response = Client().get(f"/api/store/products/{product.id}", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 200
    assert response.json()["title"] == "Шёлковый шарф"
    assert response.json()["skus"][0]["price"] == 1999


def test_drafts_are_not_visible_in_the_store():
    draft = ProductFactory(title="Secret draft")
    assert Client().get(f"/api/store/products/{draft.id}").status_code == 404


def test_query_counts_are_bounded_whatever_the_size():
    category = CategoryFactory()
    products = [live_product(title=f"Desk lamp {n}", category=category) for n in range(8)]
    for n in range(5):
        Sku.objects.create(product=products[0], code=f"X{n}", price=100 + n, stock=1,
                           weight_g=10, length_cm=1, width_cm=1, height_cm=1)
    client = Client()
    client.get("/api/store/products?q=lamp")  # warm the category cache
    with CaptureQueriesContext(connection) as listing:
        assert client.get("/api/store/products?q=lamp&limit=8").status_code == 200
    with CaptureQueriesContext(connection) as detail:
        assert client.get(f"/api/store/products/{products[0].id}").status_code == 200
    assert len(listing) <= 6
    assert len(detail) <= 5


def test_categories_by_parent():
    parent = CategoryFactory()
    child = CategoryFactory(parent=parent)
    body = Client().get(f"/api/store/categories?parent={parent.id}").json()
    assert [c["id"] for c in body] == [child.id]


def test_product_detail_shows_display_prices_with_the_rate_and_shipping(fx_and_logistics):
    product = live_product(title="Silk scarf")
    response = Client().get(f"/api/store/products/{product.id}?currency=JPY&country=RU")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["display_price"]["currency"] == "JPY"
    assert body["display_price"]["rate"] and body["display_price"]["rate_source"]
    assert "." not in body["display_price"]["formatted"]  # yen has no minor unit
    assert body["shipping"]["cheapest"]["price"]["currency"] == "USD"
    assert body["shipping"]["fastest"]["days_max"] <= body["shipping"]["cheapest"]["days_max"]


def test_product_detail_refuses_unknown_currency_or_country():
    product = live_product(title="Silk scarf")
    assert Client().get(f"/api/store/products/{product.id}?currency=ZZZ").status_code == 422
    assert Client().get(f"/api/store/products/{product.id}?country=QQ").status_code == 422


def test_a_warm_product_read_is_one_query_and_shows_live_stock():
    product = live_product(title="Silk scarf")
    client = Client()
    assert client.get(f"/api/store/products/{product.id}").status_code == 200
    sku = product.skus.get()
    Sku.objects.filter(pk=sku.pk).update(stock=3)  # as a purchase does, without saving the listing
    with CaptureQueriesContext(connection) as warm:
        body = client.get(f"/api/store/products/{product.id}").json()
    assert len(warm) == 1
    assert body["skus"][0]["stock"] == 3


def test_a_cached_product_page_follows_edits_and_take_downs_at_once():
    product = live_product(title="Silk scarf")
    client = Client()
    assert client.get(f"/api/store/products/{product.id}").json()["brand_name"] == ""
    product.brand_name = "Hangzhou Silk"
    product.save(update_fields=["brand_name"])
    assert client.get(f"/api/store/products/{product.id}").json()["brand_name"] == "Hangzhou Silk"
    product.shop.status = "suspended"
    product.shop.save(update_fields=["status"])
    assert client.get(f"/api/store/products/{product.id}").status_code == 404


def test_the_cached_product_page_is_per_language():
    product = live_product(title="Silk scarf")
    ProductTranslation.objects.create(product=product, language="ru", title="Шёлковый шарф")
    client = Client()
    assert client.get(f"/api/store/products/{product.id}").json()["title"] == "Silk scarf"
    russian = client.get(f"/api/store/products/{product.id}", HTTP_ACCEPT_LANGUAGE="ru")
    assert russian.json()["title"] == "Шёлковый шарф"
    assert russian["Content-Language"] == "ru"
