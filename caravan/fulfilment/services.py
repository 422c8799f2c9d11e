"""Shipping an order (booked online, or arranged by the seller) and the carriers' tracking events.

Shipping moves the order to shipped (`order_mark_shipped`, which refuses after ship-by) in the
same transaction that records the shipment, so there is never one without the other. Tracking
events are stored once per carrier event id; each may move the shipment's status, and
`delivered` delivers the order.
"""

from collections.abc import Mapping
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core import clock
from caravan.core.outbox import outbox_write
from caravan.core.signing import SignatureError, signature_check
from caravan.core.states import transition
from caravan.logistics.constants import ServiceClass
from caravan.logistics.models import Carrier, ShippingService
from caravan.order.models import Order
from caravan.order.services import order_mark_delivered, order_mark_shipped

from . import numbers, wire
from .constants import (
    PLATFORM_CARRIER,
    POST_COUNTRIES,
    S10_DEFAULT_INDICATOR,
    S10_INDICATORS,
    SHIPMENT_TRANSITIONS,
    ShipmentMode,
    ShipmentStatus,
)
from .customs import declaration_build
from .errors import (
    AlreadyShipped,
    CarrierNotFound,
    SerialsExhausted,
    ServiceUnavailable,
    ShipmentNotFound,
    SignatureRejected,
    TrackingNumberInvalid,
    TrackingNumberTaken,
)
from .models import SerialCounter, Shipment, ShipmentEvent, TrackingEvent

# --- tracking numbers the platform issues ------------------------------------------------------

def serial_next(*, name: str, limit: int) -> int:
    """The next serial under `name`. The counter row stays locked until the caller's transaction
    ends, so two bookings never get the same serial, and a rolled-back booking gives its back."""
    with transaction.atomic():
        SerialCounter.objects.get_or_create(name=name)
        if not SerialCounter.objects.filter(name=name, value__lt=limit).update(
                value=F("value") + 1):
            raise SerialsExhausted(_("No tracking numbers are left in series %(name)s.")
                                   % {"name": name})
        return SerialCounter.objects.values_list("value", flat=True).get(name=name)


def _compose(service: ShippingService) -> str:
    carrier = service.carrier.code
    if service.service_class == ServiceClass.POSTAL:
        indicator = S10_INDICATORS.get(service.code, S10_DEFAULT_INDICATOR)
        country = POST_COUNTRIES.get(carrier, "CN")
        serial = serial_next(name=f"s10:{indicator}{country}", limit=numbers.S10_MAX_SERIAL)
        return numbers.s10_number(indicator=indicator, serial=serial, country=country)
    if service.service_class == ServiceClass.COOPERATIVE:
        serial = serial_next(name="platform", limit=numbers.PLATFORM_MAX_SERIAL)
        return numbers.platform_number(serial=serial)
    serial = serial_next(name=f"express:{carrier}", limit=10**8 - 1)
    return numbers.express_number(carrier=carrier, serial=serial)


def tracking_number_issue(*, service: ShippingService) -> str:
    """A new number in the service's format; skips any a seller already entered by hand."""
    for _attempt in range(20):
        number = _compose(service)
        if not Shipment.objects.filter(carrier=service.carrier.code,
                                       tracking_number=number).exists():
            return number
    raise SerialsExhausted(_("Could not issue a free tracking number; try again."))


# --- shipping an order -------------------------------------------------------------------------

def _self_arranged(order: Order, carrier: str | None, number: str | None) -> tuple[str, str]:
    """The seller's carrier and tracking number, checked: (carrier code, normalised number)."""
    problems: dict[str, list[str]] = {}
    code = (carrier or "").strip().lower()
    number = numbers.normalise(number or "")
    if not code or not Carrier.objects.filter(code=code).exists():
        problems["carrier"] = [_("Choose a carrier from the list.")]
    elif code == PLATFORM_CARRIER:
        problems["carrier"] = [_("The platform's own lines are booked online.")]
    if not number:
        problems["tracking_number"] = [_("Enter the tracking number.")]
    elif "carrier" not in problems:
        problem = numbers.format_problem(carrier=code, number=number)
        if problem:
            problems["tracking_number"] = [problem]
    if problems:
        raise TrackingNumberInvalid(_("Check the carrier and the tracking number."),
                                    fields=problems)
    if Shipment.objects.filter(carrier=code, tracking_number=number).exists():
        raise TrackingNumberTaken(_("This tracking number is already on another order."),
                                  fields={"tracking_number": [_("Already used.")]})
    return code, number


def _order_service(order: Order) -> ShippingService | None:
    return (ShippingService.objects.select_related("carrier")
            .filter(code=order.shipping_service).first())


@transaction.atomic
def shipment_create(*, order: Order, actor: User | None, mode: str,
                    carrier: str | None = None, tracking_number: str | None = None) -> Shipment:
    """Ship a paid order: `online` books the order's own service and issues the number;
    `self` records the carrier and number the seller got elsewhere (checked for format)."""
    order = Order.objects.select_for_update().select_related("shop").get(pk=order.pk)
    if Shipment.objects.filter(order=order).exists():
        raise AlreadyShipped(_("This order has been shipped already."))
    service = _order_service(order)
    if mode == ShipmentMode.ONLINE:
        if service is None:
            raise ServiceUnavailable(_("The order's shipping service is no longer offered; "
                                       "ship it yourself and enter the tracking number."))
        carrier, number = service.carrier.code, tracking_number_issue(service=service)
    else:
        carrier, number = _self_arranged(order, carrier, tracking_number)
        if service is not None and service.carrier.code != carrier:
            service = None  # another carrier than the one the buyer chose: class unknown
    order_mark_shipped(order=order, actor=actor, carrier=carrier, tracking_number=number)
    return _shipment_open(order, actor, mode, carrier, service, number)


def _shipment_open(order, actor, mode, carrier, service, number) -> Shipment:
    now = clock.now()
    try:
        with transaction.atomic():
            shipment = Shipment.objects.create(
                order=order, mode=mode, carrier=carrier, tracking_number=number,
                service=service.code if service else "",
                declaration=declaration_build(
                    order=order, service_class=service.service_class if service else None))
    except IntegrityError:  # a concurrent booking of the same order or number won
        raise AlreadyShipped(_("This order or tracking number has been shipped already.")) \
            from None
    ShipmentEvent.objects.create(shipment=shipment, from_status="", actor=actor,
                                 to_status=ShipmentStatus.BOOKED, created_at=now,
                                 reason=f"{mode}: {carrier} {number}")
    outbox_write(topic="order.shipped", recipient=order.buyer, payload={
        "order_id": order.pk, "number": order.number, "carrier": carrier,
        "tracking_number": number})
    return shipment


# --- tracking events ---------------------------------------------------------------------------

def carrier_webhook_secret(carrier: str) -> str:
    """The carrier's configured secret; in development one derived per carrier; else ""."""
    secret = settings.CARRIER_WEBHOOK_SECRETS.get(carrier, "")
    if not secret and settings.CARRIER_WEBHOOK_SECRET_FALLBACK:
        secret = f"{settings.CARRIER_WEBHOOK_SECRET_FALLBACK}:{carrier}"
    return secret


def carrier_event_receive(*, carrier: str, body: bytes, headers: Mapping[str, str]
                          ) -> tuple[TrackingEvent, bool]:
    """A carrier's signed event: checked, parsed, recorded once. Returns the stored event and
    whether this call recorded it (False for a replayed event id)."""
    if not Carrier.objects.filter(code=carrier).exists():
        raise CarrierNotFound(_("No such carrier."))
    secret = carrier_webhook_secret(carrier)
    if not secret:
        raise SignatureRejected(_("No webhook secret is configured for this carrier."),
                                code="not_configured")
    try:
        signature_check(secret=secret, body=body, headers=headers,
                        header=wire.SIGNATURE_HEADER,
                        tolerance_seconds=settings.CARRIER_WEBHOOK_TOLERANCE_SECONDS)
    except SignatureError as exc:
        raise SignatureRejected(exc.message, code=exc.code) from None
    event = wire.event_parse(body)
    return tracking_event_record(
        carrier=carrier, event_id=event.id, tracking_number=event.tracking_number,
        kind=event.kind, occurred_at=event.occurred_at, location=event.location,
        description=event.description)


@transaction.atomic
def tracking_event_record(*, carrier: str, event_id: str, tracking_number: str, kind: str,
                          occurred_at: datetime, location: str = "", description: str = ""
                          ) -> tuple[TrackingEvent, bool]:
    seen = TrackingEvent.objects.filter(carrier=carrier, event_id=event_id).first()
    if seen is not None:
        return seen, False
    number = numbers.normalise(tracking_number)
    shipment = (Shipment.objects.select_for_update()
                .filter(carrier=carrier, tracking_number=number).first())
    if shipment is None:
        raise ShipmentNotFound(_("No shipment has this tracking number."),
                               code="unknown_tracking_number")
    try:
        # A concurrent delivery of the same event id makes this insert fail; it was recorded.
        with transaction.atomic():
            event = TrackingEvent.objects.create(
                shipment=shipment, carrier=carrier, event_id=event_id, kind=kind,
                location=location, description=description, occurred_at=occurred_at,
                received_at=clock.now())
    except IntegrityError:
        return TrackingEvent.objects.get(carrier=carrier, event_id=event_id), False
    if _shipment_follow(shipment, event):
        event.applied = True
        event.save(update_fields=["applied"])
    return event, True


def _shipment_follow(shipment: Shipment, event: TrackingEvent) -> bool:
    """Move the shipment as the event says, if the event is news: events arrive out of order,
    and one older than what the status already shows only joins the timeline. A scan dated in
    the future (a carrier's clock) counts as of its arrival, so it cannot freeze the status."""
    moment = min(event.occurred_at, event.received_at)
    if shipment.last_event_at and moment < shipment.last_event_at:
        return False
    shipment.last_event_at = moment
    moved = event.kind in SHIPMENT_TRANSITIONS[shipment.status]
    if moved:
        transition(shipment, to=event.kind, table=SHIPMENT_TRANSITIONS,
                   event_model=ShipmentEvent, actor=None, shipment=shipment,
                   reason=f"{event.carrier} event {event.event_id}")
    if moved and event.kind == ShipmentStatus.DELIVERED:
        shipment.delivered_at = event.occurred_at
    shipment.save(update_fields=["last_event_at", "delivered_at"])
    if moved:
        _status_followups(shipment, event)
    return moved


def _status_followups(shipment: Shipment, event: TrackingEvent) -> None:
    if event.kind not in (ShipmentStatus.DELIVERED, ShipmentStatus.LOST,
                          ShipmentStatus.RETURNED):
        return
    order = shipment.order
    payload = {"order_id": order.pk, "number": order.number, "carrier": shipment.carrier,
               "tracking_number": shipment.tracking_number}
    if event.kind == ShipmentStatus.DELIVERED:
        order_mark_delivered(order=order, at=event.occurred_at)
        outbox_write(topic="shipment.delivered", recipient=order.buyer, payload=payload)
    elif event.kind in (ShipmentStatus.LOST, ShipmentStatus.RETURNED):
        # Both sides hear of it: the buyer may open a dispute, the seller may reship.
        for recipient in (order.buyer, order.shop.owner):
            outbox_write(topic=f"shipment.{event.kind}", recipient=recipient, payload=payload)
