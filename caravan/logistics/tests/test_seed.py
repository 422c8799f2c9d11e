from decimal import Decimal as D

import pycountry
import pytest
from django.core.management import call_command

from caravan.core.money import Money
from caravan.logistics import seed_data, selectors
from caravan.logistics.models import Destination, RateBand, ShippingService
from caravan.logistics.rates import Parcel
from caravan.logistics.seeding import logistics_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("fx_load", verbosity=0)
    logistics_seed()


def test_the_seed_has_the_three_classes_of_service_and_named_carriers(seeded):
    services = {s.code: s for s in ShippingService.objects.select_related("carrier")}
    assert {s.service_class for s in services.values()} == {"postal", "cooperative", "express"}
    assert {"cpost-registered", "cpost-ordinary", "epacket", "hkpost-registered",
            "caravan-standard", "caravan-premium", "dhl-express", "ups-express",
            "fedex-express", "tnt-express"} <= set(services)
    assert all(s.source for s in services.values())  # every table says where it comes from
    express = [s for s in services.values() if s.service_class == "express"]
    assert all(s.volumetric_divisor == 5000 for s in express)
    assert services["caravan-premium"].volumetric_divisor == 5000


def test_every_iso_country_has_a_service_or_a_clear_not_served_reason(seeded):
    parcel = Parcel(500, D("20"), D("15"), D("5"))
    unserved = []
    for country in pycountry.countries:
        options = selectors.shipping_options(parcel=parcel, country=country.alpha_2)
        if not options.quotes:
            unserved.append(country.alpha_2)
            assert {r.reason for r in options.refusals} == {"country_not_served"}
            assert all(country.alpha_2 in r.message for r in options.refusals)
    assert sorted(unserved) == sorted(seed_data.NOWHERE)


def test_every_zone_card_reaches_its_service_limit(seeded):
    for service in ShippingService.objects.prefetch_related("zones__bands"):
        for zone in service.zones.all():
            assert max(b.up_to_g for b in zone.bands.all()) >= service.max_weight_g, zone


def test_one_kg_to_russia_by_postal_packet_costs_30_to_40_cny(seeded):
    options = selectors.shipping_options(parcel=Parcel(1000, D("20"), D("15"), D("10")),
                                         country="RU")
    costs = {q.service.code: q.cost for q in options.quotes}
    assert costs["cpost-registered"] == Money(3900, "CNY")
    assert costs["cpost-ordinary"] == Money(3050, "CNY")
    assert {q.lane.protection_days for q in options.quotes
            if q.service.service_class != "express"} == {90}
    assert "dhl-express" not in costs  # express carriers suspended Russia in 2022


def test_seeding_is_idempotent_and_keeps_operator_edits(seeded):
    counts = (Destination.objects.count(), RateBand.objects.count())
    ShippingService.objects.filter(code="epacket").update(name="ePacket (edited)")
    assert logistics_seed() == {"services": 0, "carriers": 7}
    assert (Destination.objects.count(), RateBand.objects.count()) == counts
    assert ShippingService.objects.get(code="epacket").name == "ePacket (edited)"
    logistics_seed(reset=True)
    assert ShippingService.objects.get(code="epacket").name == "ePacket"
    assert (Destination.objects.count(), RateBand.objects.count()) == counts
