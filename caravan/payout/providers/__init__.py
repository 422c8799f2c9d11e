"""The payout provider registry: `PAYOUT_PROVIDER` names the one in use."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from caravan.core.errors import NotFound

from .base import PayoutProvider

KNOWN = {
    "sandbox": "caravan.payout.providers.sandbox.SandboxPayoutProvider",
}


@cache
def _instance(path: str) -> PayoutProvider:
    return import_string(path)()


def payout_provider(name: str | None = None) -> PayoutProvider:
    """The provider called `name` (a withdrawal's own), or the configured one."""
    name = name or settings.PAYOUT_PROVIDER
    if name not in KNOWN:
        raise NotFound(f"No payout provider named {name!r}.", code="unknown_provider")
    return _instance(KNOWN[name])
