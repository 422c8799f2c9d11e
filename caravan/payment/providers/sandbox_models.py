"""The sandbox processor's own tables: what a real processor keeps in its vault and ledger.

A token remembers the test scenario its number chose, never the number or the security code.
"""

from django.db import models
from django.db.models import F, Q

from caravan.core import clock

from ..constants import Brand, Scenario


class CardToken(models.Model):
    token = models.CharField(max_length=40, unique=True)
    brand = models.CharField(max_length=16, choices=Brand.choices)
    last4 = models.CharField(max_length=4)
    exp_month = models.PositiveSmallIntegerField()
    exp_year = models.PositiveSmallIntegerField()
    fingerprint = models.CharField(max_length=64, db_index=True,
                                   help_text="HMAC-SHA256 of the number with a settings key")
    address_line1 = models.CharField(max_length=200, blank=True)
    postal_code = models.CharField(max_length=20, blank=True)
    scenario = models.CharField(max_length=24, choices=Scenario.choices)
    created_at = models.DateTimeField(default=clock.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "payment"
        indexes = [models.Index(fields=["expires_at"])]

    def __str__(self) -> str:
        return f"{self.get_brand_display()} ending {self.last4}"


class SandboxCharge(models.Model):
    """An authorisation at the sandbox processor and what was captured and refunded of it."""

    reference = models.CharField(max_length=40, unique=True)
    amount = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    authorised = models.BooleanField(help_text="False for a declined authorisation")
    captured_amount = models.BigIntegerField(default=0)
    captured_at = models.DateTimeField(null=True, blank=True)
    refunded_amount = models.BigIntegerField(default=0)
    voided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        app_label = "payment"
        constraints = [
            models.CheckConstraint(condition=Q(captured_amount__gte=0)
                                   & Q(captured_amount__lte=F("amount")),
                                   name="sandbox_charge_captured_le_amount"),
            models.CheckConstraint(condition=Q(refunded_amount__gte=0)
                                   & Q(refunded_amount__lte=F("captured_amount")),
                                   name="sandbox_charge_refunded_le_captured"),
        ]

    def __str__(self) -> str:
        return self.reference


class SandboxRequest(models.Model):
    """The processor's idempotency record: the first answer to a key, replayed for retries."""

    key = models.CharField(max_length=255, unique=True)
    operation = models.CharField(max_length=16)
    request_hash = models.CharField(max_length=64)
    response = models.JSONField()
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        app_label = "payment"

    def __str__(self) -> str:
        return f"{self.operation} {self.key}"
