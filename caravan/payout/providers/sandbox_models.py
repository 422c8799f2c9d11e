"""The payout sandbox's own tables: what the bank transfer API keeps on its side.

It keeps the last four digits of the destination, never the whole number.
"""

from django.db import models

from caravan.core import clock


class SandboxPayout(models.Model):
    reference = models.CharField(max_length=40, unique=True)
    amount = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    last4 = models.CharField(max_length=4)
    outcome = models.CharField(max_length=8, help_text="paid or failed, once settled")
    failure_code = models.CharField(max_length=40, blank=True)
    settles_at = models.DateTimeField()
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        app_label = "payout"

    def __str__(self) -> str:
        return self.reference


class SandboxPayoutRequest(models.Model):
    """The provider's idempotency record: the first answer to a key, replayed for retries."""

    key = models.CharField(max_length=255, unique=True)
    request_hash = models.CharField(max_length=64)
    response = models.JSONField()
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        app_label = "payout"

    def __str__(self) -> str:
        return self.key
