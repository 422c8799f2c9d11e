from caravan.core.errors import DomainError


class RateMissing(DomainError):
    """No FX rate is in force for a currency the action needs (an operator must add one)."""

    status = 409
    code = "fx_rate_missing"
