"""The outbox: side effects outside the database (notifications, e-mail, webhooks) are written as
rows in the same transaction as the change that causes them, and delivered later, at least once.
"""

from django.db import models

from caravan.core import clock


class OutboxMessage(models.Model):
    topic = models.CharField(max_length=80, help_text="what happened, e.g. listing.taken_down")
    recipient = models.ForeignKey("users.User", null=True, blank=True, on_delete=models.CASCADE,
                                  related_name="+")
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=clock.now)
    delivered_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        app_label = "core"
        indexes = [models.Index(fields=["delivered_at", "id"])]

    def __str__(self) -> str:
        return f"{self.topic} -> {self.recipient_id}"


def outbox_write(*, topic: str, recipient=None, payload: dict | None = None) -> OutboxMessage:
    """Queue a notification; call inside the transaction of the change it reports."""
    return OutboxMessage.objects.create(topic=topic, recipient=recipient, payload=payload or {})
