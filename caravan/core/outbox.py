"""The outbox: side effects outside the database (notifications, e-mail, webhooks) are written as
rows in the same transaction as the change that causes them, and delivered later, at least once.
"""

import logging

from django.db import models, transaction
from django.db.models import F

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


# --- delivery to in-process consumers -----------------------------------------------------------
# Apps that act on another app's events register a handler per topic (in their AppConfig.ready);
# a periodic task hands each undelivered message to them. Topics nobody handles yet (user
# notifications, until messaging exists) stay queued.

HANDLERS: dict[str, list] = {}
logger = logging.getLogger(__name__)


def outbox_handler(topic: str):
    def register(function):
        HANDLERS.setdefault(topic, []).append(function)
        return function
    return register


def _deliver_one(message_id: int) -> bool:
    with transaction.atomic():
        message = (OutboxMessage.objects.select_for_update(skip_locked=True)
                   .filter(pk=message_id, delivered_at__isnull=True).first())
        if message is None:
            return False  # delivered meanwhile, or another worker holds it
        for handler in HANDLERS.get(message.topic, []):
            handler(message.payload)
        message.delivered_at = clock.now()
        message.attempts += 1
        message.save(update_fields=["delivered_at", "attempts"])
    return True


def outbox_deliver(*, limit: int = 200) -> int:
    """Hand queued messages to their handlers, at least once; a failing handler is retried."""
    due = (OutboxMessage.objects.filter(delivered_at__isnull=True, topic__in=list(HANDLERS))
           .order_by("id").values_list("id", flat=True)[:limit])
    delivered = 0
    for message_id in list(due):
        try:
            delivered += _deliver_one(message_id)
        except Exception:
            logger.exception("outbox message %s failed; it will be retried", message_id)
            OutboxMessage.objects.filter(pk=message_id).update(attempts=F("attempts") + 1)
    return delivered
