"""Payment services: card payments (authorise, capture, void, refund), the risk review queue
and provider webhooks (one module each)."""

from .payments import (
    payment_authorise,
    payment_capture,
    payment_public,
    payment_refund,
    payment_void,
)
from .reviews import risk_review_decide
from .tokens import card_tokens_purge
from .webhooks import webhook_receive

__all__ = [
    "card_tokens_purge", "payment_authorise", "payment_capture", "payment_public",
    "payment_refund", "payment_void", "risk_review_decide", "webhook_receive",
]
