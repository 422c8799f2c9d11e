"""Abuse limits: per-account and per-address caps on attempts at log-in, checkout and any later
scope (a flash purchase calls `attempt_count(scope="flash_purchase", ...)` with its own rates).

`settings.RATE_LIMITS[scope]` gives a rate per kind of key: `account` (the e-mail tried at
log-in, the buyer at checkout) and `ip` (the client address, see `client_ip`). An attempt adds
one hit to both keys' counters for the current fixed window, shared by all web processes
(core.ratestore); over either rate it is refused with `RateLimited` (HTTP 429, Retry-After)
before the action runs, so a refused request changes nothing but the counters. Counting first
and checking after keeps the limit exact under concurrent attempts; an attempt that turns out
legitimate (a right password) is given back with `attempt_forgive`.
"""

import hashlib
import ipaddress
import logging
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from caravan.core import clock
from caravan.core.errors import DomainError
from caravan.core.ratestore import STORES, Bucket, store_in_use

logger = logging.getLogger("caravan.abuse")

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# One IPv6 subscriber gets a /64 or more: counting single addresses would let it rotate freely.
_IPV6_PREFIX = 64


@dataclass(frozen=True)
class Rate:
    limit: int
    seconds: int


@lru_cache(maxsize=64)
def parse_rate(text: str) -> Rate | None:
    """`10/15m` is 10 per 15 minutes (also `60/m`, `500/1h`, `5/30s`); `off` or empty: none."""
    text = (text or "").strip().lower()
    if text in {"", "off", "0"}:
        return None
    try:
        count, period = text.split("/")
        rate = Rate(int(count), int(period[:-1] or 1) * _UNITS[period[-1]])
    except (ValueError, KeyError, IndexError) as exc:
        raise ImproperlyConfigured(f"rate limit {text!r}: write N/15m, N/m, N/1h or off") from exc
    if rate.limit < 1 or rate.seconds < 1:
        raise ImproperlyConfigured(f"rate limit {text!r} must be positive")
    return rate


class RateLimited(DomainError):
    status = 429
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after
        self.headers = {"Retry-After": str(retry_after)}


def _refusal(scope: str, wait: int) -> RateLimited:
    minutes = (wait + 59) // 60
    later = ngettext("%(n)d second", "%(n)d seconds", wait) % {"n": wait} if wait < 120 else \
        ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
    what = {"login": _("Too many log-in attempts."),
            "checkout": _("Too many checkout attempts.")}.get(scope, _("Too many attempts."))
    return RateLimited(_("%(what)s Please try again in %(later)s.") % {"what": what,
                                                                       "later": later},
                       retry_after=wait)


@dataclass
class Attempt:
    """The hits one attempt added, so that a legitimate one can be given back."""

    buckets: list[Bucket] = field(default_factory=list)
    now: int = 0


def _digest(ident: str) -> str:
    # Keyed, so the counters hold neither e-mails nor addresses in a recoverable form.
    key = hashlib.sha256(f"{settings.SECRET_KEY}:rate-limits".encode()).digest()
    return hashlib.blake2b(ident.encode(), key=key, digest_size=12).hexdigest()


def _buckets(scope: str, now: int, keys: dict) -> dict[Bucket, Rate]:
    found = {}
    for kind, ident in keys.items():
        rate = parse_rate(settings.RATE_LIMITS.get(scope, {}).get(kind, ""))
        if rate is None or ident is None or ident == "":
            continue
        start = now - now % rate.seconds
        found[Bucket(f"{scope}:{kind}:{_digest(str(ident).lower())}", start,
                     start + rate.seconds)] = rate
    return found


def attempt_count(*, scope: str, account: str | int | None = None,
                  ip: str | None = None) -> Attempt:
    """Count one attempt against the scope's rates; raises RateLimited when one is exceeded.
    A key that is None or empty, or a kind without a rate, is not limited."""
    if not settings.RATE_LIMITS_ENABLED:
        return Attempt()
    now = int(clock.now().timestamp())
    rates = _buckets(scope, now, {"account": account, "ip": ip})
    if not rates:
        return Attempt()
    hits = store_in_use().incr(list(rates), now=now)
    over = [b for b, rate in rates.items() if hits[b.key] > rate.limit]
    if over:
        if any(hits[b.key] == rates[b].limit + 1 for b in over):  # once per key and window
            logger.warning("abuse limit reached: %s", ", ".join(b.key for b in over))
        raise _refusal(scope, max(b.expires_at - now for b in over))
    return Attempt(list(rates), now)


def attempts_clear(*, scope: str, account: str | int) -> None:
    """Lift an account's limit of the current window (e.g. after a password reset)."""
    if settings.RATE_LIMITS_ENABLED:
        now = int(clock.now().timestamp())
        store_in_use().delete(list(_buckets(scope, now, {"account": account})))


def attempt_forgive(attempt: Attempt) -> None:
    """Give back an attempt's hits: a successful log-in does not count as a failure."""
    if attempt.buckets:
        store_in_use().decr(attempt.buckets, now=attempt.now)


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in _networks(tuple(settings.TRUSTED_PROXIES)))


def _normalise(address: str) -> str:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{ip}/{_IPV6_PREFIX}", strict=False).network_address)
    return str(ip)


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, unless that is one of TRUSTED_PROXIES; then the
    X-Forwarded-For hops are read from the right (the ones our proxies appended) and the first
    one that is not a trusted proxy is the client. Anything left of it the client wrote itself."""
    remote = request.META.get("REMOTE_ADDR", "")
    if not settings.TRUSTED_PROXIES or not _trusted(remote):
        return _normalise(remote)
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [h for h in hops if h]
    for hop in reversed(hops):
        if not _trusted(hop):
            return _normalise(hop)
    return _normalise(hops[0] if hops else remote)


def counters_prune() -> int:
    """Delete database counters whose window has passed; returns how many."""
    return STORES["database"].prune(now=int(clock.now().timestamp()))
