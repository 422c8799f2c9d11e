"""Withdrawals: available money to the seller's verified bank account through the payout
provider. Requested (ledger: available -> in transit), processing (the provider accepted it),
then paid (in transit -> out of the platform's bank) or failed (in transit -> available)."""

import hashlib
import json

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from caravan.core import clock
from caravan.core.errors import DomainError, InvalidInput
from caravan.core.money import Money
from caravan.core.outbox import outbox_write
from caravan.core.states import transition
from caravan.ledger.services import payout_reserve, payout_return, payout_settle
from caravan.seller.constants import ShopStatus

from ..constants import (
    ACCOUNT_FAILURES,
    WITHDRAWAL_TRANSITIONS,
    BankAccountStatus,
    WithdrawalStatus,
)
from ..errors import (
    BankAccountNotFound,
    BankAccountUnverified,
    BelowMinimum,
    IdempotencyMismatch,
    InsufficientBalance,
    PayoutProviderUnavailable,
    ShopFrozen,
)
from ..models import BankAccount, Withdrawal, WithdrawalEvent
from ..providers import payout_provider
from ..providers.base import FAILED, PAID, PayoutResult
from ..selectors import withdrawable
from .bank_accounts import bank_account_fail, bank_destination

KEY_MAX = 100


def _move(withdrawal: Withdrawal, to: str, *, actor=None, reason: str = ""):
    return transition(withdrawal, to=to, table=WITHDRAWAL_TRANSITIONS,
                      event_model=WithdrawalEvent, actor=actor, reason=reason,
                      withdrawal=withdrawal)


def _replayed(shop, key: str, digest: str) -> Withdrawal | None:
    found = Withdrawal.objects.filter(shop=shop, idempotency_key=key).first()
    if found is not None and found.request_hash != digest:
        raise IdempotencyMismatch(_("This Idempotency-Key was used for another request."))
    return found


def _amount_check(shop, account: BankAccount, amount: Money) -> None:
    if amount.currency != account.currency:
        raise InvalidInput(_("This bank account receives %(c)s.") % {"c": account.currency},
                           code="currency_mismatch",
                           fields={"amount.currency": [_("Withdraw in %(c)s to this account.")
                                                       % {"c": account.currency}]})
    minimum = Money(settings.WITHDRAWAL_MINIMUM.get(amount.currency, 1), amount.currency)
    if amount.amount < minimum.amount:
        raise BelowMinimum(_("The smallest withdrawal is %(m)s.") % {"m": minimum.format()},
                           fields={"amount.amount": [_("At least %(m)s.")
                                                     % {"m": minimum.format()}]})
    most = withdrawable(shop=shop, currency=amount.currency)
    if amount.amount > most.amount:
        raise InsufficientBalance(_("You can withdraw at most %(m)s.") % {"m": most.format()},
                                  fields={"amount.amount": [_("At most %(m)s.")
                                                            % {"m": most.format()}]})


def _open(*, shop, actor, bank_account_id: int, amount: Money, key: str,
          digest: str) -> Withdrawal:
    if shop.status == ShopStatus.SUSPENDED:
        raise ShopFrozen(_("The shop is suspended; withdrawals are frozen."))
    account = (BankAccount.objects.filter(shop=shop, pk=bank_account_id)
               .exclude(status=BankAccountStatus.REMOVED).first())
    if account is None:
        raise BankAccountNotFound(_("No such bank account."),
                                  fields={"bank_account_id": [_("No such bank account.")]})
    if account.status != BankAccountStatus.VERIFIED:
        raise BankAccountUnverified(_("Confirm the test deposits to this bank account before "
                                      "withdrawing to it."))
    _amount_check(shop, account, amount)
    withdrawal = Withdrawal.objects.create(
        shop=shop, bank_account=account, amount=amount.amount, currency=amount.currency,
        idempotency_key=key, request_hash=digest, requested_by=actor,
        provider=settings.PAYOUT_PROVIDER)
    WithdrawalEvent.objects.create(withdrawal=withdrawal, from_status="",
                                   to_status=withdrawal.status, actor=actor, reason="requested",
                                   created_at=clock.now())
    # The ledger refuses an overdraft too (seller_available is no_negative), under its locks.
    payout_reserve(shop_id=shop.pk, amount=amount, withdrawal_id=withdrawal.pk,
                   key=f"withdrawal-{withdrawal.pk}:reserve")
    return withdrawal


def withdrawal_request(*, shop, actor, bank_account_id: int, amount: Money, key: str,
                       body: dict) -> Withdrawal:
    """Withdraw `amount` to a verified bank account of the shop, once per Idempotency-Key:
    the same key and body answer with the first withdrawal, another body is refused."""
    key = (key or "").strip()
    if not key or len(key) > KEY_MAX:
        raise InvalidInput(_("An Idempotency-Key header is required."),
                           fields={"Idempotency-Key": [_("Send a unique key, at most 100 "
                                                         "characters.")]})
    digest = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
    if (found := _replayed(shop, key, digest)) is not None:
        return found
    try:
        with transaction.atomic():
            withdrawal = _open(shop=shop, actor=actor, bank_account_id=bank_account_id,
                               amount=amount, key=key, digest=digest)
    except IntegrityError:
        if (found := _replayed(shop, key, digest)) is not None:
            return found  # a concurrent request with this key won
        raise
    return withdrawal_submit(withdrawal_id=withdrawal.pk) or withdrawal


def withdrawal_submit(*, withdrawal_id: int) -> Withdrawal | None:
    """Hand a requested withdrawal to its provider (idempotent by the withdrawal's key); a
    provider that is down leaves it requested for `payouts_advance` to send again."""
    with transaction.atomic():
        withdrawal = (Withdrawal.objects.select_for_update(skip_locked=True)
                      .filter(pk=withdrawal_id, status=WithdrawalStatus.REQUESTED).first())
        if withdrawal is None:
            return None
        # The row stays locked during the provider call, so no second worker sends it; should
        # this process die mid-call, the provider's idempotency key makes the resend harmless.
        try:
            result = payout_provider(withdrawal.provider).payout_create(
                amount=Money(withdrawal.amount, withdrawal.currency),
                destination=bank_destination(withdrawal.bank_account),
                idempotency_key=f"withdrawal-{withdrawal.pk}")
        except PayoutProviderUnavailable:
            return withdrawal
        except DomainError as exc:  # refused outright (e.g. the bank details): never retried
            withdrawal_settle(withdrawal=withdrawal, result=PayoutResult("", FAILED, exc.code))
            return withdrawal
        withdrawal.provider_reference = result.reference
        withdrawal.save(update_fields=["provider_reference"])
        _move(withdrawal, WithdrawalStatus.PROCESSING, reason="accepted by the provider")
        if result.status in (PAID, FAILED):  # a provider that answers at once
            withdrawal_settle(withdrawal=withdrawal, result=result)
    return withdrawal


@transaction.atomic
def withdrawal_settle(*, withdrawal: Withdrawal, result: PayoutResult) -> None:
    """Book the provider's final answer for a processing withdrawal (the caller holds its
    row lock): paid leaves the platform, failed returns to the seller's available balance."""
    amount, now = Money(withdrawal.amount, withdrawal.currency), clock.now()
    ledger = {"shop_id": withdrawal.shop_id, "amount": amount, "withdrawal_id": withdrawal.pk}
    if result.status == PAID:
        payout_settle(**ledger, provider=withdrawal.provider,
                      key=f"withdrawal-{withdrawal.pk}:paid")
        _move(withdrawal, WithdrawalStatus.PAID, reason="paid by the provider")
        withdrawal.paid_at = now
        fields = ["paid_at"]
    else:
        payout_return(**ledger, key=f"withdrawal-{withdrawal.pk}:returned")
        _move(withdrawal, WithdrawalStatus.FAILED, reason=f"failed: {result.failure_code}")
        withdrawal.failed_at, withdrawal.failure_code = now, result.failure_code[:40]
        fields = ["failed_at", "failure_code"]
        if result.failure_code in ACCOUNT_FAILURES:
            bank_account_fail(account=withdrawal.bank_account, code=result.failure_code,
                              reason=f"withdrawal {withdrawal.pk} failed: {result.failure_code}")
    withdrawal.save(update_fields=fields)
    outbox_write(topic=f"payout.withdrawal_{withdrawal.status}",
                 recipient=withdrawal.shop.owner,
                 payload={"withdrawal_id": withdrawal.pk, "amount": amount.as_dict(),
                          "failure_code": withdrawal.failure_code})
