from datetime import timedelta

from caravan.core import clock

from ..models import CardToken

# Nothing refers to a token once it lapsed (attempts copy brand, last4 and fingerprint); a day
# of grace keeps it for questions about a payment just made.
KEEP = timedelta(days=1)


def card_tokens_purge() -> int:
    deleted, _ = CardToken.objects.filter(expires_at__lt=clock.now() - KEEP).delete()
    return deleted
