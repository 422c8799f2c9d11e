from django.db import models
from django.utils.translation import gettext_lazy as _


class OrderStatus(models.TextChoices):
    PENDING_PAYMENT = "pending_payment", _("Awaiting payment")
    PAID = "paid", _("Paid")
    SHIPPED = "shipped", _("Shipped")
    DELIVERED = "delivered", _("Delivered")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")
    CLOSED = "closed", _("Closed")
    REFUNDED = "refunded", _("Refunded")


S = OrderStatus
ORDER_TRANSITIONS = {
    # Unpaid orders close when the payment window ends or the payment is declined.
    S.PENDING_PAYMENT: frozenset({S.PAID, S.CLOSED, S.CANCELLED}),
    # Before shipment an order can be cancelled, which refunds it in full.
    S.PAID: frozenset({S.SHIPPED, S.CANCELLED, S.REFUNDED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.COMPLETED, S.REFUNDED}),
    S.DELIVERED: frozenset({S.COMPLETED, S.REFUNDED}),
    S.COMPLETED: frozenset({S.REFUNDED}),
    S.CANCELLED: frozenset(),
    S.CLOSED: frozenset(),
    S.REFUNDED: frozenset(),
}
del S

# Statuses in which the buyer's money is held in escrow for the order.
HELD_STATUSES = frozenset({OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED})
# Statuses in which the order's stock is committed (returned when the order ends unpaid).
STOCK_HELD_STATUSES = frozenset({OrderStatus.PENDING_PAYMENT, *HELD_STATUSES,
                                 OrderStatus.COMPLETED})


class CancellationStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class CaseStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RELEASED = "released", _("Released to the seller")
    REFUNDED = "refunded", _("Refunded to the buyer")
