"""Writes: sellers' shipping templates, and the operator's carriers, services, zones and rates.

Every writer of logistics data bumps the cache version (tables.logistics_cache_bump).
"""

from collections.abc import Iterable

import pycountry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from caravan.core.errors import InvalidInput
from caravan.core.models import locked

from .constants import Charge, RateMethod
from .models import (
    Carrier,
    Destination,
    RateBand,
    ShippingService,
    ShippingTemplate,
    TemplateCoverage,
    TemplateGroup,
    Zone,
)
from .tables import logistics_cache_bump


def all_countries() -> list[str]:
    return sorted(country.alpha_2 for country in pycountry.countries)


def countries_check(codes: Iterable[str], *, field: str) -> list[str]:
    known = set(all_countries())
    cleaned = [str(code).strip().upper() for code in codes]
    unknown = sorted({code for code in cleaned if code not in known})
    if unknown:
        raise InvalidInput(_("Unknown countries: %(codes)s.") % {"codes": ", ".join(unknown)},
                           fields={field: [_("Use ISO 3166-1 alpha-2 codes.")]})
    return sorted(set(cleaned))


# --- seller templates -------------------------------------------------------------------------

def _template_check(*, name: str, handling_days: int, not_served: list[str],
                    groups: list[dict]) -> tuple[list[str], list[dict]]:
    if not (name or "").strip():
        raise InvalidInput(_("A template needs a name."), fields={"name": [_("Required.")]})
    low, high = settings.SHIPPING_HANDLING_DAYS_MIN, settings.SHIPPING_HANDLING_DAYS_MAX
    if not low <= handling_days <= high:
        raise InvalidInput(_("Handling time is %(low)s to %(high)s days.")
                           % {"low": low, "high": high},
                           fields={"handling_days": [_("Out of range.")]})
    if not groups:
        raise InvalidInput(_("Add at least one group of destinations."),
                           fields={"groups": [_("Required.")]})
    excluded = countries_check(not_served, field="not_served")
    cleaned, seen, rest = [], set(excluded), 0
    for index, group in enumerate(groups):
        cleaned.append(_group_check(index, group, seen))
        rest += not cleaned[-1]["countries"]
    if rest > 1:
        raise InvalidInput(_("Only one group may cover all other destinations."),
                           fields={"groups": [_("Give countries to all groups but one.")]})
    return excluded, cleaned


def _group_check(index: int, group: dict, seen: set[str]) -> dict:
    where = f"groups.{index}"
    countries = countries_check(group.get("countries") or [], field=f"{where}.countries")
    twice = sorted(seen.intersection(countries))
    if twice:
        raise InvalidInput(_("Each country may be in one group only (or not served): "
                             "%(codes)s.") % {"codes": ", ".join(twice)},
                           fields={f"{where}.countries": [_("Listed twice.")]})
    seen.update(countries)
    codes = sorted(set(group.get("services") or []))
    found = {s.code: s for s in ShippingService.objects.filter(code__in=codes, active=True)}
    missing = [code for code in codes if code not in found]
    if not codes or missing:
        raise InvalidInput(_("Choose active shipping services for every group."),
                           fields={f"{where}.services": [_("Unknown services: %(c)s.")
                                                         % {"c": ", ".join(missing)}
                                                         if missing else _("Required.")]})
    charge, pct = group.get("charge", Charge.STANDARD), int(group.get("discount_pct") or 0)
    if charge not in Charge.values:
        raise InvalidInput(_("Unknown charge."), fields={f"{where}.charge": [_("Invalid.")]})
    if (charge == Charge.DISCOUNTED) != (1 <= pct <= 99):
        raise InvalidInput(_("A discount is 1-99%, and only with the discounted charge."),
                           fields={f"{where}.discount_pct": [_("Invalid for this charge.")]})
    return {"countries": countries, "services": [found[c] for c in codes], "charge": charge,
            "discount_pct": pct}


def _template_write(template: ShippingTemplate, excluded: list[str], groups: list[dict]):
    template.groups.all().delete()  # coverage rows go with their groups
    explicit: set[str] = {c for g in groups for c in g["countries"]}
    rest = [c for c in all_countries() if c not in explicit and c not in excluded]
    coverage = []
    for position, spec in enumerate(groups):
        group = TemplateGroup.objects.create(template=template, position=position,
                                             countries=spec["countries"], charge=spec["charge"],
                                             discount_pct=spec["discount_pct"])
        group.services.set(spec["services"])
        coverage += [TemplateCoverage(template=template, group=group, country=country)
                     for country in (spec["countries"] or rest)]
    TemplateCoverage.objects.bulk_create(coverage)


@transaction.atomic
def shipping_template_create(*, shop, name: str, handling_days: int | None = None,
                             not_served: list[str] = (), groups: list[dict]) -> ShippingTemplate:
    handling = settings.SHIPPING_HANDLING_DAYS_DEFAULT if handling_days is None else handling_days
    excluded, cleaned = _template_check(name=name, handling_days=handling,
                                        not_served=list(not_served), groups=groups)
    template = ShippingTemplate.objects.create(shop=shop, name=name.strip(),
                                               handling_days=handling, not_served=excluded)
    _template_write(template, excluded, cleaned)
    return template


@transaction.atomic
def shipping_template_update(*, template: ShippingTemplate, name: str, handling_days: int,
                             not_served: list[str], groups: list[dict]) -> ShippingTemplate:
    """Replace a template's rules whole (PUT semantics)."""
    excluded, cleaned = _template_check(name=name, handling_days=handling_days,
                                        not_served=not_served, groups=groups)
    # read again under lock: two saves at once would otherwise both keep their groups
    template = locked(template, _("No such shipping template."))
    template.name, template.handling_days, template.not_served = name.strip(), handling_days, \
        excluded
    template.save(update_fields=["name", "handling_days", "not_served"])
    _template_write(template, excluded, cleaned)
    return template


@transaction.atomic
def shipping_template_delete(*, template: ShippingTemplate) -> None:
    """Products using it fall back to the platform default (every service, standard charge)."""
    # the products first, then the template: the order a product save takes them in
    list(template.products.select_for_update().values_list("pk", flat=True))
    locked(template, _("No such shipping template.")).delete()


# --- operator data ----------------------------------------------------------------------------

def _apply(obj, changes: dict):
    for name, value in changes.items():
        setattr(obj, name, value)
    try:
        obj.full_clean()
    except ValidationError as exc:
        raise InvalidInput(_("Some fields are invalid."),
                           fields=getattr(exc, "message_dict", {"__all__": exc.messages})
                           ) from exc
    try:
        with transaction.atomic():
            obj.save()
    except IntegrityError as exc:  # full_clean checked the code; another request took it since
        raise InvalidInput(_("Some fields are invalid."),
                           fields={"code": [_("This code is already taken.")]}) from exc
    logistics_cache_bump()
    return obj


def carrier_save(*, carrier: Carrier | None = None, **changes) -> Carrier:
    return _apply(carrier or Carrier(), changes)


def shipping_service_save(*, service: ShippingService | None = None, **changes
                          ) -> ShippingService:
    if "carrier" in changes and isinstance(changes["carrier"], str):
        changes["carrier"] = Carrier.objects.filter(code=changes["carrier"]).first()
        if changes["carrier"] is None:
            raise InvalidInput(_("Unknown carrier."), fields={"carrier": [_("Unknown.")]})
    return _apply(service or ShippingService(), changes)


@transaction.atomic
def zone_save(*, zone: Zone | None = None, **changes) -> Zone:
    zone = _zone_locked(zone) if zone else None
    if changes.get("days_min", zone.days_min if zone else 0) > \
            changes.get("days_max", zone.days_max if zone else 0):
        raise InvalidInput(_("days_min cannot exceed days_max."),
                           fields={"days_min": [_("Greater than days_max.")]})
    return _apply(zone or Zone(), changes)


@transaction.atomic
def zone_delete(*, zone: Zone) -> None:
    # locked as its writers lock it: rows they are adding would otherwise outlive the zone
    _zone_locked(zone).delete()
    logistics_cache_bump()


def _zone_locked(zone: Zone) -> Zone:
    """The zone read again under lock: it may have gone since the request read it, and writers
    to one service's zones must queue, since a country moves between them. The service is
    locked first so that every writer takes the two locks in one order."""
    ShippingService.objects.select_for_update().filter(pk=zone.service_id).first()
    return locked(zone, _("No such zone."))


@transaction.atomic
def zone_set_countries(*, zone: Zone, countries: list[str],
                       protection_days: int | None = None) -> list[Destination]:
    """Make `countries` the zone's destinations, moving them from the service's other zones."""
    codes = countries_check(countries, field="countries")
    zone = _zone_locked(zone)
    days = protection_days or zone.service.default_protection_days
    Destination.objects.filter(zone=zone).exclude(country__in=codes).delete()
    Destination.objects.filter(service=zone.service_id, country__in=codes).delete()
    rows = Destination.objects.bulk_create(
        Destination(service_id=zone.service_id, zone=zone, country=c, protection_days=days)
        for c in codes)
    logistics_cache_bump()
    return rows


def _band_check(index: int, band: dict, previous: int) -> RateBand:
    where = f"bands.{index}"
    up_to = int(band.get("up_to_g") or 0)
    if up_to <= previous:
        raise InvalidInput(_("Bands go up in weight."), fields={f"{where}.up_to_g":
                                                                [_("Must exceed the band "
                                                                   "before.")]})
    method = band.get("method")
    if method not in RateMethod.values:
        raise InvalidInput(_("Unknown rate method."), fields={f"{where}.method": [_("Invalid.")]})
    if method == RateMethod.FIRST_ADDITIONAL and int(band.get("step_g") or 0) < 1:
        raise InvalidInput(_("First/additional rates need a step."),
                           fields={f"{where}.step_g": [_("Must be at least 1 g.")]})
    fields = ("item_fee", "per_kg", "first_weight_g", "first_price", "step_g", "step_price")
    values = {name: int(band.get(name) or 0) for name in fields}
    if any(value < 0 for value in values.values()):
        raise InvalidInput(_("Rates cannot be negative."), fields={where: [_("Negative.")]})
    return RateBand(up_to_g=up_to, method=method, **values)


@transaction.atomic
def zone_set_bands(*, zone: Zone, bands: list[dict]) -> list[RateBand]:
    """Replace the zone's rate card whole; the bands must reach the service's weight limit."""
    zone = _zone_locked(zone)
    rows, previous = [], 0
    for index, band in enumerate(bands):
        rows.append(_band_check(index, band, previous))
        previous = rows[-1].up_to_g
    if previous < zone.service.max_weight_g:
        raise InvalidInput(_("The bands must reach the service's limit of %(g)s g.")
                           % {"g": zone.service.max_weight_g},
                           fields={"bands": [_("The last band ends too low.")]})
    RateBand.objects.filter(zone=zone).delete()
    for row in rows:
        row.zone = zone
    created = RateBand.objects.bulk_create(rows)
    logistics_cache_bump()
    return created
