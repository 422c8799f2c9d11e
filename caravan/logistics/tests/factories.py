"""Factories for rate data; `lane()` builds a service serving countries with one rate card."""

from datetime import UTC, datetime
from decimal import Decimal

import factory

from caravan.logistics.models import Carrier, Destination, RateBand, ShippingService, Zone
from caravan.pricing.models import FxRate


class CarrierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Carrier
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"carrier-{n}")
    name = factory.Sequence(lambda n: f"Carrier {n}")


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ShippingService

    code = factory.Sequence(lambda n: f"service-{n}")
    name = factory.Sequence(lambda n: f"Service {n}")
    carrier = factory.SubFactory(CarrierFactory)
    service_class = "postal"
    tracked = True
    currency = "USD"
    max_weight_g = 2000
    max_sum_cm = Decimal("90")
    max_longest_cm = Decimal("60")
    default_protection_days = 60
    position = factory.Sequence(int)


class ZoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Zone

    service = factory.SubFactory(ServiceFactory)
    code = factory.Sequence(lambda n: f"z{n}")
    name = "Zone"
    days_min = 10
    days_max = 20


def lane(*, countries=("DE",), bands=(), days=(10, 20), protection_days=60, **service_fields):
    """A service delivering to `countries` in one zone priced by `bands` (dicts of RateBand)."""
    service = ServiceFactory(**service_fields)
    zone = ZoneFactory(service=service, days_min=days[0], days_max=days[1])
    for band in bands:
        RateBand.objects.create(zone=zone, **band)
    for country in countries:
        Destination.objects.create(service=service, zone=zone, country=country,
                                   protection_days=protection_days)
    return service


def per_gram(up_to_g, per_kg, item_fee=0):
    return {"up_to_g": up_to_g, "method": "per_gram", "per_kg": per_kg, "item_fee": item_fee}


def first_additional(up_to_g, first_g, first, step_g, step, item_fee=0):
    return {"up_to_g": up_to_g, "method": "first_additional", "first_weight_g": first_g,
            "first_price": first, "step_g": step_g, "step_price": step, "item_fee": item_fee}


def fx(currency: str, rate: str, *, source="manual", day=(2026, 10, 30)):
    return FxRate.objects.create(currency=currency, rate=Decimal(rate), source=source,
                                 effective_at=datetime(*day, 12, 0, tzinfo=UTC))


def put(client, path: str, body: dict):
    """PUT through core.testing.ApiClient, which has no put() of its own (yet)."""
    return client._send("put", path, body)
