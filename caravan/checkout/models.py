from django.conf import settings
from django.db import models
from django.db.models import Q

from caravan.core.models import BaseModel

from .constants import CheckoutStatus


class Cart(BaseModel):
    """A buyer's cart, or an anonymous visitor's (kept by session and merged at log-in)."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, null=True, blank=True,
                                 on_delete=models.CASCADE, related_name="cart")
    session_key = models.CharField(max_length=40, null=True, blank=True, unique=True)

    class Meta:
        constraints = [models.CheckConstraint(
            condition=Q(owner__isnull=False) | Q(session_key__isnull=False),
            name="cart_has_an_owner_or_a_session")]

    def __str__(self) -> str:
        return f"cart {self.pk}"


class CartLine(models.Model):
    cart = models.ForeignKey(Cart, on_delete=models.CASCADE, related_name="lines")
    sku = models.ForeignKey("catalog.Sku", on_delete=models.CASCADE, related_name="+")
    quantity = models.PositiveIntegerField()
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["cart", "sku"], name="cart_line_unique"),
            models.CheckConstraint(condition=Q(quantity__gte=1), name="cart_line_quantity"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} x sku {self.sku_id}"


class Checkout(BaseModel):
    """One press of "pay": the orders it made (one per seller) and the one card payment.

    (buyer, idempotency_key) is unique, so a retried request finds this row and answers as
    the first one did instead of ordering or charging twice.
    """

    buyer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="checkouts")
    idempotency_key = models.CharField(max_length=100)
    request_hash = models.CharField(max_length=64)
    status = models.CharField(max_length=12, choices=CheckoutStatus.choices,
                              default=CheckoutStatus.PLACED)
    total = models.PositiveBigIntegerField()
    currency = models.CharField(max_length=3, default="USD")
    payment_token = models.CharField(max_length=64)
    payment_attempt_id = models.BigIntegerField(null=True, blank=True)

    # Not stored: the payment attempt and the orders (with their shops) as the request that
    # paid this checkout left them, so that its answer is built without reading them again.
    attempt_in_hand = None
    orders_in_hand = None

    class Meta:
        constraints = [models.UniqueConstraint(fields=["buyer", "idempotency_key"],
                                               name="checkout_idempotency_key_unique")]

    def __str__(self) -> str:
        return f"checkout {self.pk}"
