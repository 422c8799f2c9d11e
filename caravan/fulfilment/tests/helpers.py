"""Building blocks of fulfilment tests: paid orders by a chosen service, signed carrier posts."""

import json
from datetime import datetime

from django.test import Client

from caravan.checkout.tests.helpers import card_token, checkout_body, place, sku_on_sale
from caravan.core.signing import signature_header
from caravan.core.testing import ApiClient
from caravan.fulfilment.services import carrier_webhook_secret
from caravan.fulfilment.wire import SIGNATURE_HEADER
from caravan.order.models import Order
from caravan.seller.tests.factories import ShopFactory


def paid_orders(api, buyer, services: list[str], key: str = "paid") -> list[Order]:
    """One paid order per service, each from its own new shop, in one checkout to Germany."""
    client: ApiClient = api(buyer)
    shops = [ShopFactory() for _ in services]
    for shop in shops:
        sku = sku_on_sale(shop=shop, price=2500, stock=5, title=f"Enamel mug {shop.pk}")
        client.post("/api/store/cart/items", {"sku": sku.id, "quantity": 2})
    body = checkout_body(client, token=card_token(client))
    chosen = {shop.pk: service for shop, service in zip(shops, services, strict=True)}
    body["shipping"] = [{"shop_id": g["shop_id"], "service": chosen[g["shop_id"]]}
                        for g in body["shipping"]]
    response = place(client, body, key=key)
    assert response.status_code in (200, 201), response.content
    orders = {o.shop_id: o for o in Order.objects.filter(shop__in=shops)}
    assert all(o.status == "paid" for o in orders.values()), orders
    return [orders[shop.pk] for shop in shops]


def event(number: str, kind: str, at: datetime, event_id: str = "evt-1", **extra) -> bytes:
    return json.dumps({"id": event_id, "tracking_number": number, "kind": kind,
                       "occurred_at": at.isoformat(), "location": "Berlin, DE", **extra}).encode()


def post_event(carrier: str, body: bytes, *, secret: str | None = None,
               timestamp: int | None = None, header: str | None = None):
    """POST a carrier event signed as the carrier would (or with the given header)."""
    if header is None:
        header = signature_header(secret=secret or carrier_webhook_secret(carrier), body=body,
                                  timestamp=timestamp)
    return Client().post(f"/api/carriers/{carrier}/events", body,
                         content_type="application/json", headers={SIGNATURE_HEADER: header})
