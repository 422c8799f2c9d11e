"""The payout sandbox: a bank transfer API's test mode.

Every payout is accepted at once and settles `PAYOUT_SANDBOX_SETTLE_SECONDS` later, paid
unless one of these rules makes it fail (deterministic, for tests and demos):

| destination or amount                                   | fails with           |
|---------------------------------------------------------|----------------------|
| account number / IBAN ending in `0002`                  | `account_closed`     |
| account number / IBAN ending in `0003`                  | `no_account`         |
| amount of at least 1.00 ending in `.13` (e.g. 10.13)    | `account_closed`     |
| amount of at least 1.00 ending in `.17` (e.g. 25.17)    | `could_not_process`  |

The amount rules start at 1.00 so that the small test deposits (0.01-0.99) of a bank-account
verification never fail by chance. Calls are idempotent by key like a real provider's API.
"""

import hashlib
import json
import string
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.crypto import get_random_string

from caravan.core import clock
from caravan.core.errors import NotFound
from caravan.core.money import Money

from ..errors import IdempotencyMismatch
from .base import ACCEPTED, Destination, PayoutResult
from .sandbox_models import SandboxPayout, SandboxPayoutRequest

FAILING_NUMBERS = {"0002": "account_closed", "0003": "no_account"}
FAILING_CENTS = {13: "account_closed", 17: "could_not_process"}


def _outcome(amount: Money, number: str) -> tuple[str, str]:
    code = FAILING_NUMBERS.get(number[-4:], "")
    if not code and amount.amount >= 100:
        code = FAILING_CENTS.get(amount.amount % 100, "")
    return ("failed", code) if code else ("paid", "")


def _digest(amount: Money, destination: Destination) -> str:
    # The last four digits stand for the number: the sandbox keeps no account numbers.
    request = [amount.as_dict(), destination.holder_name, destination.bic,
               destination.currency, destination.number[-4:]]
    return hashlib.sha256(json.dumps(request).encode()).hexdigest()


class SandboxPayoutProvider:
    name = "sandbox"

    def payout_create(self, *, amount: Money, destination: Destination,
                      idempotency_key: str) -> PayoutResult:
        digest = _digest(amount, destination)
        found = SandboxPayoutRequest.objects.filter(key=idempotency_key).first()
        if found is None:
            try:
                with transaction.atomic():
                    response = self._create(amount, destination)
                    SandboxPayoutRequest.objects.create(key=idempotency_key, request_hash=digest,
                                                        response=response)
                return PayoutResult(**response)
            except IntegrityError:  # a concurrent call with this key answered first
                found = SandboxPayoutRequest.objects.filter(key=idempotency_key).first()
                if found is None:
                    raise
        if found.request_hash != digest:
            raise IdempotencyMismatch("This idempotency key was used for another payout.")
        return PayoutResult(**found.response)

    def _create(self, amount: Money, destination: Destination) -> dict:
        outcome, code = _outcome(amount, destination.number)
        reference = f"po_{get_random_string(24, string.ascii_letters)}"
        SandboxPayout.objects.create(
            reference=reference, amount=amount.amount, currency=amount.currency,
            last4=destination.number[-4:], outcome=outcome, failure_code=code,
            settles_at=clock.now() + timedelta(seconds=settings.PAYOUT_SANDBOX_SETTLE_SECONDS))
        return {"reference": reference, "status": ACCEPTED}

    def payout_status(self, *, reference: str, as_of: datetime | None = None) -> PayoutResult:
        """`as_of` lets `run-deadlines --now` move the sandbox's clock too."""
        payout = SandboxPayout.objects.filter(reference=reference).first()
        if payout is None:
            raise NotFound("No such payout.", code="no_such_payout")
        if (as_of or clock.now()) < payout.settles_at:
            return PayoutResult(reference, ACCEPTED)
        return PayoutResult(reference, payout.outcome, payout.failure_code)

    def statement(self, *, references: list[str]) -> list[Money]:
        """What the seller's bank statement shows for these payouts (test mode only)."""
        rows = SandboxPayout.objects.filter(reference__in=references).order_by("id")
        return [Money(row.amount, row.currency) for row in rows]
