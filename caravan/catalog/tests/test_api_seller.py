import pytest

from caravan.catalog.models import Product, Sku
from caravan.catalog.tests.factories import CategoryFactory, ProductFactory
from caravan.seller.tests.factories import ShopFactory

pytestmark = pytest.mark.django_db


def sku(code="RED-M", **changes):
    return {"code": code, "options": {"colour": "red", "size": "M"}, "price": 1250, "stock": 40,
            "weight_g": 180, "length_cm": "25", "width_cm": "20", "height_cm": "2",
            "hs_code": "620442", "origin_country": "CN", **changes}


def product_body(category, **changes):
    return {"category_id": category.id, "default_language": "zh-hans",
            "translations": [{"language": "en", "title": "Summer floral dress"},
                             {"language": "zh-hans", "title": "夏季碎花连衣裙"}],
            "skus": [sku(), sku("BLUE-L", price=1350)], **changes}


def test_seller_creates_a_draft_with_skus_and_two_languages(api, seller):
    response = api(seller).post("/api/seller/products", product_body(CategoryFactory()))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "draft" and body["min_price"] == 1250
    assert {t["language"] for t in body["translations"]} == {"en", "zh-hans"}
    assert [s["code"] for s in body["skus"]] == ["RED-M", "BLUE-L"]


@pytest.mark.parametrize(("change", "field"), [
    ({"skus": [sku(price=0)]}, "skus.0.price"),
    ({"skus": [sku(weight_g=-5)]}, "skus.0.weight_g"),
    ({"skus": [sku(hs_code="12AB")]}, "skus.0.hs_code"),
    ({"skus": [sku(), sku()]}, "skus"),
    ({"skus": [sku(origin_country="XX")]}, "origin_country"),
    ({"sale_unit": "lot", "lot_size": 1}, "lot_size"),
    ({"translations": [{"language": "en", "title": "ab"}]}, "translations.0.title"),
    ({"translations": [{"language": "xx", "title": "Summer"}]}, "translations"),
])
def test_bad_listing_is_422_and_nothing_is_saved(api, seller, change, field):
    response = api(seller).post("/api/seller/products",
                                product_body(CategoryFactory(), **change))
    assert response.status_code == 422, response.content
    assert field in response.json()["fields"]
    assert not Product.objects.exists() and not Sku.objects.exists()


def test_unknown_category_is_422(api, seller):
    category = CategoryFactory()
    body = product_body(category, category_id=category.id + 1000)
    assert api(seller).post("/api/seller/products", body).status_code == 422


def test_lot_listing_keeps_its_size(api, seller):
    body = product_body(CategoryFactory(), sale_unit="lot", lot_size=10)
    response = api(seller).post("/api/seller/products", body)
    assert response.status_code == 201
    assert (response.json()["sale_unit"], response.json()["lot_size"]) == ("lot", 10)


def test_patch_replaces_the_sku_list_and_keeps_min_price(api, seller):
    client = api(seller)
    created = client.post("/api/seller/products", product_body(CategoryFactory())).json()
    response = client.patch(f"/api/seller/products/{created['id']}",
                            {"skus": [sku("BLUE-L", price=990)]})
    assert response.status_code == 200
    assert [s["code"] for s in response.json()["skus"]] == ["BLUE-L"]
    assert response.json()["min_price"] == 990


def test_a_lot_size_alone_that_does_not_fit_the_unit_is_422_and_changes_nothing(api, seller):
    client = api(seller)
    created = client.post("/api/seller/products", product_body(CategoryFactory())).json()
    path = f"/api/seller/products/{created['id']}"
    assert created["sale_unit"] == "piece"
    response = client.patch(path, {"lot_size": 5})
    assert response.status_code == 422 and "lot_size" in response.json()["fields"]
    assert client.patch(path, {"sale_unit": "lot", "lot_size": 5}).status_code == 200
    assert client.patch(path, {"lot_size": 1}).status_code == 422
    product = Product.objects.get(pk=created["id"])
    assert (product.sale_unit, product.lot_size) == ("lot", 5)


def test_a_seller_cannot_read_edit_or_submit_another_sellers_product(api, seller):
    theirs = ProductFactory(shop=ShopFactory(), title="Their draft")
    client = api(seller)
    base = f"/api/seller/products/{theirs.id}"
    assert client.get(base).status_code == 404
    assert client.patch(base, {"brand_name": "Mine"}).status_code == 404
    assert client.post(f"{base}/submit").status_code == 404
    assert client.post(f"{base}/delist").status_code == 404
    assert client.get("/api/seller/products").json()["items"] == []
    theirs.refresh_from_db()
    assert theirs.brand_name == "" and theirs.status == "draft"


def test_product_list_is_own_and_paginated(api, seller):
    mine = [ProductFactory(shop=seller.shop) for _ in range(3)]
    ProductFactory()
    client = api(seller)
    first = client.get("/api/seller/products?limit=2").json()
    second = client.get(f"/api/seller/products?limit=2&cursor={first['next_cursor']}").json()
    ids = [p["id"] for p in first["items"] + second["items"]]
    assert ids == sorted((p.id for p in mine), reverse=True)


@pytest.mark.django_db(transaction=True)
def test_an_edit_runs_in_its_own_transaction(api, seller):
    # No test transaction around it: the service's row lock needs its own (PostgreSQL refuses
    # SELECT ... FOR UPDATE in autocommit; SQLite ignores row locks, so its run cannot tell).
    client = api(seller)
    created = client.post("/api/seller/products", product_body(CategoryFactory())).json()
    response = client.patch(f"/api/seller/products/{created['id']}", {"brand_name": "Hangzhou"})
    assert response.status_code == 200, response.content
