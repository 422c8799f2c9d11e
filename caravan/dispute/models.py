"""Disputes of an order (buyer protection), their messages with evidence, and status events.

Amounts are minor units of the order's currency (USD), like `Order.total`; the ledger side of a
refund is converted at the order's rate by the refund services.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from caravan.core.models import BaseModel, StatusEvent

from .constants import (
    OPEN_STATUSES,
    DisputeReason,
    DisputeStatus,
    SellerDecision,
    Side,
)


def evidence_path(instance, filename: str) -> str:
    """A random name: evidence is private and its name must not be guessable; the suffix is
    the type found in the content (the evidence check renames the upload)."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"dispute/evidence/{uuid.uuid4().hex}.{suffix[:5]}"


class Dispute(BaseModel):
    order = models.ForeignKey("order.Order", on_delete=models.PROTECT, related_name="disputes")
    # Copies of the order's owners, so every scoped read is one indexed filter.
    buyer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="disputes")
    shop = models.ForeignKey("seller.Shop", on_delete=models.PROTECT, related_name="disputes")
    reason = models.CharField(max_length=20, choices=DisputeReason.choices)
    status = models.CharField(max_length=20, choices=DisputeStatus.choices,
                              default=DisputeStatus.OPEN)
    currency = models.CharField(max_length=3, default="USD")
    # The seller's latest answer.
    seller_decision = models.CharField(max_length=16, choices=SellerDecision.choices,
                                       blank=True)
    offer_amount = models.PositiveBigIntegerField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # Deadlines are columns, acted on by `disputes_sweep`.
    seller_respond_by = models.DateTimeField()
    escalate_from = models.DateTimeField()
    negotiation_ends_at = models.DateTimeField()
    return_due_at = models.DateTimeField(null=True, blank=True)
    return_carrier = models.CharField(max_length=60, blank=True)
    return_tracking = models.CharField(max_length=60, blank=True)
    # The outcome: refunded through this dispute, and a counterfeit compensation on top.
    refund_amount = models.PositiveBigIntegerField(default=0)
    compensation_amount = models.PositiveBigIntegerField(default=0)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decision_reason = models.CharField(max_length=500, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["buyer", "id"]),
            models.Index(fields=["shop", "status", "id"]),
            models.Index(fields=["status", "id"]),
            models.Index(fields=["status", "seller_respond_by"]),
            models.Index(fields=["status", "negotiation_ends_at"]),
            models.Index(fields=["status", "return_due_at"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=DisputeStatus.values),
                                   name="dispute_status_valid"),
            models.CheckConstraint(condition=Q(reason__in=DisputeReason.values),
                                   name="dispute_reason_valid"),
            models.CheckConstraint(condition=Q(offer_amount__isnull=True)
                                   | Q(offer_amount__gt=0), name="dispute_offer_positive"),
            # One open dispute per order, whatever two requests racing each other try.
            models.UniqueConstraint(fields=["order"],
                                    condition=Q(status__in=sorted(OPEN_STATUSES)),
                                    name="dispute_one_open_per_order"),
        ]

    def __str__(self) -> str:
        return f"dispute {self.pk} of order {self.order_id}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class DisputeMessage(models.Model):
    """What a side said, with an optional image as evidence."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="messages")
    side = models.CharField(max_length=10, choices=Side.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(blank=True)
    image = models.FileField(upload_to=evidence_path, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=Q(side__in=Side.values),
                                              name="dispute_message_side_valid")]

    def __str__(self) -> str:
        return f"{self.side}: {self.text[:40]}"


class DisputeEvent(StatusEvent):
    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="events")
