import pytest
from django.core.management import call_command

from caravan.checkout.tests.helpers import card_token, checkout_body, place, sku_on_sale
from caravan.order.models import Order


@pytest.fixture
def paid_order(api, buyer):
    """A real order: carted, checked out and paid by sandbox card into escrow."""
    from caravan.logistics.seeding import logistics_seed

    call_command("fx_load", verbosity=0)
    call_command("import_tax_seed", verbosity=0)
    logistics_seed()
    sku = sku_on_sale(stock=5, price=2500)
    client = api(buyer)
    client.post("/api/store/cart/items", {"sku": sku.id, "quantity": 2})
    place(client, checkout_body(client, token=card_token(client)), key="paid")
    return Order.objects.get()
