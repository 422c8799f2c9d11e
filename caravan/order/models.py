from django.conf import settings
from django.db import models
from django.db.models import Q

from caravan.core.models import BaseModel, StatusEvent

from .constants import CancellationStatus, CaseStatus, OrderStatus


class Order(BaseModel):
    """One seller's part of a checkout. Amounts are USD minor units unless named otherwise."""

    checkout = models.ForeignKey("checkout.Checkout", on_delete=models.PROTECT,
                                 related_name="orders")
    number = models.CharField(max_length=20, unique=True)
    buyer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="orders")
    shop = models.ForeignKey("seller.Shop", on_delete=models.PROTECT, related_name="orders")
    status = models.CharField(max_length=20, choices=OrderStatus.choices,
                              default=OrderStatus.PENDING_PAYMENT)
    currency = models.CharField(max_length=3, default="USD")
    items_total = models.PositiveBigIntegerField()
    shipping_total = models.PositiveBigIntegerField()
    tax_total = models.PositiveBigIntegerField(default=0)
    total = models.PositiveBigIntegerField()
    # The seller is settled in USD or CNY (the payment channel); CNY at the rate recorded here.
    settlement_currency = models.CharField(max_length=3)
    settlement_total = models.PositiveBigIntegerField()
    # Refunded so far, in USD and in the settlement currency (the ledger's side).
    refunded_total = models.PositiveBigIntegerField(default=0)
    settlement_refunded = models.PositiveBigIntegerField(default=0)
    fx_rate = models.DecimalField(max_digits=18, decimal_places=8, default=1)
    fx_source = models.CharField(max_length=40, blank=True)
    import_tax = models.JSONField(default=dict, blank=True)
    shipping_service = models.CharField(max_length=40)
    shipping_days_min = models.PositiveSmallIntegerField()
    shipping_days_max = models.PositiveSmallIntegerField()
    protection_days = models.PositiveSmallIntegerField()
    handling_days = models.PositiveSmallIntegerField()
    # Where and to whom it goes: a copy, so later edits of the address book change nothing here.
    ship_to = models.JSONField()
    ship_to_country = models.CharField(max_length=2)
    payment_due_at = models.DateTimeField()
    paid_at = models.DateTimeField(null=True, blank=True)
    # Deadlines are columns (swept periodically, so no timer is lost on a restart).
    ship_by = models.DateTimeField(null=True, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    protection_ends_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["buyer", "id"]),
            models.Index(fields=["shop", "status", "id"]),
            models.Index(fields=["status", "payment_due_at"]),
            models.Index(fields=["status", "ship_by"]),
            models.Index(fields=["status", "protection_ends_at"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=OrderStatus.values),
                                   name="order_status_valid"),
            models.CheckConstraint(
                condition=Q(total=models.F("items_total") + models.F("shipping_total")
                            + models.F("tax_total")),
                name="order_total_adds_up"),
            models.CheckConstraint(condition=Q(refunded_total__lte=models.F("total")),
                                   name="order_refund_within_total"),
            models.CheckConstraint(
                condition=Q(settlement_refunded__lte=models.F("settlement_total")),
                name="order_settlement_refund_within_total"),
        ]

    def __str__(self) -> str:
        return self.number


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    sku = models.ForeignKey("catalog.Sku", on_delete=models.PROTECT, related_name="order_lines")
    product_id = models.BigIntegerField()
    title = models.CharField(max_length=200)
    options = models.JSONField(default=dict, blank=True)
    sale_unit = models.CharField(max_length=8)
    lot_size = models.PositiveIntegerField()
    unit_price = models.PositiveBigIntegerField()
    quantity = models.PositiveIntegerField()
    line_total = models.PositiveBigIntegerField()
    shipping = models.PositiveBigIntegerField()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gte=1), name="order_line_quantity"),
            models.CheckConstraint(
                condition=Q(line_total=models.F("unit_price") * models.F("quantity")),
                name="order_line_total_adds_up"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} x {self.title}"


class OrderEvent(StatusEvent):
    """One recorded move of the status: who, when, from, to, why."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="events")


class CancellationRequest(BaseModel):
    """A buyer asks to cancel before shipment; silence from the seller until `respond_by`
    approves it (DOMAIN.md §5: 48 hours by default)."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="cancellations")
    reason = models.CharField(max_length=500)
    status = models.CharField(max_length=12, choices=CancellationStatus.choices,
                              default=CancellationStatus.REQUESTED)
    respond_by = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    answer = models.CharField(max_length=500, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "respond_by"])]
        constraints = [models.UniqueConstraint(
            fields=["order"], condition=Q(status="requested"),
            name="one_open_cancellation_per_order")]

    def __str__(self) -> str:
        return f"cancellation of {self.order_id}: {self.status}"


class HeldFundsCase(BaseModel):
    """Protection ended without a delivery on record: the money stays in escrow and an operator
    decides (release to the seller, or refund the buyer)."""

    order = models.OneToOneField(Order, on_delete=models.CASCADE, related_name="held_case")
    reason = models.CharField(max_length=500)
    status = models.CharField(max_length=10, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decision_reason = models.CharField(max_length=500, blank=True)

    def __str__(self) -> str:
        return f"held funds of {self.order_id}: {self.status}"
