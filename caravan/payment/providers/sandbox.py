"""The sandbox card processor: a card processor's test mode with its real rules.

Tokenisation checks the card like a processor's vault would (Luhn, brand by IIN range, length
per brand, expiry, security code format) and keeps only a random token, brand, last4, expiry,
a keyed fingerprint, the billing address given and the test scenario the number selects
(`constants.TEST_CARDS`). Tokens are single-use and expire after PAYMENT_TOKEN_TTL_SECONDS.

Authorisation plays the scenario: approve, decline with the network's code, or fail; AVS and
CVC results follow the scenario and the address given. Charges keep their own state:
capture once at most the authorised amount, void only before capture, refund at most what
was captured in total. Every call is idempotent by key like a real processor's API.
"""

import hashlib
import json
import string
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from caravan.core import clock
from caravan.core.money import Money

from .. import cards
from ..constants import TEST_CARDS, Check, DeclineCode, Scenario
from ..errors import (
    CardRefused,
    ChargeRefused,
    IdempotencyMismatch,
    PaymentTokenInvalid,
    WebhookRejected,
)
from .base import (
    SIGNATURE_HEADER,
    AuthResult,
    CaptureResult,
    CardDetails,
    RefundResult,
    WebhookEvent,
    signature_header,
    signature_verify,
)
from .sandbox_models import CardToken, SandboxCharge, SandboxRequest

# Letters only: a reference can never look like a card number to `card-scan`.
_ALPHABET = string.ascii_letters
MAX_YEARS_AHEAD = 20


def new_reference(prefix: str) -> str:
    return f"{prefix}_{get_random_string(24, _ALPHABET)}"


# --- tokenisation -------------------------------------------------------------------------

def _number_problem(digits: str | None) -> tuple[str, str] | None:
    if digits is None or not 12 <= len(digits) <= 19:
        return "invalid_number", _("Enter the 12 to 19 digits of the card number.")
    if not cards.luhn_valid(digits):
        return "invalid_number", _("The card number is not valid.")
    rule = cards.brand_rule(digits)
    if rule is None:
        return "unsupported_brand", _("We accept Visa, Mastercard, American Express, "
                                      "UnionPay, JCB and Discover cards.")
    if len(digits) not in rule.lengths:
        return "invalid_number", _("A %(brand)s card number has %(lengths)s digits.") % {
            "brand": rule.brand.label, "lengths": " / ".join(str(n) for n in rule.lengths)}
    return None


def _expiry_problem(month: int, year: int) -> tuple[str, str, str] | None:
    now = clock.now()
    if not 1 <= month <= 12:
        return "exp_month", "invalid_expiry_month", _("Enter a month from 1 to 12.")
    if not 2000 <= year <= now.year + MAX_YEARS_AHEAD:
        return "exp_year", "invalid_expiry_year", _("Enter the expiry year, e.g. 2030.")
    if (year, month) < (now.year, now.month):
        return "exp_year", "expired_card", _("The card has expired.")
    return None


def _cvc_problem(cvc: str, digits: str | None) -> tuple[str, str] | None:
    rule = cards.brand_rule(digits) if digits else None
    lengths = (rule.cvc_length,) if rule else (3, 4)
    if not (cvc.isascii() and cvc.isdigit() and len(cvc) in lengths):
        wanted = " / ".join(str(n) for n in lengths)
        return "invalid_cvc", _("The security code has %(n)s digits.") % {"n": wanted}
    return None


@sensitive_variables("number", "cvc", "digits")
def card_check(*, number: str, exp_month: int, exp_year: int, cvc: str,
               address_line1: str, postal_code: str) -> str:
    """The card's digits, or CardRefused naming every bad field (never echoing a value)."""
    digits = cards.digits_of(number)
    fields: dict[str, list[str]] = {}
    codes: list[str] = []
    if found := _number_problem(digits):
        codes.append(found[0])
        fields["number"] = [found[1]]
    if found := _expiry_problem(exp_month, exp_year):
        codes.append(found[1])
        fields[found[0]] = [found[2]]
    if found := _cvc_problem(cvc, digits):
        codes.append(found[0])
        fields["cvc"] = [found[1]]
    for name, value in (("address_line1", address_line1), ("postal_code", postal_code)):
        if cards.mask_card_numbers(value) != value:
            codes.append("invalid_address")
            fields[name] = [_("This looks like a card number; enter the billing address.")]
    if fields:
        raise CardRefused(_("The card details are not valid."), code=codes[0], fields=fields)
    return digits


@sensitive_variables("number", "cvc", "digits")
def card_tokenise(*, number: str, exp_month: int, exp_year: int, cvc: str,
                  address_line1: str = "", postal_code: str = "") -> CardToken:
    address_line1, postal_code = address_line1.strip(), postal_code.strip()
    exp_year = exp_year + 2000 if 0 <= exp_year < 100 else exp_year  # "30" means 2030
    digits = card_check(number=number, exp_month=exp_month, exp_year=exp_year, cvc=cvc,
                        address_line1=address_line1, postal_code=postal_code)
    now = clock.now()
    return CardToken.objects.create(
        token=new_reference("tok"), brand=cards.brand_rule(digits).brand, last4=digits[-4:],
        exp_month=exp_month, exp_year=exp_year,
        fingerprint=cards.fingerprint(digits), address_line1=address_line1,
        postal_code=postal_code, scenario=TEST_CARDS.get(digits, Scenario.SUCCESS),
        created_at=now, expires_at=now + timedelta(seconds=settings.PAYMENT_TOKEN_TTL_SECONDS),
    )


# --- what each scenario does at authorisation ---------------------------------------------

@dataclass(frozen=True, slots=True)
class Outcome:
    outcome: str = "approved"
    decline_code: str = ""
    cvc: str = Check.PASS
    line1_fails: bool = False
    postal_fails: bool = False
    risk_level: str = "normal"


OUTCOMES = {
    Scenario.SUCCESS: Outcome(),
    Scenario.GENERIC_DECLINE: Outcome("declined", DeclineCode.GENERIC_DECLINE),
    Scenario.INSUFFICIENT_FUNDS: Outcome("declined", DeclineCode.INSUFFICIENT_FUNDS),
    Scenario.EXPIRED_CARD: Outcome("declined", DeclineCode.EXPIRED_CARD),
    Scenario.INCORRECT_CVC: Outcome("declined", DeclineCode.INCORRECT_CVC, cvc=Check.FAIL),
    Scenario.CVC_FAIL: Outcome(cvc=Check.FAIL),
    Scenario.AVS_FAIL: Outcome(line1_fails=True, postal_fails=True),
    Scenario.AVS_LINE1_FAIL: Outcome(line1_fails=True),
    Scenario.AVS_POSTAL_FAIL: Outcome(postal_fails=True),
    Scenario.HIGHEST_RISK: Outcome("declined", DeclineCode.FRAUDULENT, risk_level="highest"),
    Scenario.PROCESSING_ERROR: Outcome("failed", DeclineCode.PROCESSING_ERROR),
}


def _avs(given: str, fails: bool) -> str:
    if not given:
        return Check.UNAVAILABLE
    return Check.FAIL if fails else Check.PASS


def _token_claim(token: str) -> CardToken:
    """The token, now used up; a token is good for one authorisation within its lifetime."""
    now = clock.now()
    card = CardToken.objects.filter(token=token).first()
    problem = (_("This card token is unknown.") if card is None
               else _("This card token was used already.") if card.used_at
               else _("This card token has expired.") if card.expires_at <= now else "")
    if not problem and not CardToken.objects.filter(pk=card.pk, used_at=None).update(
            used_at=now):
        problem = _("This card token was used already.")
    if problem:
        raise PaymentTokenInvalid(f"{problem} {_('Enter the card again.')}",
                                  fields={"payment_token": [problem]})
    return card


def _expired(card: CardToken) -> bool:
    now = clock.now()
    return (card.exp_year, card.exp_month) < (now.year, now.month)


# --- the processor's API ------------------------------------------------------------------

def _request_hash(operation: str, request: dict) -> str:
    return hashlib.sha256(json.dumps([operation, request], sort_keys=True).encode()).hexdigest()


def _refuse(message: str, code: str):
    raise ChargeRefused(message, code=code)


class SandboxProvider:
    name = "sandbox"

    def _idempotent(self, key: str, operation: str, request: dict,
                    work: Callable[[], dict]) -> dict:
        digest = _request_hash(operation, request)
        found = SandboxRequest.objects.filter(key=key).first()
        if found is None:
            try:
                with transaction.atomic():
                    response = work()
                    SandboxRequest.objects.create(key=key, operation=operation,
                                                  request_hash=digest, response=response)
                return response
            except IntegrityError:  # a concurrent call with this key answered first
                found = SandboxRequest.objects.filter(key=key).first()
                if found is None:
                    raise
        if found.request_hash != digest:
            raise IdempotencyMismatch("This idempotency key was used for another request.")
        return found.response

    def authorise(self, *, token: str, amount: Money, idempotency_key: str,
                  billing: dict) -> AuthResult:
        def work() -> dict:
            card = _token_claim(token)
            plan = OUTCOMES[Scenario(card.scenario)]
            if plan.outcome == "approved" and _expired(card):
                plan = Outcome("declined", DeclineCode.EXPIRED_CARD)
            line1 = billing.get("address_line1") or card.address_line1
            postal = billing.get("postal_code") or card.postal_code
            reference = new_reference("ch")
            SandboxCharge.objects.create(reference=reference, amount=amount.amount,
                                         currency=amount.currency,
                                         authorised=plan.outcome == "approved")
            details = CardDetails(card.brand, card.last4, card.exp_month, card.exp_year,
                                  card.fingerprint)
            return asdict(AuthResult(
                outcome=plan.outcome, reference=reference, card=details,
                decline_code=plan.decline_code, avs_line1=_avs(line1, plan.line1_fails),
                avs_postal=_avs(postal, plan.postal_fails), cvc=plan.cvc,
                risk_level=plan.risk_level))

        request = {"token": token, "amount": amount.as_dict(), "billing": billing}
        answer = self._idempotent(idempotency_key, "authorise", request, work)
        return AuthResult(**{**answer, "card": CardDetails(**answer["card"])})

    def _charge(self, reference: str, currency: str | None = None) -> SandboxCharge:
        charge = SandboxCharge.objects.select_for_update().filter(reference=reference).first()
        if charge is None:
            _refuse("No such charge.", "no_such_charge")
        if currency is not None and charge.currency != currency:
            _refuse("The charge is in another currency.", "currency_mismatch")
        return charge

    def capture(self, *, reference: str, amount: Money, idempotency_key: str) -> CaptureResult:
        def work() -> dict:
            charge = self._charge(reference, amount.currency)
            if not charge.authorised:
                _refuse("A declined charge cannot be captured.", "charge_not_authorised")
            if not 0 < amount.amount <= charge.amount:
                _refuse("Capture at most the authorised amount.", "amount_too_large")
            captured = SandboxCharge.objects.filter(
                pk=charge.pk, captured_at=None, voided_at=None,
            ).update(captured_amount=amount.amount, captured_at=clock.now())
            if not captured:
                _refuse("The charge was captured or voided already.", "charge_not_capturable")
            return {"reference": reference, "amount": amount.amount}

        request = {"reference": reference, "amount": amount.as_dict()}
        answer = self._idempotent(idempotency_key, "capture", request, work)
        return CaptureResult(answer["reference"], Money(answer["amount"], amount.currency))

    def void(self, *, reference: str, idempotency_key: str) -> None:
        def work() -> dict:
            charge = self._charge(reference)
            voided = SandboxCharge.objects.filter(
                pk=charge.pk, authorised=True, captured_at=None, voided_at=None,
            ).update(voided_at=clock.now())
            if not voided:
                _refuse("Only an authorised charge not yet captured can be voided.",
                        "charge_not_voidable")
            return {"reference": reference}

        self._idempotent(idempotency_key, "void", {"reference": reference}, work)

    def refund(self, *, reference: str, amount: Money, idempotency_key: str) -> RefundResult:
        def work() -> dict:
            charge = self._charge(reference, amount.currency)
            if charge.captured_at is None:
                _refuse("Only a captured charge can be refunded.", "charge_not_captured")
            if amount.amount <= 0:
                _refuse("Refund a positive amount.", "invalid_amount")
            refunded = SandboxCharge.objects.filter(
                pk=charge.pk, refunded_amount__lte=F("captured_amount") - amount.amount,
            ).update(refunded_amount=F("refunded_amount") + amount.amount)
            if not refunded:
                _refuse("Refunds cannot exceed the captured amount.", "refund_exceeds_captured")
            total = SandboxCharge.objects.values_list("refunded_amount", flat=True).get(
                pk=charge.pk)
            return {"reference": new_reference("re"), "amount": amount.amount, "total": total}

        request = {"reference": reference, "amount": amount.as_dict()}
        answer = self._idempotent(idempotency_key, "refund", request, work)
        return RefundResult(answer["reference"], Money(answer["amount"], amount.currency),
                            Money(answer["total"], amount.currency))

    def parse_webhook(self, *, body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        signature_verify(secret=settings.PAYMENT_SANDBOX_WEBHOOK_SECRET, body=body,
                         headers=headers,
                         tolerance_seconds=settings.PAYMENT_WEBHOOK_TOLERANCE_SECONDS)
        try:
            event = json.loads(body)
            return WebhookEvent(id=str(event["id"]), type=str(event["type"]),
                                reference=str(event.get("data", {}).get("reference", "")),
                                created=int(event["created"]), data=dict(event["data"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise WebhookRejected("The webhook body is not an event.",
                                  code="malformed_event") from None

    def webhook_build(self, *, type: str, reference: str, data: dict | None = None,
                      event_id: str | None = None, timestamp: int | None = None
                      ) -> tuple[bytes, dict[str, str]]:
        """A signed event as the sandbox would send it (for tests and local development)."""
        created = int(clock.now().timestamp()) if timestamp is None else timestamp
        body = json.dumps({"id": event_id or new_reference("evt"), "type": type,
                           "created": created,
                           "data": {"reference": reference, **(data or {})}}).encode()
        header = signature_header(secret=settings.PAYMENT_SANDBOX_WEBHOOK_SECRET, body=body,
                                  timestamp=created)
        return body, {SIGNATURE_HEADER: header}
