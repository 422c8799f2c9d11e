from caravan.core.errors import Conflict, DomainError, InvalidInput


class CardRefused(InvalidInput):
    """The card details cannot be tokenised (bad number, expiry or security code)."""

    code = "invalid_card"


class PaymentTokenInvalid(InvalidInput):
    code = "invalid_payment_token"


class IdempotencyMismatch(Conflict):
    """The key was used before for another request: a client bug, never a retry."""

    code = "idempotency_mismatch"


class ReviewPending(Conflict):
    code = "review_pending"


class ReviewClosed(Conflict):
    code = "review_closed"


class RefundExceedsCaptured(InvalidInput):
    code = "refund_exceeds_captured"


class ChargeRefused(Conflict):
    """The processor refused an operation on a charge (already captured, voided, ...)."""

    code = "charge_refused"


class ProviderUnavailable(DomainError):
    status = 503
    code = "provider_unavailable"


class WebhookRejected(DomainError):
    status = 400
    code = "invalid_signature"
