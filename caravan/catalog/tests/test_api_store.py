import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from caravan.catalog.models import ProductTranslation, Sku
from caravan.catalog.tests.factories import CategoryFactory, ProductFactory, live_product

pytestmark = pytest.mark.django_db


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
