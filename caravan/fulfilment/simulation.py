"""`simulate-logistics`: carriers for a demo. Each open shipment gets a plan of scans drawn from
its service class and lane days (postal slow, express fast), lost at the service's loss rate;
every scan due by `now` is posted as the carrier would post it: signed, through the same
service the webhook calls. The plan depends only on the seed and the shipment, and event ids
are keyed by tracking number, so a rerun posts only what has come due since.
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from caravan.core import clock
from caravan.core.signing import signature_header
from caravan.logistics.constants import ServiceClass
from caravan.logistics.models import ShippingService
from caravan.logistics.selectors import lanes

from . import wire
from .constants import OPEN_STATUSES, ShipmentStatus
from .models import Shipment
from .services import carrier_event_receive, carrier_webhook_secret

S = ShipmentStatus
# (kind, share of the transit time, where: origin/export/import/destination, what it says)
SCRIPTS = {
    ServiceClass.POSTAL: (
        (S.IN_TRANSIT, 0.10, "export", "Departed from the office of exchange"),
        (S.IN_TRANSIT, 0.45, "import", "Arrived at the office of exchange"),
        (S.CUSTOMS, 0.55, "import", "Presented to import customs"),
        (S.IN_TRANSIT, 0.70, "import", "Released by customs, forwarded for delivery"),
        (S.OUT_FOR_DELIVERY, 0.95, "destination", "Out for delivery"),
        (S.DELIVERED, 1.00, "destination", "Delivered"),
    ),
    ServiceClass.COOPERATIVE: (
        (S.IN_TRANSIT, 0.05, "origin", "Sorted at the consolidation centre"),
        (S.IN_TRANSIT, 0.20, "export", "Departed on the line-haul flight"),
        (S.CUSTOMS, 0.50, "import", "Import customs clearance"),
        (S.IN_TRANSIT, 0.65, "import", "Handed to the last-mile carrier"),
        (S.OUT_FOR_DELIVERY, 0.95, "destination", "Out for delivery"),
        (S.DELIVERED, 1.00, "destination", "Delivered"),
    ),
    ServiceClass.EXPRESS: (
        (S.IN_TRANSIT, 0.10, "export", "Departed the origin facility"),
        (S.IN_TRANSIT, 0.40, "import", "Arrived at the destination facility"),
        (S.CUSTOMS, 0.50, "import", "Clearance processing complete"),
        (S.OUT_FOR_DELIVERY, 0.90, "destination", "With the courier for delivery"),
        (S.DELIVERED, 1.00, "destination", "Delivered, signed for"),
    ),
}
del S
# Hours from booking to the carrier's first scan: a post office drop-off, or a courier pickup.
ACCEPTANCE_HOURS = {ServiceClass.POSTAL: (6, 48), ServiceClass.COOPERATIVE: (4, 36),
                    ServiceClass.EXPRESS: (2, 8)}
ORIGINS = {"CN": ("Shenzhen", "Guangzhou", "Yiwu", "Shanghai"), "HK": ("Hong Kong",)}
UNKNOWN_LANE_DAYS = (7, 30)  # a self-arranged parcel whose service is not ours


@dataclass(frozen=True)
class Scan:
    kind: str
    at: datetime
    location: str
    description: str


def _places(rng: random.Random, shipment: Shipment) -> dict[str, str]:
    order = shipment.order
    origin = rng.choice(ORIGINS.get(order.shop.country, ORIGINS["CN"]))
    country, city = order.ship_to_country, order.ship_to.get("city", "")
    home = f"{origin}, {order.shop.country}"
    return {"origin": home, "export": home, "import": country,
            "destination": f"{city}, {country}" if city else country}


def shipment_plan(*, shipment: Shipment, service_class: str, days: tuple[int, int],
                  loss_rate_bps: int, tracked: bool, seed: int) -> list[Scan]:
    """Every scan this parcel will get, in order; the same for the same seed and parcel."""
    rng = random.Random(f"{seed}:{shipment.carrier}:{shipment.tracking_number}")  # noqa: S311
    places = _places(rng, shipment)
    hours = rng.uniform(*ACCEPTANCE_HOURS[service_class])
    accepted = shipment.created_at + timedelta(hours=hours)
    transit = timedelta(days=rng.uniform(*days))
    script = SCRIPTS[service_class]
    scans = [Scan(ShipmentStatus.ACCEPTED, accepted, places["origin"], "Accepted")]
    scans += [Scan(kind, accepted + transit * share, places[where], text)
              for kind, share, where, text in script]
    if not tracked:
        # Untracked small packets are scanned only until they leave the country: nobody
        # reports their delivery or their loss (the buyer confirms receipt, or disputes).
        return scans[:2]
    if rng.randrange(10_000) < loss_rate_bps:
        # Gone somewhere before delivery; declared lost after the carrier's investigation.
        cut = rng.randrange(1, len(scans) - 2)
        lost_at = accepted + timedelta(days=days[1] + rng.uniform(7, 21))
        scans = [*scans[:cut], Scan(ShipmentStatus.LOST, lost_at, places["import"],
                                    "Declared lost after investigation")]
    return scans


def _post(shipment: Shipment, index: int, scan: Scan) -> bool:
    body = wire.event_body(event_id=f"sim:{shipment.tracking_number}:{index}",
                           tracking_number=shipment.tracking_number, kind=scan.kind,
                           occurred_at=scan.at, location=scan.location,
                           description=scan.description)
    header = signature_header(secret=carrier_webhook_secret(shipment.carrier), body=body)
    _event, recorded = carrier_event_receive(carrier=shipment.carrier, body=body,
                                             headers={wire.SIGNATURE_HEADER: header})
    return recorded


def _service_for(shipment: Shipment, by_code: dict, by_carrier: dict):
    return by_code.get(shipment.service) or by_carrier.get(shipment.carrier)


def logistics_simulate(*, seed: int, now: datetime | None = None, limit: int = 1000) -> dict:
    """Post every scan due by `now` for up to `limit` open shipments; counts of what happened."""
    now = now or clock.now()
    rows = list(ShippingService.objects.select_related("carrier").order_by("-position", "-id"))
    by_code = {s.code: s for s in rows}
    by_carrier = {s.carrier.code: s for s in rows}  # the carrier's first service wins
    counts = {"shipments": 0, "posted": 0, "already_posted": 0, "delivered": 0, "lost": 0}
    shipments = (Shipment.objects.filter(status__in=OPEN_STATUSES)
                 .select_related("order__shop").order_by("id")[:limit])
    for shipment in shipments:
        service = _service_for(shipment, by_code, by_carrier)
        if service is None:
            continue  # a carrier with no service on file: nothing to model it on
        lane = lanes(shipment.order.ship_to_country).get(service.id)
        plan = shipment_plan(
            shipment=shipment, service_class=service.service_class, seed=seed,
            days=(lane.days_min, lane.days_max) if lane else UNKNOWN_LANE_DAYS,
            loss_rate_bps=service.loss_rate_bps, tracked=service.tracked)
        counts["shipments"] += 1
        for index, scan in enumerate(plan):
            if scan.at > now:
                break
            if not _post(shipment, index, scan):
                counts["already_posted"] += 1
                continue
            counts["posted"] += 1
            if scan.kind in (ShipmentStatus.DELIVERED, ShipmentStatus.LOST):
                counts[scan.kind] += 1
    return counts
