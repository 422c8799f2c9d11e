"""The platform's side of card payments: attempts, their events and keyed operations, the risk
review queue and received webhooks. The sandbox processor's own tables (its card vault and
charges) live in `providers/sandbox_models.py`, as a real processor's would live elsewhere.

No column holds a card number or security code: a card is known by brand, last4, expiry and a
keyed fingerprint.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from caravan.core.models import BaseModel, StatusEvent

from .constants import AttemptStatus, Channel, Check, OperationKind, ReviewStatus, RiskLevel


class PaymentAttempt(BaseModel):
    """One authorisation of a card for a checkout, and what became of it."""

    checkout_id = models.BigIntegerField(db_index=True, help_text="checkout.Checkout id")
    buyer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="payment_attempts")
    provider = models.CharField(max_length=32)
    channel = models.CharField(max_length=3, choices=Channel.choices)
    amount = models.BigIntegerField(help_text="minor units")
    currency = models.CharField(max_length=3)
    captured_amount = models.BigIntegerField(default=0)
    refunded_amount = models.BigIntegerField(default=0)
    status = models.CharField(max_length=24, choices=AttemptStatus.choices,
                              default=AttemptStatus.CREATED)
    brand = models.CharField(max_length=16, blank=True)
    last4 = models.CharField(max_length=4, blank=True)
    exp_month = models.PositiveSmallIntegerField(null=True, blank=True)
    exp_year = models.PositiveSmallIntegerField(null=True, blank=True)
    card_fingerprint = models.CharField(max_length=64, blank=True, db_index=True)
    avs_line1_check = models.CharField(max_length=12, choices=Check.choices,
                                       default=Check.UNAVAILABLE)
    avs_postal_check = models.CharField(max_length=12, choices=Check.choices,
                                        default=Check.UNAVAILABLE)
    cvc_check = models.CharField(max_length=12, choices=Check.choices, default=Check.UNAVAILABLE)
    decline_code = models.CharField(max_length=40, blank=True)
    risk_score = models.PositiveSmallIntegerField(default=0)
    risk_level = models.CharField(max_length=8, choices=RiskLevel.choices, default=RiskLevel.LOW)
    risk_reasons = models.JSONField(default=list, blank=True,
                                    help_text="the rules that scored: [[code, points], ...]")
    needs_review = models.BooleanField(default=False)
    provider_reference = models.CharField(max_length=64, blank=True, db_index=True)
    idempotency_key = models.CharField(max_length=200, unique=True)
    request_hash = models.CharField(max_length=64)

    class Meta:
        indexes = [models.Index(fields=["buyer", "created_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=AttemptStatus.values),
                                   name="payment_attempt_status_valid"),
            models.CheckConstraint(condition=Q(amount__gt=0), name="payment_attempt_amount_pos"),
            models.CheckConstraint(condition=Q(captured_amount__gte=0)
                                   & Q(captured_amount__lte=F("amount")),
                                   name="payment_attempt_captured_le_amount"),
            models.CheckConstraint(condition=Q(refunded_amount__gte=0)
                                   & Q(refunded_amount__lte=F("captured_amount")),
                                   name="payment_attempt_refunded_le_captured"),
            models.CheckConstraint(condition=Q(risk_score__lte=100),
                                   name="payment_attempt_risk_score_range"),
        ]

    def __str__(self) -> str:
        return f"payment {self.pk} ({self.status})"


class PaymentEvent(StatusEvent):
    """One recorded move of the status: who, when, from, to, why."""

    attempt = models.ForeignKey(PaymentAttempt, on_delete=models.CASCADE, related_name="events")


class PaymentOperation(models.Model):
    """A capture, void or refund done under a client's idempotency key (each refund is one)."""

    attempt = models.ForeignKey(PaymentAttempt, on_delete=models.CASCADE,
                                related_name="operations")
    kind = models.CharField(max_length=8, choices=OperationKind.choices)
    key = models.CharField(max_length=200, unique=True)
    amount = models.BigIntegerField(default=0)
    provider_reference = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.amount} on {self.attempt_id}"


class RiskReview(BaseModel):
    """A medium-risk authorisation waiting for the anti-fraud team (DOMAIN.md §9)."""

    attempt = models.OneToOneField(PaymentAttempt, on_delete=models.CASCADE,
                                   related_name="review")
    score = models.PositiveSmallIntegerField()
    reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=ReviewStatus.choices,
                              default=ReviewStatus.OPEN)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "created_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ReviewStatus.values),
                                   name="payment_riskreview_status_valid"),
        ]

    def __str__(self) -> str:
        return f"review of payment {self.attempt_id} ({self.status})"


class WebhookEvent(models.Model):
    """A provider's webhook, kept so that a replayed event id is processed once."""

    provider = models.CharField(max_length=32)
    event_id = models.CharField(max_length=100)
    type = models.CharField(max_length=60)
    reference = models.CharField(max_length=64, blank=True)
    received_at = models.DateTimeField()
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"],
                                    name="payment_webhook_event_once"),
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.event_id} {self.type}"


from .providers.sandbox_models import CardToken, SandboxCharge, SandboxRequest  # noqa: E402,F401
