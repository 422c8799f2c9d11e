"""Public payment routes: the sandbox processor's card tokenisation and provider webhooks.

Neither route logs its body; the card number and security code go from the parsed payload
to the card rules and are dropped (see `providers/sandbox.py`).
"""

from django.conf import settings
from django.views.decorators.debug import sensitive_variables
from ninja import Router, Status
from ninja.throttling import SimpleRateThrottle

from caravan.core.api import errors
from caravan.payment.providers import sandbox
from caravan.payment.services import webhook_receive

from .schemas import CardIn, CardTokenOut, WebhookOut

router = Router(tags=["payments"])


class TokeniseThrottle(SimpleRateThrottle):
    """Per client address: slows down card testing (trying many numbers to find live ones).

    The rate is read on each request so that PAYMENT_TOKENISE_RATE applies without a restart
    of the import-time throttle."""

    scope = "payment_tokens"

    def __init__(self):
        pass

    def get_cache_key(self, request):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def allow_request(self, request) -> bool:
        self.rate = settings.PAYMENT_TOKENISE_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


@router.post("/sandbox/tokens", response={201: CardTokenOut, **errors(429)}, auth=None,
             throttle=[TokeniseThrottle()])
@sensitive_variables("payload")
def sandbox_token_create(request, payload: CardIn):
    """Tokenise a card at the sandbox processor (test mode; see the README's test cards)."""
    return Status(201, sandbox.card_tokenise(**payload.dict()))


@router.post("/webhooks/{provider}", response={200: WebhookOut, **errors(400, 404)}, auth=None)
def webhook(request, provider: str):
    """A provider's signed event; a replayed event id is acknowledged and not processed again."""
    _event, processed = webhook_receive(provider=provider, body=request.body,
                                        headers=request.headers)
    return {"received": True, "duplicate": not processed}
