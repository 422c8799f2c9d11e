"""What the platform needs from a card processor, and the webhook signature every one uses.

Each call takes the caller's idempotency key: a retried call with the same key and body gets
the first answer, the same key with another body is refused (`IdempotencyMismatch`).
Refusals of the processor (capturing twice, refunding too much) are `ChargeRefused`;
an unreachable processor is `ProviderUnavailable`.
"""

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from caravan.core import clock
from caravan.core.money import Money

from ..errors import WebhookRejected

SIGNATURE_HEADER = "Caravan-Signature"


@dataclass(frozen=True, slots=True)
class CardDetails:
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    fingerprint: str


@dataclass(frozen=True, slots=True)
class AuthResult:
    outcome: str  # "approved" | "declined" | "failed"
    reference: str
    card: CardDetails
    decline_code: str = ""
    avs_line1: str = "unavailable"
    avs_postal: str = "unavailable"
    cvc: str = "unavailable"
    risk_level: str = "normal"  # the processor's own view: "normal" | "elevated" | "highest"

    @property
    def approved(self) -> bool:
        return self.outcome == "approved"


@dataclass(frozen=True, slots=True)
class CaptureResult:
    reference: str
    amount: Money


@dataclass(frozen=True, slots=True)
class RefundResult:
    reference: str  # the refund's own reference
    amount: Money
    refunded_total: Money


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    id: str
    type: str
    reference: str
    created: int
    data: dict = field(default_factory=dict)


class PaymentProvider(Protocol):
    name: str

    def authorise(self, *, token: str, amount: Money, idempotency_key: str,
                  billing: dict) -> AuthResult: ...

    def capture(self, *, reference: str, amount: Money, idempotency_key: str
                ) -> CaptureResult: ...

    def void(self, *, reference: str, idempotency_key: str) -> None: ...

    def refund(self, *, reference: str, amount: Money, idempotency_key: str
               ) -> RefundResult: ...

    def parse_webhook(self, *, body: bytes, headers: Mapping[str, str]) -> WebhookEvent: ...


def _digest(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(*, secret: str, body: bytes, timestamp: int | None = None) -> str:
    """`t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`; the timestamp is signed too."""
    timestamp = int(clock.now().timestamp()) if timestamp is None else timestamp
    return f"t={timestamp},v1={_digest(secret, timestamp, body)}"


def signature_verify(*, secret: str, body: bytes, headers: Mapping[str, str],
                     tolerance_seconds: int) -> int:
    """The signed timestamp, if the signature is right and the timestamp is recent enough.

    A recent timestamp bounds how long a captured request can be replayed; the event id
    store (services.webhook_receive) stops replays inside that window.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    parts = dict(part.split("=", 1) for part in lowered.get(SIGNATURE_HEADER.lower(), "")
                 .split(",") if "=" in part)
    try:
        timestamp = int(parts.get("t", ""))
    except ValueError:
        raise WebhookRejected("The webhook signature header is missing or malformed.") from None
    expected = _digest(secret, timestamp, body)
    if not hmac.compare_digest(expected, parts.get("v1", "")):
        raise WebhookRejected("The webhook signature does not match.")
    if abs(clock.now().timestamp() - timestamp) > tolerance_seconds:
        raise WebhookRejected("The webhook timestamp is outside the tolerance.",
                              code="stale_timestamp")
    return timestamp
