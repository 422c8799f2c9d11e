"""Building blocks of checkout tests: live SKUs, a card token, a checkout body."""

from decimal import Decimal

from caravan.catalog.models import Sku
from caravan.catalog.tests.factories import live_product
from caravan.core.testing import ApiClient

GOOD_CARD = "4242424242424242"
ADDRESS = {"name": "Erika Mustermann", "country_code": "DE", "city": "Berlin",
           "postal_code": "10115", "street_address": "Invalidenstraße 1",
           "phone": "+4915123456789"}


def sku_on_sale(*, shop=None, price=1250, stock=10, title="Enamel mug") -> Sku:
    kwargs = {"shop": shop} if shop else {}
    product = live_product(title=title, min_price=price, **kwargs)
    sku = product.skus.get()
    sku.price, sku.stock = price, stock
    sku.weight_g, sku.length_cm, sku.width_cm, sku.height_cm = 300, Decimal(12), Decimal(10), \
        Decimal(10)
    sku.save()
    return sku


def card_token(client: ApiClient, number: str = GOOD_CARD, **changes) -> str:
    body = {"number": number, "exp_month": 12, "exp_year": 2030, "cvc": "123",
            "address_line1": "Invalidenstraße 1", "postal_code": "10115", **changes}
    response = client.post("/api/payments/sandbox/tokens", body)
    assert response.status_code in (200, 201), response.content
    return response.json()["token"]


def checkout_body(client: ApiClient, *, token: str, country: str = "DE") -> dict:
    """Every seller group of the buyer's cart shipped by its cheapest service."""
    cart = client.get(f"/api/store/cart?country={country}").json()
    shipping = [{"shop_id": g["shop_id"], "service": g["cheapest_service"]}
                for g in cart["groups"]]
    return {"address": {**ADDRESS}, "shipping": shipping, "payment_token": token}


def place(client: ApiClient, body: dict, key: str):
    return client.post("/api/store/checkout", body, headers={"Idempotency-Key": key})
