from django.db import models
from django.db.models import Q

from caravan.core.models import BaseModel, StatusEvent

from .constants import TRACKING_KINDS, ShipmentMode, ShipmentStatus


class Shipment(BaseModel):
    """The parcel of one order: who carries it, its tracking number, where it is now."""

    order = models.OneToOneField("order.Order", on_delete=models.PROTECT,
                                 related_name="shipment")
    mode = models.CharField(max_length=8, choices=ShipmentMode.choices)
    # Codes, not keys: the carrier table is operator data and may be edited after shipping.
    carrier = models.CharField(max_length=40)
    service = models.CharField(max_length=40, blank=True,
                               help_text="the platform service booked; empty when unknown")
    tracking_number = models.CharField(max_length=40)
    status = models.CharField(max_length=20, choices=ShipmentStatus.choices,
                              default=ShipmentStatus.BOOKED)
    # The customs declaration as booked (the label is rendered from it on demand).
    declaration = models.JSONField(default=dict)
    # When the latest event that moved the status happened: older news does not move it back.
    last_event_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["status", "id"])]
        constraints = [
            models.UniqueConstraint(fields=["carrier", "tracking_number"],
                                    name="shipment_tracking_number_unique"),
            models.CheckConstraint(condition=Q(status__in=ShipmentStatus.values),
                                   name="shipment_status_valid"),
            models.CheckConstraint(condition=Q(mode__in=ShipmentMode.values),
                                   name="shipment_mode_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.carrier} {self.tracking_number}"


class ShipmentEvent(StatusEvent):
    """One recorded move of the shipment's status: who, when, from, to, why."""

    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE, related_name="events")


class TrackingEvent(models.Model):
    """A scan reported by the carrier, kept whether or not it moved the status."""

    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE,
                                 related_name="tracking_events")
    carrier = models.CharField(max_length=40)
    event_id = models.CharField(max_length=100, help_text="the carrier's own id of the event")
    kind = models.CharField(max_length=20, choices=[(k, ShipmentStatus(k).label)
                                                    for k in TRACKING_KINDS])
    location = models.CharField(max_length=200, blank=True)
    description = models.CharField(max_length=300, blank=True)
    occurred_at = models.DateTimeField()
    received_at = models.DateTimeField()
    applied = models.BooleanField(default=False, help_text="it moved the shipment's status")

    class Meta:
        ordering = ["occurred_at", "id"]
        indexes = [models.Index(fields=["shipment", "occurred_at"])]
        constraints = [models.UniqueConstraint(fields=["carrier", "event_id"],
                                               name="tracking_event_id_unique")]

    def __str__(self) -> str:
        return f"{self.carrier}:{self.event_id} {self.kind}"


class SerialCounter(models.Model):
    """The last serial issued under a name (e.g. "s10:RS:CN"); only ever counts up."""

    name = models.CharField(max_length=40, primary_key=True)
    value = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.name}={self.value}"
