"""Signed webhooks: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, as Stripe signs them.

The timestamp is signed with the body, so a captured request can be replayed only within the
tolerance; inside it, each receiver keeps the event ids it has processed. Receivers map
`SignatureError` to their own domain error (its `code` says which check failed).
"""

import hashlib
import hmac
from collections.abc import Mapping

from caravan.core import clock


class SignatureError(Exception):
    def __init__(self, message: str, *, code: str = "invalid_signature"):
        super().__init__(message)
        self.message = message
        self.code = code


def signature_digest(*, secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(*, secret: str, body: bytes, timestamp: int | None = None) -> str:
    timestamp = int(clock.now().timestamp()) if timestamp is None else timestamp
    return f"t={timestamp},v1={signature_digest(secret=secret, timestamp=timestamp, body=body)}"


def signature_check(*, secret: str, body: bytes, headers: Mapping[str, str], header: str,
                    tolerance_seconds: int) -> int:
    """The signed timestamp, if the `header` signature matches and is recent enough."""
    lowered = {name.lower(): value for name, value in headers.items()}
    parts = dict(part.strip().split("=", 1) for part in lowered.get(header.lower(), "")
                 .split(",") if "=" in part)
    try:
        timestamp = int(parts.get("t", ""))
    except ValueError:
        raise SignatureError("The signature header is missing or malformed.") from None
    expected = signature_digest(secret=secret, timestamp=timestamp, body=body)
    if not hmac.compare_digest(expected, parts.get("v1", "")):
        raise SignatureError("The signature does not match.")
    if abs(clock.now().timestamp() - timestamp) > tolerance_seconds:
        raise SignatureError("The signature's timestamp is outside the tolerance.",
                             code="stale_timestamp")
    return timestamp
