from decimal import Decimal
from typing import Literal

from ninja import Router, Schema, Status
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.logistics import selectors, services

router = Router(tags=["logistics"])


class CarrierIn(Schema):
    code: str = Field(max_length=40, pattern=r"^[a-z0-9-]+$")
    name: str = Field(min_length=1, max_length=120)
    website: str = Field("", max_length=200)
    tracking_url: str = Field("", max_length=300)


class CarrierOut(CarrierIn):
    id: int


class ServiceIn(Schema):
    code: str = Field(max_length=40, pattern=r"^[a-z0-9-]+$")
    name: str = Field(min_length=1, max_length=120)
    carrier: str = Field(max_length=40, description="carrier code")
    service_class: Literal["postal", "cooperative", "express"]
    tracked: bool = True
    loss_rate_bps: int = Field(0, ge=0, le=10000)
    currency: str = Field("CNY", min_length=3, max_length=3)
    volumetric_divisor: int | None = Field(None, ge=1)
    min_chargeable_g: int = Field(0, ge=0)
    max_weight_g: int = Field(ge=1)
    max_sum_cm: Decimal | None = Field(None, gt=0, max_digits=7, decimal_places=1)
    max_longest_cm: Decimal | None = Field(None, gt=0, max_digits=7, decimal_places=1)
    max_length_girth_cm: Decimal | None = Field(None, gt=0, max_digits=7, decimal_places=1)
    default_protection_days: int = Field(60, ge=1, le=365)
    active: bool = True
    position: int = Field(0, ge=0, le=1000)
    source: str = Field("", max_length=2000)


class ServicePatch(Schema):
    name: str | None = Field(None, min_length=1, max_length=120)
    tracked: bool | None = None
    loss_rate_bps: int | None = Field(None, ge=0, le=10000)
    volumetric_divisor: int | None = Field(None, ge=1)
    min_chargeable_g: int | None = Field(None, ge=0)
    max_weight_g: int | None = Field(None, ge=1)
    max_sum_cm: Decimal | None = Field(None, gt=0, max_digits=7, decimal_places=1)
    max_longest_cm: Decimal | None = Field(None, gt=0, max_digits=7, decimal_places=1)
    max_length_girth_cm: Decimal | None = Field(None, gt=0, max_digits=7, decimal_places=1)
    default_protection_days: int | None = Field(None, ge=1, le=365)
    active: bool | None = None
    position: int | None = Field(None, ge=0, le=1000)
    source: str | None = Field(None, max_length=2000)


class ServiceAdminOut(Schema):
    id: int
    code: str
    name: str
    carrier: str
    service_class: str
    tracked: bool
    loss_rate_bps: int
    currency: str
    volumetric_divisor: int | None
    min_chargeable_g: int
    max_weight_g: int
    max_sum_cm: Decimal | None
    max_longest_cm: Decimal | None
    max_length_girth_cm: Decimal | None
    default_protection_days: int
    active: bool
    position: int
    source: str

    @staticmethod
    def resolve_carrier(obj) -> str:
        return obj.carrier.code


class ZoneIn(Schema):
    code: str = Field(max_length=20, pattern=r"^[a-z0-9-]+$")
    name: str = Field(min_length=1, max_length=120)
    days_min: int = Field(ge=0, le=365)
    days_max: int = Field(ge=0, le=365)


class ZonePatch(Schema):
    name: str | None = Field(None, min_length=1, max_length=120)
    days_min: int | None = Field(None, ge=0, le=365)
    days_max: int | None = Field(None, ge=0, le=365)


class ZoneOut(ZoneIn):
    id: int
    service: str
    countries: list[str]

    @staticmethod
    def resolve_service(obj) -> str:
        return obj.service.code

    @staticmethod
    def resolve_countries(obj) -> list[str]:
        return sorted(d.country for d in obj.destinations.all())


class CountriesIn(Schema):
    countries: list[str] = Field(max_length=300)
    protection_days: int | None = Field(None, ge=1, le=365)


class DestinationOut(Schema):
    country: str
    protection_days: int


GRAMS = 10**7  # 10 tonnes: far above any parcel, within the columns' 32-bit range
MINOR = 10**12


class BandIn(Schema):
    up_to_g: int = Field(ge=1, le=GRAMS)
    method: Literal["per_gram", "first_additional"]
    item_fee: int = Field(0, ge=0, le=MINOR, description="minor units of the service's currency")
    per_kg: int = Field(0, ge=0, le=MINOR)
    first_weight_g: int = Field(0, ge=0, le=GRAMS)
    first_price: int = Field(0, ge=0, le=MINOR)
    step_g: int = Field(0, ge=0, le=GRAMS)
    step_price: int = Field(0, ge=0, le=MINOR)


class BandOut(BandIn):
    id: int


class BandsIn(Schema):
    bands: list[BandIn] = Field(min_length=1, max_length=100)


@router.get("/carriers", response={200: list[CarrierOut], **errors(401, 403)})
def carrier_list(request):
    return selectors.admin_carriers()


@router.post("/carriers", response={201: CarrierOut, **errors(401, 403)})
def carrier_create(request, payload: CarrierIn):
    return Status(201, services.carrier_save(**payload.dict()))


@router.patch("/carriers/{carrier_id}", response={200: CarrierOut, **errors(401, 403, 404)})
def carrier_update(request, carrier_id: ObjectId, payload: CarrierIn):
    carrier = selectors.admin_carrier(carrier_id=carrier_id)
    return services.carrier_save(carrier=carrier, **payload.dict())


@router.get("/shipping-services", response={200: list[ServiceAdminOut], **errors(401, 403)})
def service_list(request):
    return selectors.admin_services()


@router.post("/shipping-services", response={201: ServiceAdminOut, **errors(401, 403)})
def service_create(request, payload: ServiceIn):
    return Status(201, services.shipping_service_save(**payload.dict()))


@router.patch("/shipping-services/{service_id}",
              response={200: ServiceAdminOut, **errors(401, 403, 404)})
def service_update(request, service_id: ObjectId, payload: ServicePatch):
    service = selectors.admin_service(service_id=service_id)
    return services.shipping_service_save(service=service, **payload.dict(exclude_unset=True))


@router.get("/shipping-services/{service_id}/zones",
            response={200: list[ZoneOut], **errors(401, 403, 404)})
def zone_list(request, service_id: ObjectId):
    return selectors.admin_zones(service=selectors.admin_service(service_id=service_id))


@router.post("/shipping-services/{service_id}/zones",
             response={201: ZoneOut, **errors(401, 403, 404)})
def zone_create(request, service_id: ObjectId, payload: ZoneIn):
    service = selectors.admin_service(service_id=service_id)
    zone = services.zone_save(service=service, **payload.dict())
    return Status(201, selectors.admin_zone(zone_id=zone.id))


@router.patch("/zones/{zone_id}", response={200: ZoneOut, **errors(401, 403, 404)})
def zone_update(request, zone_id: ObjectId, payload: ZonePatch):
    zone = services.zone_save(zone=selectors.admin_zone(zone_id=zone_id),
                              **payload.dict(exclude_none=True))
    return selectors.admin_zone(zone_id=zone.id)


@router.delete("/zones/{zone_id}", response={204: None, **errors(401, 403, 404)})
def zone_delete(request, zone_id: ObjectId):
    services.zone_delete(zone=selectors.admin_zone(zone_id=zone_id))
    return Status(204, None)


@router.put("/zones/{zone_id}/countries",
            response={200: list[DestinationOut], **errors(401, 403, 404)})
def zone_countries(request, zone_id: ObjectId, payload: CountriesIn):
    """Make these the zone's countries (moved from the service's other zones)."""
    zone = selectors.admin_zone(zone_id=zone_id)
    return services.zone_set_countries(zone=zone, countries=payload.countries,
                                       protection_days=payload.protection_days)


@router.get("/zones/{zone_id}/rate-bands", response={200: list[BandOut], **errors(401, 403, 404)})
def band_list(request, zone_id: ObjectId):
    return list(selectors.admin_zone(zone_id=zone_id).bands.order_by("up_to_g"))


@router.put("/zones/{zone_id}/rate-bands", response={200: list[BandOut], **errors(401, 403, 404)})
def band_replace(request, zone_id: ObjectId, payload: BandsIn):
    """Replace the zone's rate card whole (bands ascending, reaching the service's limit)."""
    zone = selectors.admin_zone(zone_id=zone_id)
    services.zone_set_bands(zone=zone, bands=[band.dict() for band in payload.bands])
    return list(zone.bands.order_by("up_to_g"))
