"""`simulate-logistics`: carriers played for the demo through the signed webhook path."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from caravan.core import clock
from caravan.fulfilment.models import Shipment, TrackingEvent
from caravan.fulfilment.services import shipment_create
from caravan.fulfilment.simulation import logistics_simulate, shipment_plan
from caravan.logistics.models import ShippingService
from caravan.order.models import Order

from .helpers import paid_orders

pytestmark = pytest.mark.django_db

LATER = timedelta(days=150)  # past every lane's slowest delivery and a loss investigation


@pytest.fixture
def shipments(api, buyer, shipping_tables):
    services = ["cpost-registered"] * 4 + ["caravan-standard"] * 2 + ["dhl-express"] * 2
    return [shipment_create(order=order, actor=None, mode="online")
            for order in paid_orders(api, buyer, services)]


def journeys() -> list[tuple]:
    return list(TrackingEvent.objects.order_by("carrier", "event_id").values_list(
        "carrier", "event_id", "kind", "occurred_at", "location", "applied"))


def test_every_parcel_travels_to_the_end_of_its_journey(shipments):
    counts = logistics_simulate(seed=1, now=clock.now() + LATER)

    assert counts["shipments"] == 8 and counts["delivered"] + counts["lost"] == 8
    assert not Shipment.objects.exclude(status__in=("delivered", "lost")).exists()
    delivered = Order.objects.filter(shipment__status="delivered")
    assert delivered.count() == counts["delivered"]
    assert all(o.status == "delivered" for o in delivered)


def test_the_same_seed_gives_the_same_journeys_and_another_seed_others(shipments):
    now = clock.now() + timedelta(days=12)
    runs = []
    for seed in (7, 7, 8):
        with transaction.atomic():
            logistics_simulate(seed=seed, now=now)
            runs.append(journeys())
            transaction.set_rollback(True)

    assert runs[0] and runs[0] == runs[1]
    assert runs[0] != runs[2]


def test_express_arrives_sooner_than_postal(shipments):
    by_service = {}
    for shipment in Shipment.objects.select_related("order__shop"):
        service = ShippingService.objects.get(code=shipment.service)
        plan = shipment_plan(shipment=shipment, service_class=service.service_class, seed=1,
                             days=(3, 7) if service.service_class == "express" else (10, 25),
                             loss_rate_bps=0, tracked=True)
        by_service.setdefault(service.service_class, []).append(plan[-1].at - plan[0].at)

    assert max(by_service["express"]) < min(by_service["postal"])


def test_a_rerun_posts_only_what_came_due_since(shipments):
    soon, later = clock.now() + timedelta(days=4), clock.now() + LATER
    first = logistics_simulate(seed=3, now=soon)
    assert first["posted"] > 0

    again = logistics_simulate(seed=3, now=soon)
    assert again["posted"] == 0 and again["already_posted"] == first["posted"]

    rest = logistics_simulate(seed=3, now=later)
    assert rest["posted"] > 0
    assert TrackingEvent.objects.count() == first["posted"] + rest["posted"]


def test_at_a_high_loss_rate_some_parcels_are_lost(shipments):
    ShippingService.objects.filter(code="cpost-registered").update(loss_rate_bps=6000)
    ShippingService.objects.filter(code="caravan-standard").update(loss_rate_bps=6000)

    counts = logistics_simulate(seed=11, now=clock.now() + LATER)

    lost = Shipment.objects.filter(status="lost")
    assert counts["lost"] == lost.count() > 0
    assert counts["delivered"] > 0
    assert all(o.status == "shipped" for o in Order.objects.filter(shipment__in=lost))


def test_at_no_loss_rate_nothing_is_lost(shipments):
    ShippingService.objects.update(loss_rate_bps=0)

    counts = logistics_simulate(seed=11, now=clock.now() + LATER)

    assert counts["lost"] == 0 and counts["delivered"] == 8


def test_untracked_parcels_are_scanned_only_until_they_leave(api, buyer, shipping_tables):
    order = paid_orders(api, buyer, ["cpost-ordinary"])[0]
    shipment = shipment_create(order=order, actor=None, mode="online")
    assert shipment.tracking_number.startswith("UA")

    logistics_simulate(seed=1, now=clock.now() + LATER)

    assert [e.kind for e in TrackingEvent.objects.all()] == ["accepted", "in_transit"]
    assert Order.objects.get(pk=order.pk).status == "shipped"


def test_the_command_runs_with_a_seed_and_a_time(shipments):
    out = StringIO()

    call_command("simulate_logistics", seed=5, now=(clock.now() + LATER).isoformat(),
                 stdout=out)

    assert "shipments: 8" in out.getvalue()
    assert TrackingEvent.objects.exists()


def test_the_command_refuses_to_run_in_production(settings):
    from django.core.management.base import CommandError

    settings.PRODUCTION = True
    with pytest.raises(CommandError):
        call_command("simulate_logistics")
