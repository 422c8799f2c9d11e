import pytest

from caravan.checkout.tests.conftest import shipping_tables  # noqa: F401  (a fixture)

from .helpers import paid_orders


@pytest.fixture
def paid_order(api, buyer, shipping_tables):  # noqa: F811
    """One paid order to Germany, to go by China Post Registered Air Mail (tracked, S10)."""
    return paid_orders(api, buyer, ["cpost-registered"])[0]
