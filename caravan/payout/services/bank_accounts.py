"""Sellers' bank accounts: checked with python-stdnum, the number encrypted at rest, verified by
two small test deposits that the seller confirms."""

import json
import re
import secrets

import pycountry
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum import numdb
from stdnum.exceptions import ValidationError as StdnumError

from caravan.core import clock
from caravan.core.errors import IllegalTransition
from caravan.core.money import Money
from caravan.core.outbox import outbox_write
from caravan.core.states import transition

from ..constants import (
    BANK_ACCOUNT_TRANSITIONS,
    BankAccountStatus,
    DepositState,
    NumberKind,
    WithdrawalStatus,
)
from ..crypto import bank_data_decrypt, bank_data_encrypt
from ..errors import (
    BankAccountLocked,
    BankAccountUnverified,
    DepositsNotArrived,
    InvalidBankAccount,
    PayoutProviderUnavailable,
    WithdrawalInFlight,
    WrongDepositAmounts,
)
from ..models import BankAccount, BankAccountEvent
from ..providers import payout_provider
from ..providers.base import Destination

ACCOUNT_NUMBER = re.compile(r"[0-9]{4,34}")


def _uses_iban(country: str) -> bool:
    return bool(numdb.get("iban").info(country)[0][1])


def _number_check(number: str, country: str) -> tuple[str, str, str]:
    """(kind, compact number, problem): an IBAN where the country has them, else digits."""
    compact = re.sub(r"[\s.\-]", "", number or "").upper()
    if _uses_iban(country) or compact[:2].isalpha():
        try:
            compact = stdnum_iban.validate(compact)
        except StdnumError as exc:
            return NumberKind.IBAN, compact, _("Not a valid IBAN: %(why)s") % {"why": exc.message}
        if compact[:2] != country:
            return NumberKind.IBAN, compact, _("This IBAN is of an account in %(c)s.") % {
                "c": compact[:2]}
        return NumberKind.IBAN, compact, ""
    if not ACCOUNT_NUMBER.fullmatch(compact):
        return NumberKind.ACCOUNT, compact, _("Enter the account number: 4 to 34 digits.")
    return NumberKind.ACCOUNT, compact, ""


def _bic_problem(code: str, country: str) -> tuple[str, str]:
    try:
        code = stdnum_bic.validate(code)
    except StdnumError as exc:
        return code, _("Not a valid SWIFT/BIC code: %(why)s") % {"why": exc.message}
    if code[4:6] != country:
        return code, _("This SWIFT/BIC code is of a bank in %(c)s.") % {"c": code[4:6]}
    return code, ""


def bank_details_check(*, holder_name: str, bank_name: str, bic: str, number: str,
                       country: str, currency: str) -> dict:
    """The details in their stored form, or InvalidBankAccount naming every bad field."""
    fields: dict[str, list[str]] = {}
    clean = {"holder_name": " ".join((holder_name or "").split())[:140],
             "bank_name": " ".join((bank_name or "").split())[:140],
             "country": (country or "").strip().upper(), "currency": (currency or "").upper()}
    for name in ("holder_name", "bank_name"):
        if not clean[name]:
            fields[name] = [_("This field is required.")]
    if len(clean["country"]) != 2 or pycountry.countries.get(alpha_2=clean["country"]) is None:
        fields["country"] = [_("Choose the country of the bank.")]
    if clean["currency"] not in settings.SETTLEMENT_CURRENCIES:
        fields["currency"] = [_("Choose one of: %(list)s.")
                              % {"list": ", ".join(settings.SETTLEMENT_CURRENCIES)}]
    clean["bic"], problem = _bic_problem(bic or "", clean["country"])
    if problem:
        fields["bic"] = [problem]
    clean["number_kind"], clean["number"], problem = _number_check(number, clean["country"])
    if problem:
        fields["number"] = [problem]
    if fields:
        raise InvalidBankAccount(_("The bank account details are not valid."), fields=fields)
    return clean


def bank_destination(account: BankAccount) -> Destination:
    return Destination(holder_name=account.holder_name, bank_name=account.bank_name,
                       bic=account.bic, country=account.country, currency=account.currency,
                       number=bank_data_decrypt(account.number_encrypted))


def bank_account_move(account: BankAccount, to: str, *, actor=None, reason: str = ""):
    return transition(account, to=to, table=BANK_ACCOUNT_TRANSITIONS,
                      event_model=BankAccountEvent, actor=actor, reason=reason,
                      bank_account=account)


def _deposits_prepare(account: BankAccount) -> None:
    """A new verification round: two fresh amounts of 0.01-0.99, kept encrypted."""
    amounts = [secrets.randbelow(99) + 1 for _ in range(2)]
    account.deposits_encrypted = bank_data_encrypt(json.dumps(amounts))
    account.deposit_round += 1
    account.deposit_references = []
    account.deposit_state = DepositState.SENDING
    account.verify_tries = 0
    account.save(update_fields=["deposits_encrypted", "deposit_round", "deposit_references",
                                "deposit_state", "verify_tries"])


def bank_account_add(*, shop, actor, holder_name: str, bank_name: str, bic: str, number: str,
                     country: str, currency: str) -> BankAccount:
    """Register a bank account and send its two test deposits."""
    clean = bank_details_check(holder_name=holder_name, bank_name=bank_name, bic=bic,
                               number=number, country=country, currency=currency)
    live = BankAccount.objects.filter(shop=shop).exclude(status=BankAccountStatus.REMOVED)
    if live.count() >= settings.BANK_ACCOUNTS_MAX:
        raise InvalidBankAccount(_("A shop can keep at most %(n)d bank accounts; remove one "
                                   "first.") % {"n": settings.BANK_ACCOUNTS_MAX},
                                 code="too_many_bank_accounts")
    plain = clean.pop("number")
    with transaction.atomic():
        account = BankAccount.objects.create(
            shop=shop, number_encrypted=bank_data_encrypt(plain), last4=plain[-4:], **clean)
        BankAccountEvent.objects.create(bank_account=account, from_status="",
                                        to_status=account.status, actor=actor,
                                        reason="registered", created_at=clock.now())
        _deposits_prepare(account)
    return deposits_send(account=account)


def deposits_send(*, account: BankAccount) -> BankAccount:
    """Send the round's test deposits (again, with the same keys, if the provider was down)."""
    with transaction.atomic():
        locked = (BankAccount.objects.select_for_update(skip_locked=True)
                  .filter(pk=account.pk, status=BankAccountStatus.UNVERIFIED,
                          deposit_state=DepositState.SENDING).first())
        if locked is None:
            return account
        provider, destination = payout_provider(), bank_destination(locked)
        amounts = json.loads(bank_data_decrypt(locked.deposits_encrypted))
        try:
            references = [provider.payout_create(
                amount=Money(amount, locked.currency), destination=destination,
                idempotency_key=f"bank-account-{locked.pk}-round-{locked.deposit_round}-{i}",
            ).reference for i, amount in enumerate(amounts)]
        except PayoutProviderUnavailable:
            return locked  # the sweep sends them later
        locked.deposit_references = references
        locked.deposit_state = DepositState.SENT
        locked.save(update_fields=["deposit_references", "deposit_state"])
    return locked


@transaction.atomic
def _verify_try(account_id: int, amounts: list[int], actor) -> tuple[str, int]:
    account = BankAccount.objects.select_for_update().get(pk=account_id)
    if account.status in (BankAccountStatus.VERIFIED, BankAccountStatus.LOCKED):
        return account.status, 0
    if account.status != BankAccountStatus.UNVERIFIED:
        raise IllegalTransition(_("This bank account cannot be verified any more."))
    if account.deposit_state != DepositState.ARRIVED:
        raise DepositsNotArrived(_("The test deposits have not arrived yet; try again once "
                                   "your bank shows them."))
    if sorted(amounts) == sorted(json.loads(bank_data_decrypt(account.deposits_encrypted))):
        bank_account_move(account, BankAccountStatus.VERIFIED, actor=actor,
                          reason="test deposits confirmed")
        account.verified_at, account.deposits_encrypted = clock.now(), ""
        account.save(update_fields=["verified_at", "deposits_encrypted"])
        outbox_write(topic="payout.bank_account_verified", recipient=account.shop.owner,
                     payload={"bank_account_id": account.pk})
        return BankAccountStatus.VERIFIED, 0
    account.verify_tries += 1
    account.save(update_fields=["verify_tries"])
    left = settings.BANK_VERIFY_MAX_TRIES - account.verify_tries
    if left > 0:
        return "wrong", left
    bank_account_move(account, BankAccountStatus.LOCKED, actor=actor,
                      reason=f"{account.verify_tries} wrong answers to the test deposits")
    outbox_write(topic="payout.bank_account_locked", recipient=account.shop.owner,
                 payload={"bank_account_id": account.pk})
    return BankAccountStatus.LOCKED, 0


def bank_account_verify(*, account: BankAccount, amounts: list[int], actor) -> BankAccount:
    """Confirm the two test deposits (minor units, either order). A wrong answer counts (and
    is kept) before it is refused; the last allowed wrong answer locks the account."""
    verdict, left = _verify_try(account.pk, list(amounts), actor)
    if verdict == "wrong":
        message = ngettext("%(n)d try left.", "%(n)d tries left.", left) % {"n": left}
        raise WrongDepositAmounts(_("Those are not the amounts we sent.") + " " + message,
                                  fields={"amounts": [message]})
    if verdict == BankAccountStatus.LOCKED:
        raise BankAccountLocked(_("Too many wrong answers: this bank account is locked. "
                                  "Support can send new test deposits."))
    account.refresh_from_db()
    return account


@transaction.atomic
def bank_account_remove(*, account: BankAccount, actor) -> BankAccount:
    account = BankAccount.objects.select_for_update().get(pk=account.pk)
    if account.withdrawals.filter(status__in=[WithdrawalStatus.REQUESTED,
                                              WithdrawalStatus.PROCESSING]).exists():
        raise WithdrawalInFlight(_("A withdrawal to this account is on its way; remove it "
                                   "once that is done."))
    bank_account_move(account, BankAccountStatus.REMOVED, actor=actor, reason="removed")
    account.deposits_encrypted = ""
    account.save(update_fields=["deposits_encrypted"])
    return account


def bank_account_reverify(*, account: BankAccount, actor) -> BankAccount:
    """An operator unlocks a locked account: a new round of test deposits, tries reset."""
    with transaction.atomic():
        account = BankAccount.objects.select_for_update().get(pk=account.pk)
        if account.status != BankAccountStatus.LOCKED:
            raise BankAccountUnverified(_("Only a locked bank account gets new test deposits."),
                                        code="not_locked")
        bank_account_move(account, BankAccountStatus.UNVERIFIED, actor=actor,
                          reason="new test deposits")
        _deposits_prepare(account)
    return deposits_send(account=account)


def bank_account_fail(*, account: BankAccount, code: str, reason: str) -> None:
    """The bank refused a payment to this account as closed or unknown: no more payouts."""
    if account.status in (BankAccountStatus.UNVERIFIED, BankAccountStatus.VERIFIED):
        bank_account_move(account, BankAccountStatus.FAILED, reason=reason)
        account.failure_code = code
        account.save(update_fields=["failure_code"])
        outbox_write(topic="payout.bank_account_failed", recipient=account.shop.owner,
                     payload={"bank_account_id": account.pk, "code": code})
