from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field


class ShipmentIn(Schema):
    """`{"mode": "online"}` books the order's service; `{"mode": "self", "carrier",
    "tracking_number"}` records a parcel the seller sent another way."""

    mode: Literal["online", "self"]
    carrier: str | None = Field(None, max_length=40)
    tracking_number: str | None = Field(None, max_length=60)


class TrackingEventOut(Schema):
    kind: str
    kind_label: str
    location: str
    description: str
    occurred_at: datetime


class PublicShipmentOut(Schema):
    id: int
    order_id: int
    mode: str
    carrier: str
    carrier_name: str
    service: str
    service_name: str
    tracking_number: str
    tracking_url: str
    status: str
    status_label: str
    shipped_at: datetime
    delivered_at: datetime | None
    events: list[TrackingEventOut]


class ShipmentOut(PublicShipmentOut):
    label_url: str | None
    declaration: dict


class TrackingOut(Schema):
    order_id: int
    order_number: str
    order_status: str
    awaiting_shipment: bool
    shipment: PublicShipmentOut | None


class CarrierEventOut(Schema):
    received: bool
    duplicate: bool
    applied: bool
