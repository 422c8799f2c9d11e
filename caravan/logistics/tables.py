"""Cached rate tables: active services and each country's lanes, read once per data version.

Every writer of logistics data bumps the version (`logistics_cache_bump`); another process that
keeps a local-memory cache may serve the old tables for LOGISTICS_CACHE_SECONDS at most.
"""

import time

from django.conf import settings
from django.core.cache import cache

from . import rates
from .models import Destination, RateBand, ShippingService

_VERSION_KEY = "logistics:version"


def logistics_cache_bump() -> None:
    cache.set(_VERSION_KEY, time.time_ns(), None)


def _cached(name: str, build):
    version = cache.get_or_set(_VERSION_KEY, time.time_ns, None)
    key = f"logistics:{name}:{version}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.LOGISTICS_CACHE_SECONDS)
    return value


def services() -> tuple[rates.Service, ...]:
    """Every active service, in display order."""
    def build():
        rows = ShippingService.objects.filter(active=True).select_related("carrier")
        return tuple(rates.Service(
            id=s.id, code=s.code, name=s.name, carrier=s.carrier.name,
            service_class=s.service_class, tracked=s.tracked, loss_rate_bps=s.loss_rate_bps,
            currency=s.currency, max_weight_g=s.max_weight_g,
            volumetric_divisor=s.volumetric_divisor, min_chargeable_g=s.min_chargeable_g,
            max_sum_cm=s.max_sum_cm, max_longest_cm=s.max_longest_cm,
            max_length_girth_cm=s.max_length_girth_cm) for s in rows)
    return _cached("services", build)


def lanes(country: str) -> dict[int, rates.Lane]:
    """The lanes of every service that delivers to `country`, by service id."""
    def build():
        destinations = list(Destination.objects.filter(country=country, service__active=True)
                            .select_related("zone"))
        bands: dict[int, list[rates.Band]] = {}
        for band in RateBand.objects.filter(zone__in=[d.zone_id for d in destinations]):
            bands.setdefault(band.zone_id, []).append(rates.Band(
                up_to_g=band.up_to_g, method=band.method, item_fee=band.item_fee,
                per_kg=band.per_kg, first_weight_g=band.first_weight_g,
                first_price=band.first_price, step_g=band.step_g, step_price=band.step_price))
        return {d.service_id: rates.Lane(
            zone=d.zone.code, days_min=d.zone.days_min, days_max=d.zone.days_max,
            protection_days=d.protection_days,
            bands=tuple(sorted(bands.get(d.zone_id, []), key=lambda b: b.up_to_g)))
            for d in destinations}
    return _cached(f"lanes:{country}", build)
