"""The provider registry: the providers enabled in `PAYMENT_PROVIDERS`, looked up by name.

The first enabled provider takes new authorisations; the others stay reachable by name for
the captures, refunds and webhooks of attempts they authorised.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from caravan.core.errors import NotFound

from .base import PaymentProvider

KNOWN = {
    "sandbox": "caravan.payment.providers.sandbox.SandboxProvider",
}


@cache
def _instance(path: str) -> PaymentProvider:
    return import_string(path)()


def provider_get(name: str) -> PaymentProvider:
    if name not in settings.PAYMENT_PROVIDERS or name not in KNOWN:
        raise NotFound(f"No payment provider named {name!r} is enabled.",
                       code="unknown_provider")
    return _instance(KNOWN[name])


def provider_default() -> PaymentProvider:
    return provider_get(settings.PAYMENT_PROVIDERS[0])
