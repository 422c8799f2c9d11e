import pytest
from django.core.management import call_command

from caravan.account.tests.factories import BuyerFactory
from caravan.checkout.tests.helpers import card_token, checkout_body, place, sku_on_sale
from caravan.core.testing import ApiClient
from caravan.fulfilment.services import shipment_create, tracking_event_record
from caravan.logistics.seeding import logistics_seed
from caravan.order.models import Order
from caravan.seller.tests.factories import ShopFactory

from .test_listing_journey import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_buyer_follows_tracking_confirms_receipt_and_the_seller_sees_the_balance_move(
        page, browser, live_server):
    # given a paid order the seller shipped and the carrier is moving
    call_command("fx_load", verbosity=0)
    call_command("import_tax_seed", verbosity=0)
    logistics_seed()
    shop = ShopFactory(name="Dongguan Lamps")
    buyer = BuyerFactory(country="DE")
    client = ApiClient(buyer)
    client.post("/api/store/cart/items", {"sku": sku_on_sale(shop=shop, price=3999).id})
    place(client, checkout_body(client, token=card_token(client)), key="r")
    order = Order.objects.get()
    shipment = shipment_create(order=order, actor=shop.owner, mode="online")
    for n, kind in enumerate(("accepted", "in_transit", "delivered")):
        tracking_event_record(carrier=shipment.carrier, event_id=f"ev-{n}",
                              tracking_number=shipment.tracking_number, kind=kind,
                              occurred_at=shipment.created_at)
    # and the seller's balance shows nothing pending yet
    seller_page = browser.new_page(base_url=live_server.url)
    log_in(seller_page, shop.owner.email)
    seller_page.goto("/seller/balances/")
    pending = "[data-currency=USD] [data-balance=pending]"
    assert seller_page.inner_text(pending) == "$0.00"
    # when the buyer opens the order, follows the tracking and confirms receipt
    log_in(page, buyer.email)
    page.goto(f"/orders/{order.id}/")
    assert shipment.tracking_number in page.inner_text("#tracking")
    assert page.locator("#tracking-events li").count() == 3
    page.click("#confirm-receipt")
    page.wait_for_selector("#order-status")
    assert page.inner_text("#order-status") == "completed"
    page.screenshot(path="test-artifacts/receipt_confirmed.png", full_page=True)
    # then the seller sees the order's money in the pending balance
    seller_page.reload()
    assert seller_page.inner_text(pending) not in ("$0.00", "")
    seller_page.screenshot(path="test-artifacts/seller_balances.png", full_page=True)
    assert Order.objects.get().status == "completed"
    seller_page.close()
