import pytest

from caravan.catalog.models import Product
from caravan.catalog.tests.factories import CategoryFactory
from caravan.core.testing import TEST_PASSWORD
from caravan.seller.tests.factories import ShopFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, email):
    page.goto("/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", TEST_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url("**/account/")


def test_seller_lists_a_product_and_a_buyer_finds_and_opens_it(page, browser, live_server):
    # given an active shop and a category
    shop = ShopFactory(name="Hangzhou Tea House", slug="hangzhou-tea")
    CategoryFactory(name="Tea sets", slug="tea-sets")
    # when the seller fills the editor and saves
    log_in(page, shop.owner.email)
    page.goto("/seller/products/new/")
    page.select_option("select[name=category_id]", label="Tea sets")
    page.fill("input[name=title_en]", "Celadon porcelain tea set")
    page.select_option("select[name=default_language]", "zh-hans")
    page.fill("input[name=title_own]", "青瓷茶具套装")
    page.fill("input[name=sku-0-code]", "TEA-1")
    page.fill("input[name=sku-0-options]", "colour=green")
    page.fill("input[name=sku-0-price]", "39.90")
    page.fill("input[name=sku-0-stock]", "12")
    page.fill("input[name=sku-0-weight_g]", "1400")
    page.fill("input[name=sku-0-length_cm]", "30")
    page.fill("input[name=sku-0-width_cm]", "22")
    page.fill("input[name=sku-0-height_cm]", "12")
    page.fill("input[name=sku-0-hs_code]", "691110")
    page.click("#add-sku")
    page.wait_for_selector("input[name=sku-1-code]")
    page.fill("input[name=sku-1-code]", "TEA-2")
    page.fill("input[name=sku-1-options]", "colour=white")
    page.fill("input[name=sku-1-price]", "42.00")
    page.fill("input[name=sku-1-stock]", "5")
    page.fill("input[name=sku-1-weight_g]", "1400")
    page.fill("input[name=sku-1-length_cm]", "30")
    page.fill("input[name=sku-1-width_cm]", "22")
    page.fill("input[name=sku-1-height_cm]", "12")
    page.click("#save-listing")
    page.wait_for_selector("#current-status")
    # and submits it for sale
    page.click("#submit-listing")
    page.wait_for_selector("#listing-status")
    # then it is live
    assert page.inner_text("#listing-status") == "active"
    assert Product.objects.get().skus.count() == 2
    # when a buyer searches in Chinese and opens the result
    buyer_page = browser.new_page(base_url=live_server.url)
    buyer_page.goto("/search/?q=青瓷")
    buyer_page.click(".product-card a")
    # then the product page shows the SKU picker, the price and the shop
    buyer_page.wait_for_selector("#product-title")
    assert buyer_page.inner_text("#price") == "$39.90"
    buyer_page.check(f"input[name=sku][value='{Product.objects.get().skus.last().id}']")
    assert buyer_page.inner_text("#price") == "$42.00"
    assert buyer_page.inner_text("#shop-link") == "Hangzhou Tea House"
    buyer_page.screenshot(path="test-artifacts/product_page.png", full_page=True)
    buyer_page.close()
