import pytest
from django.core.management import call_command

from caravan.logistics.seeding import logistics_seed


@pytest.fixture
def shipping_tables(db):
    """FX rates and the seeded carriers, zones and rate cards, as `seed-demo` loads them."""
    call_command("fx_load", verbosity=0)
    call_command("import_tax_seed", verbosity=0)
    logistics_seed()
