import pytest
from django.core.management import call_command
from django.utils import timezone

from caravan.checkout.tests.helpers import card_token, checkout_body, place, sku_on_sale
from caravan.order.models import Order


@pytest.fixture
def shipping_tables(db):
    from caravan.logistics.seeding import logistics_seed

    call_command("fx_load", verbosity=0)
    call_command("import_tax_seed", verbosity=0)
    logistics_seed()


@pytest.fixture
def make_paid_order(shipping_tables, api):
    """make_paid_order(buyer): a paid order of two mugs at 25.00 from a new shop."""
    def make(buyer, *, price: int = 2500, quantity: int = 2, shop=None) -> Order:
        sku = sku_on_sale(stock=10, price=price, shop=shop)
        client = api(buyer)
        client.post("/api/store/cart/items", {"sku": sku.id, "quantity": quantity})
        response = place(client, checkout_body(client, token=card_token(client)),
                         key=f"paid-{sku.id}")
        assert response.status_code in (200, 201), response.content
        return Order.objects.filter(buyer=buyer).order_by("-id").first()
    return make


@pytest.fixture
def paid_order(make_paid_order, buyer):
    order = make_paid_order(buyer)
    assert order.status == "paid"
    return order


@pytest.fixture
def t0():
    """The moment of shipment in most tests."""
    return timezone.now()


@pytest.fixture
def seller_of():
    def owner(order: Order):
        return order.shop.owner
    return owner


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploaded evidence goes to a directory of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
