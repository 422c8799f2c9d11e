import pytest
from django.test import Client

from caravan.catalog.models import Product
from caravan.catalog.tests.factories import CategoryFactory, ProductFactory

pytestmark = pytest.mark.django_db


def form_data(category, **changes):
    data = {"category_id": category.id, "sale_unit": "piece", "lot_size": 1,
            "default_language": "zh-hans", "brand_name": "", "title_en": "Folding travel kettle",
            "description_en": "", "title_own": "折叠旅行水壶", "description_own": "",
            "sku-TOTAL_FORMS": 1, "sku-INITIAL_FORMS": 0, "sku-MIN_NUM_FORMS": 1,
            "sku-MAX_NUM_FORMS": 50, "sku-0-code": "KT-1", "sku-0-options": "colour=grey",
            "sku-0-price": "15.90", "sku-0-stock": 30, "sku-0-weight_g": 600,
            "sku-0-length_cm": 20, "sku-0-width_cm": 15, "sku-0-height_cm": 8,
            "sku-0-hs_code": "851671", "sku-0-origin_country": "CN"}
    return {**data, **changes}


def test_seller_creates_a_listing_from_the_editor(seller):
    client = Client()
    client.force_login(seller)
    category = CategoryFactory()
    response = client.post("/seller/products/new/", form_data(category))
    assert response.status_code == 302, response.content.decode()[:2000]
    product = Product.objects.get()
    assert product.min_price == 1590 and product.status == "draft"
    assert set(product.translations.values_list("language", flat=True)) == {"en", "zh-hans"}
    assert "Folding travel kettle" in client.get("/seller/products/").content.decode()


def test_editor_shows_field_errors_and_saves_nothing(seller):
    client = Client()
    client.force_login(seller)
    response = client.post("/seller/products/new/",
                           form_data(CategoryFactory(), **{"sku-0-price": "-1"}))
    assert response.status_code == 422
    assert not Product.objects.exists()


def test_another_shops_listing_cannot_be_opened_in_the_editor(seller):
    theirs = ProductFactory()
    client = Client()
    client.force_login(seller)
    assert client.get(f"/seller/products/{theirs.id}/").status_code == 404
    assert client.post(f"/seller/products/{theirs.id}/submit/").status_code == 404


def test_csv_import_page_reports_rows(seller):
    from django.core.files.uploadedfile import SimpleUploadedFile

    CategoryFactory(slug="kettles")
    csv = ("category,title_en,sku,price,stock,weight_g,length_cm,width_cm,height_cm,submit\n"
           "kettles,Travel kettle,K-1,15.90,10,600,20,15,8,no\n"
           "kettles,Broken,K-2,free,10,600,20,15,8,no\n")
    client = Client()
    client.force_login(seller)
    page = client.post("/seller/products/import/",
                       {"file": SimpleUploadedFile("l.csv", csv.encode())}).content.decode()
    assert "1 of 2 rows saved." in page
    assert "price" in page


def test_sku_row_partial_uses_the_next_index(seller):
    client = Client()
    client.force_login(seller)
    html = client.get("/seller/products/sku-row/?index=3").content.decode()
    assert 'name="sku-3-code"' in html
