"""Objects of buyer A and seller A for the access matrix; run in the server's environment.

Prints JSON: {"ids": {path parameter: id}, "markers": [strings only their owners may see],
"missing": [path parameters with no fixture]}. Orders go through the real cart, checkout and
sandbox card (the demo's own placing); the rest through the services of each app.
"""

import json
import os
import sys
from datetime import timedelta

import django


def _orders(buyer, shop) -> list:
    from caravan.catalog.models import Sku
    from caravan.demo.orders import _place
    from caravan.order.models import Order

    skus = list(Sku.objects.filter(product__shop=shop, product__status="active",
                                   stock__gte=5).order_by("id")[:4])
    for n, sku in enumerate(skus[:3]):
        _place(buyer, [sku], "4242424242424242", f"reliability-access-{n}")
    return list(Order.objects.filter(buyer=buyer, shop=shop, status="paid").order_by("id"))


def _dispute(order, buyer, seller) -> dict:
    from django.conf import settings

    from caravan.core import clock
    from caravan.dispute.services.claims import dispute_open
    from caravan.fulfilment.services import shipment_create
    from caravan.order.models import Order

    shipment = shipment_create(order=order, actor=seller, mode="online")
    days = settings.DISPUTE_OPENS_AFTER_SHIPMENT_DAYS + 1
    Order.objects.filter(pk=order.pk).update(shipped_at=clock.now() - timedelta(days=days))
    order.refresh_from_db()
    marker = "Reliability marker: the parcel never came"
    dispute = dispute_open(order=order, buyer=buyer, reason="not_received", text=marker)
    return {"ids": {"dispute_id": dispute.pk, "shipment": shipment.pk}, "markers": [marker]}


def _seller_side(shop, seller) -> dict:
    from caravan.catalog.models import Product, ProductImage
    from caravan.logistics.models import ShippingService
    from caravan.logistics.services import shipping_template_create
    from caravan.payout.services import bank_account_add

    holder = "Reliability Marker Trading Ltd"
    account = bank_account_add(shop=shop, actor=seller, holder_name=holder,
                               bank_name="HSBC Hong Kong", bic="HSBCHKHHHKH",
                               number="004-123456-777", country="HK", currency="USD")
    product = Product.objects.filter(shop=shop).order_by("id").first()
    image = ProductImage.objects.filter(product__shop=shop).order_by("id").first()
    service = ShippingService.objects.filter(active=True).order_by("id").first()
    template = shipping_template_create(shop=shop, name="Reliability Marker template",
                                        groups=[{"services": [service.code]}])
    ids = {"account_id": account.pk, "product_id": product.pk, "shop_id": shop.pk,
           "template_id": template.pk,
           "image_id": image.pk if image else None}
    return {"ids": ids, "markers": [holder, template.name], "service": service.code}


def _address(buyer):
    from caravan.account.services import address_create
    from caravan.demo.data import BUYER_ADDRESSES
    from caravan.demo.management.commands.seed_demo import mobile_example

    sample = next(a for a in BUYER_ADDRESSES if a["country_code"] == buyer.country)
    phone = mobile_example(buyer.country)
    return address_create(user=buyer, data={**sample, "name": "Reliability Marker",
                                            "phone": phone, "is_default": True})


def build() -> dict:
    from caravan.account.models import User
    from caravan.checkout.cart import cart_add, cart_get
    from caravan.order.aftersale import cancellation_request
    from caravan.seller.models import Shop

    buyer = User.objects.get(email="buyer001@caravan.test")
    seller = User.objects.get(email="seller01@caravan.test")
    shop = Shop.objects.get(owner=seller)
    address = _address(buyer)
    orders = _orders(buyer, shop)
    found = {"ids": {"address_id": address.pk}, "markers": [address.name]}
    if len(orders) >= 2:
        found["ids"]["order_id"] = orders[0].pk
        request = cancellation_request(order=orders[1], buyer=buyer,
                                       reason="Reliability marker: changed my mind")
        found["ids"]["request_id"] = request.pk
        found["markers"].append("Reliability marker: changed my mind")
        dispute = _dispute(orders[0], buyer, seller)
        found["ids"] |= dispute["ids"]
        found["markers"] += dispute["markers"]
    cart = cart_get(user=buyer, create=True)
    sku_id = orders[-1].lines.first().sku_id if orders else None
    if sku_id:
        found["ids"]["line_id"] = cart_add(cart=cart, sku_id=sku_id, quantity=1).pk
        found["sku"] = sku_id
    seller_side = _seller_side(shop, seller)
    found["ids"] |= seller_side["ids"]
    found["markers"] += seller_side["markers"]
    found["service"] = seller_side["service"]
    found["ids"] = {k: v for k, v in found["ids"].items() if v is not None}
    return found


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caravan.settings")
    django.setup()
    json.dump(build(), sys.stdout)


if __name__ == "__main__":
    main()
