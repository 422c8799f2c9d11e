"""What the platform needs from a payout provider (a bank transfer API).

A payout is created once per idempotency key (the same key with another request is refused)
and answered "accepted"; the provider then pays it or fails it, which `payout_status` reports.
A provider that cannot be reached raises `PayoutProviderUnavailable`; the caller retries later
with the same key.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from caravan.core.money import Money

ACCEPTED, PAID, FAILED = "accepted", "paid", "failed"


@dataclass(frozen=True, slots=True)
class Destination:
    """Where the money goes. `number` is the plain account number or IBAN: never log it."""

    holder_name: str
    bank_name: str
    bic: str
    country: str
    currency: str
    number: str

    def __repr__(self) -> str:
        return f"Destination({self.bank_name!r}, ending {self.number[-4:]!r})"


@dataclass(frozen=True, slots=True)
class PayoutResult:
    reference: str
    status: str  # ACCEPTED | PAID | FAILED
    failure_code: str = ""


class PayoutProvider(Protocol):
    name: str

    def payout_create(self, *, amount: Money, destination: Destination,
                      idempotency_key: str) -> PayoutResult: ...

    def payout_status(self, *, reference: str, as_of: datetime | None = None
                      ) -> PayoutResult: ...
