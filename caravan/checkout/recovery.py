"""Checkouts a crash left half-way. A checkout answers its buyer only when it is paid or
declined; if the process died in between (after the orders were written, or after the card was
authorised) and the buyer never retries the request, nothing else would carry it on: the
orders would wait for the payment window and the authorisation would stay on the card."""

from datetime import timedelta

from django.conf import settings

from caravan.core import clock

from .constants import CheckoutStatus
from .models import Checkout
from .services import checkout_resume

BATCH = 200


def checkouts_resume_stalled(*, now=None) -> int:
    """Carry on every placed checkout older than CHECKOUT_RESUME_AFTER_SECONDS that is not
    waiting for a fraud review (those have their attempt recorded): it ends paid or declined,
    or, once the payment window closed its orders, with its authorisation voided. Safe with
    several workers and with a buyer retrying meanwhile: every step of a checkout is keyed and
    its last one runs under the checkout's row lock."""
    cutoff = (now or clock.now()) - timedelta(seconds=settings.CHECKOUT_RESUME_AFTER_SECONDS)
    stalled = (Checkout.objects.filter(status=CheckoutStatus.PLACED, created_at__lte=cutoff,
                                       payment_attempt_id__isnull=True)
               .select_related("buyer").order_by("pk")[:BATCH])
    resumed = 0
    for checkout in list(stalled):
        resumed += checkout_resume(checkout=checkout).status != CheckoutStatus.PLACED
    return resumed
