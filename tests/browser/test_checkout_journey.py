import pytest
from django.core.management import call_command

from caravan.account.tests.factories import AddressFactory, BuyerFactory
from caravan.checkout.tests.helpers import sku_on_sale
from caravan.logistics.seeding import logistics_seed
from caravan.order.models import Order
from caravan.seller.tests.factories import ShopFactory

from .test_listing_journey import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_buyer_pays_a_two_seller_cart_and_each_seller_sees_only_its_order(page, browser,
                                                                         live_server):
    # given two shops with an item each, and a buyer in Germany with an address
    call_command("fx_load", verbosity=0)
    call_command("import_tax_seed", verbosity=0)
    logistics_seed()
    shop_a, shop_b = ShopFactory(name="Yiwu Crafts"), ShopFactory(name="Ningbo Kitchen")
    mug = sku_on_sale(shop=shop_a, title="Hand painted mug", price=1250)
    pan = sku_on_sale(shop=shop_b, title="Carbon steel wok", price=2999)
    buyer = BuyerFactory(country="DE")
    AddressFactory(user=buyer)
    # when the buyer puts both in the cart and pays with a test card
    log_in(page, buyer.email)
    for sku in (mug, pan):
        page.goto(f"/p/{sku.product_id}/")
        page.click("#add-to-cart")
        page.wait_for_url("**/cart/")
    page.click("#go-checkout")
    page.fill("#card-number", "4242 4242 4242 4242")
    page.fill("#card-exp", "12/30")
    page.fill("#card-cvc", "123")
    page.click("#pay")
    page.wait_for_selector("#checkout-status")
    # then two paid orders are shown
    assert "Paid" in page.inner_text("#checkout-status")
    assert page.locator("#placed-orders li").count() == 2
    page.screenshot(path="test-artifacts/checkout_done.png", full_page=True)
    orders = {o.shop_id: o for o in Order.objects.all()}
    assert {o.status for o in orders.values()} == {"paid"}
    # and each seller sees its own order only, with no card data
    seller_page = browser.new_page(base_url=live_server.url)
    log_in(seller_page, shop_a.owner.email)
    seller_page.goto("/seller/orders/")
    listed = seller_page.inner_text("#seller-orders")
    assert orders[shop_a.id].number in listed and orders[shop_b.id].number not in listed
    seller_page.click(f"text={orders[shop_a.id].number}")
    detail = seller_page.content()
    assert "4242" not in detail and buyer.email not in detail
    assert "Ada Lovelace" in detail
    response = seller_page.goto(f"/seller/orders/{orders[shop_b.id].id}/")
    assert response.status == 404
    seller_page.close()
