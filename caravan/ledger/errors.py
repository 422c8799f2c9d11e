"""Refusals of the ledger, each with a stable code."""

from caravan.core.errors import Conflict, InvalidInput


class IdempotencyMismatch(Conflict):
    code = "idempotency_mismatch"


class AlreadySettled(Conflict):
    code = "already_settled"


class InsufficientFunds(Conflict):
    code = "insufficient_funds"


class CurrencyMismatch(InvalidInput):
    code = "currency_mismatch"


class InvalidAmount(InvalidInput):
    code = "invalid_amount"


class SameAccount(InvalidInput):
    code = "same_account"


class UnknownAccount(InvalidInput):
    code = "unknown_account"


class NotPending(InvalidInput):
    code = "not_pending"


class ExceedsPending(InvalidInput):
    code = "exceeds_pending"


class AlreadyCaptured(Conflict):
    code = "already_captured"


class RefundExceedsPaid(Conflict):
    code = "refund_exceeds_paid"


class AlreadyReleased(Conflict):
    code = "already_released"


class NoHold(Conflict):
    code = "no_hold"
