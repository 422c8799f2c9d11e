"""Loads `seed_data` into the operator-editable tables (`caravan logistics-seed`)."""

from decimal import Decimal

from django.db import transaction

from caravan.core.money import Money

from . import seed_data
from .models import Carrier, Destination, RateBand, ShippingService, Zone
from .services import all_countries, shipping_template_create
from .tables import logistics_cache_bump

SERVICE_FIELDS = ("name", "service_class", "tracked", "loss_rate_bps", "currency",
                  "volumetric_divisor", "min_chargeable_g", "max_weight_g", "max_sum_cm",
                  "max_longest_cm", "max_length_girth_cm", "default_protection_days", "source")
MONEY_FIELDS = ("item_fee", "per_kg", "first_price", "step_price")


def _zone_countries(spec: dict) -> dict[str, set[str]]:
    """Each zone's countries for this service; the rest-of-world zone takes every country that
    no named region lists; unserved countries are left out."""
    named = set().union(*(c for _n, c in seed_data.ZONES.values() if c != seed_data.REST))
    custom = spec.get("zone_countries", {})
    unserved = seed_data.NOWHERE | spec["excluded"]
    out = {}
    for code in spec["zones"]:
        countries = custom.get(code) or seed_data.ZONES[code][1]
        if countries == seed_data.REST:
            countries = set(all_countries()) - named
        out[code] = set(countries) - unserved
    return out


def _band(zone: Zone, band: dict, currency: str) -> RateBand:
    values = {k: v for k, v in band.items() if k not in MONEY_FIELDS}
    values.update({k: Money.from_decimal(Decimal(band[k]), currency).amount
                   for k in MONEY_FIELDS if k in band})
    return RateBand(zone=zone, **values)


def _seed_service(spec: dict, carrier: Carrier, position: int) -> ShippingService:
    fields = {name: spec[name] for name in SERVICE_FIELDS if name in spec}
    service, _created = ShippingService.objects.update_or_create(
        code=spec["code"], defaults={**fields, "carrier": carrier, "position": position,
                                     "active": True})
    service.zones.all().delete()  # destinations and bands go with them
    destinations, bands = [], []
    for code, countries in _zone_countries(spec).items():
        days_min, days_max, zone_bands = spec["zones"][code]
        zone = Zone.objects.create(service=service, code=code, name=seed_data.ZONES[code][0],
                                   days_min=days_min, days_max=days_max)
        bands += [_band(zone, band, service.currency) for band in zone_bands]
        for country in sorted(countries):
            days = service.default_protection_days
            if not spec.get("no_protection_overrides"):
                days = seed_data.PROTECTION_DAYS.get(country, days)
            destinations.append(Destination(service=service, zone=zone, country=country,
                                            protection_days=days))
    RateBand.objects.bulk_create(bands)
    Destination.objects.bulk_create(destinations)
    return service


@transaction.atomic
def logistics_seed(*, reset: bool = False) -> dict[str, int]:
    """Create the seed carriers and services; a service that exists is left as the operator
    made it unless `reset`, which rewrites it from the seed. Idempotent."""
    carriers = {}
    for code, name, website, tracking_url in seed_data.CARRIERS:
        carriers[code], _created = Carrier.objects.get_or_create(
            code=code, defaults={"name": name, "website": website, "tracking_url": tracking_url})
    existing = set(ShippingService.objects.values_list("code", flat=True))
    written = 0
    for position, spec in enumerate(seed_data.SERVICES):
        if spec["code"] in existing and not reset:
            continue
        _seed_service(spec, carriers[spec["carrier"]], position)
        written += 1
    logistics_cache_bump()
    return {"services": written, "carriers": len(carriers)}


DEMO_TEMPLATE = "Standard shipping"
# Free tracked shipping to the largest buyer markets, every service at its rate elsewhere.
DEMO_FREE_MARKETS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "RU", "BR", "CA", "AU"]


def demo_template_seed(*, shop) -> bool:
    """Give a demo shop its default template once; True when it was created."""
    if shop.shipping_templates.filter(name=DEMO_TEMPLATE).exists():
        return False
    every = list(ShippingService.objects.filter(active=True).values_list("code", flat=True))
    shipping_template_create(shop=shop, name=DEMO_TEMPLATE, handling_days=5, groups=[
        {"countries": DEMO_FREE_MARKETS, "services": ["caravan-standard", "cpost-registered"],
         "charge": "free"},
        {"countries": [], "services": every, "charge": "standard"},
    ])
    return True
