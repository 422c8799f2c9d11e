"""Provider webhooks: verified by the provider (signature, timestamp), processed once per
event id. Processing hands the event to whoever acts on it through the outbox
(`payment.webhook.<type>`), naming the attempt it concerns."""

from collections.abc import Mapping

from django.db import transaction

from caravan.core import clock
from caravan.core.outbox import outbox_write

from ..models import PaymentAttempt, WebhookEvent
from ..providers import provider_get


def webhook_receive(*, provider: str, body: bytes, headers: Mapping[str, str]
                    ) -> tuple[WebhookEvent, bool]:
    """The stored event and whether this call processed it (False for a replay)."""
    event = provider_get(provider).parse_webhook(body=body, headers=headers)
    with transaction.atomic():
        row, _created = WebhookEvent.objects.get_or_create(
            provider=provider, event_id=event.id,
            defaults={"type": event.type[:60], "reference": event.reference[:64],
                      "received_at": clock.now()})
        # The lock makes a concurrent delivery of the same event wait, then see it processed.
        row = WebhookEvent.objects.select_for_update().get(pk=row.pk)
        if row.processed_at is not None:
            return row, False
        attempt = PaymentAttempt.objects.filter(
            provider=provider, provider_reference=event.reference).first() \
            if event.reference else None
        outbox_write(topic=f"payment.webhook.{row.type}", payload={
            "provider": provider, "event_id": event.id, "reference": event.reference,
            "attempt_id": attempt.pk if attempt else None,
            "checkout_id": attempt.checkout_id if attempt else None})
        row.processed_at = clock.now()
        row.save(update_fields=["processed_at"])
    return row, True
