"""Building blocks of payment tests: card tokens, authorisations, a Luhn check digit."""

from itertools import count

from caravan.core import clock
from caravan.core.money import Money
from caravan.payment.cards import luhn_valid
from caravan.payment.providers import sandbox
from caravan.payment.services import payment_authorise

GOOD_CARD = "4242424242424242"
ADDRESS = {"address_line1": "Invalidenstraße 1", "postal_code": "10115"}
_keys = count(1)


def exp_year() -> int:
    return clock.now().year + 3


def card_body(number: str = GOOD_CARD, **changes) -> dict:
    return {"number": number, "exp_month": 12, "exp_year": exp_year(), "cvc": "123", **ADDRESS,
            **changes}


def token_for(number: str = GOOD_CARD, **changes) -> str:
    body = card_body(number, **changes)
    if number.startswith(("34", "37")) and "cvc" not in changes:
        body["cvc"] = "1234"
    return sandbox.card_tokenise(**body).token


def authorise(buyer, number: str = GOOD_CARD, *, amount: Money | None = None,
              key: str | None = None, billing: dict | None = None, checkout_id: int = 1,
              **card):
    amount = amount or Money(2500, "USD")
    return payment_authorise(checkout_id=checkout_id, buyer=buyer, token=token_for(number, **card),
                             amount=amount, channel=amount.currency,
                             key=key or f"test-{next(_keys)}", billing=billing)


def with_check_digit(partial: str) -> str:
    """`partial` completed with the digit that makes it pass Luhn."""
    return next(partial + d for d in "0123456789" if luhn_valid(partial + d))
