import pytest
from django.test import Client

from caravan.catalog.models import ProductTranslation
from caravan.catalog.tests.factories import CategoryFactory, ProductFactory, live_product

pytestmark = pytest.mark.django_db


def test_search_page_shows_matches_and_facets():
    category = CategoryFactory(name="Lighting")
    live_product(title="LED desk lamp", category=category)
    page = Client().get("/search/?q=lamp").content.decode()
    assert "LED desk lamp" in page and "Lighting (1)" in page


def test_search_page_answers_bad_filters_clearly():
    response = Client().get("/search/?q=lamp&min_price=-3")
    assert response.status_code == 422
    assert "greater than or equal to 0" in response.content.decode()


def test_product_page_in_the_visitors_language_with_shop_link():
    product = live_product(title="Silk scarf")
    ProductTranslation.objects.create(product=product, language="zh-hans", title="真丝围巾")
    client = Client()
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = client.get(f"/p/{product.id}/").content.decode()
    assert "真丝围巾" in page
    assert f"/shop/{product.shop.slug}/" in page


def test_draft_product_page_is_404():
    draft = ProductFactory()
    assert Client().get(f"/p/{draft.id}/").status_code == 404


def test_shop_page_lists_its_live_products():
    product = live_product(title="Bamboo cutting board")
    ProductFactory(shop=product.shop, title="Hidden draft")
    page = Client().get(f"/shop/{product.shop.slug}/").content.decode()
    assert "Bamboo cutting board" in page and "Hidden draft" not in page


def test_product_page_shows_local_price_and_shipping_to_the_buyers_country(buyer):
    from django.core.management import call_command

    from caravan.logistics.seeding import logistics_seed

    call_command("fx_load", verbosity=0)
    logistics_seed()
    product = live_product(title="Silk scarf")
    buyer.buyer_profile.display_currency = "EUR"
    buyer.buyer_profile.save()
    client = Client()
    client.force_login(buyer)
    page = client.get(f"/p/{product.id}/").content.decode()
    assert 'id="local-price"' in page and "€" in page
    assert 'id="shipping"' in page and "To DE" in page
    other = client.get(f"/p/{product.id}/?country=BR").content.decode()
    assert "To BR" in other


def test_the_anonymous_product_page_is_cached_with_a_token_and_live_stock_per_visitor():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from caravan.catalog.models import Sku

    product = live_product(title="Silk scarf")
    sku = product.skus.get()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    assert "Silk scarf" in first.get(f"/p/{product.id}/").content.decode()
    Sku.objects.filter(pk=sku.pk).update(stock=0)  # sold out, the listing itself unchanged
    with CaptureQueriesContext(connection) as warm:
        page = second.get(f"/p/{product.id}/").content.decode()
    assert len(warm) == 1
    assert '<span id="stock">0</span>' in page
    assert "@@" not in page
    # the page's token is this visitor's: the cart form it holds is accepted
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    answer = second.post("/cart/add/", {"sku": sku.pk, "quantity": 1,
                                       "csrfmiddlewaretoken": token})
    assert answer.status_code != 403
