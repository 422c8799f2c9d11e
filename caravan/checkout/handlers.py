"""What checkout does when another app reports something (registered in apps.ready)."""

from caravan.core.outbox import outbox_handler

from .constants import CheckoutStatus
from .models import Checkout


@outbox_handler("payment.review_decided")
def settle_after_review(payload: dict) -> None:
    """The fraud team decided on a held payment: the waiting orders are paid or closed."""
    from .services import checkout_resume

    checkout = Checkout.objects.filter(pk=payload.get("checkout_id"),
                                       status=CheckoutStatus.PLACED).first()
    if checkout is not None:
        checkout_resume(checkout=checkout)
