"""Reads of shipments, each through an order its reader owns (the order selectors scope them)."""

from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.logistics.models import Carrier, ShippingService
from caravan.order.constants import OrderStatus
from caravan.order.models import Order
from caravan.order.selectors import buyer_order, seller_order
from caravan.seller.models import Shop

from .constants import PLATFORM_CARRIER, ShipmentMode
from .customs import label_render
from .errors import NoLabel, ShipmentNotFound
from .models import Shipment


def order_shipment(*, order: Order) -> Shipment | None:
    return Shipment.objects.filter(order=order).first()


def seller_shipment(*, shop: Shop, order_id: int) -> Shipment:
    """The shipment of one of the shop's orders, or a 404 (another shop's order included)."""
    shipment = order_shipment(order=seller_order(shop=shop, order_id=order_id))
    if shipment is None:
        raise ShipmentNotFound(_("This order has not been shipped yet."))
    return shipment


def service_name(code: str) -> str:
    if not code:
        return ""
    return ShippingService.objects.filter(code=code).values_list("name", flat=True).first() \
        or code


def _names(shipment: Shipment) -> tuple[Carrier | None, str]:
    return Carrier.objects.filter(code=shipment.carrier).first(), service_name(shipment.service)


def tracking_url(carrier: Carrier | None, number: str) -> str:
    if carrier is None or "{number}" not in carrier.tracking_url:
        return ""
    return carrier.tracking_url.replace("{number}", number)


def timeline(shipment: Shipment) -> list[dict]:
    """The carrier's scans in the order they happened (not the order they arrived in)."""
    return [{"kind": e.kind, "kind_label": e.get_kind_display(), "location": e.location,
             "description": e.description, "occurred_at": e.occurred_at}
            for e in shipment.tracking_events.order_by("occurred_at", "id")]


def shipment_view(shipment: Shipment, *, for_seller: bool = True) -> dict:
    carrier, service_name = _names(shipment)
    view = {
        "id": shipment.id, "order_id": shipment.order_id, "mode": shipment.mode,
        "carrier": shipment.carrier, "carrier_name": carrier.name if carrier else
        shipment.carrier, "service": shipment.service, "service_name": service_name,
        "tracking_number": shipment.tracking_number, "status": shipment.status,
        "status_label": shipment.get_status_display(),
        "tracking_url": tracking_url(carrier, shipment.tracking_number),
        "shipped_at": shipment.created_at, "delivered_at": shipment.delivered_at,
        "events": timeline(shipment),
    }
    if for_seller:
        online = shipment.mode == ShipmentMode.ONLINE
        view["label_url"] = f"/api/seller/orders/{shipment.order_id}/label" if online else None
        view["declaration"] = shipment.declaration
    return view


def seller_label(*, shop: Shop, order_id: int) -> str:
    """The printable label of an order booked online (self-arranged parcels have the
    forwarder's label)."""
    shipment = seller_shipment(shop=shop, order_id=order_id)
    if shipment.mode != ShipmentMode.ONLINE:
        raise NoLabel(_("This parcel was shipped with the seller's own carrier: no label here."))
    carrier, service_name = _names(shipment)
    return label_render(shipment=shipment, carrier_name=carrier.name if carrier else
                        shipment.carrier, service_name=service_name)


def buyer_tracking(*, buyer: User, order_id: int) -> dict:
    """The buyer's own order's tracking: the shipment (None before shipping) and its events."""
    order = buyer_order(buyer=buyer, order_id=order_id)
    shipment = order_shipment(order=order)
    return {"order_id": order.id, "order_number": order.number, "order_status": order.status,
            "shipment": shipment_view(shipment, for_seller=False) if shipment else None,
            "awaiting_shipment": shipment is None and order.status == OrderStatus.PAID}


def carrier_choices() -> list[tuple[str, str]]:
    """The carriers a seller may name for a self-arranged parcel (not the platform's lines)."""
    return list(Carrier.objects.exclude(code=PLATFORM_CARRIER).order_by("name")
                .values_list("code", "name"))
