"""`payouts_advance`: the sweep that moves payouts on from what the provider reports.

Safe with several workers: each row is claimed with SELECT ... FOR UPDATE SKIP LOCKED and
moved by a conditional state transition; the provider and ledger calls are idempotent by key.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction

from caravan.core import clock
from caravan.core.outbox import outbox_write

from ..constants import BankAccountStatus, DepositState, WithdrawalStatus
from ..errors import PayoutProviderUnavailable
from ..models import BankAccount, Withdrawal
from ..providers import payout_provider
from ..providers.base import ACCEPTED, FAILED
from .bank_accounts import bank_account_fail, deposits_send
from .withdrawals import withdrawal_settle, withdrawal_submit

BATCH = 200


def _withdrawal_poll(withdrawal_id: int, now: datetime) -> bool:
    with transaction.atomic():
        withdrawal = (Withdrawal.objects.select_for_update(skip_locked=True)
                      .filter(pk=withdrawal_id, status=WithdrawalStatus.PROCESSING).first())
        if withdrawal is None:
            return False
        try:
            result = payout_provider(withdrawal.provider).payout_status(
                reference=withdrawal.provider_reference, as_of=now)
        except PayoutProviderUnavailable:
            return False
        if result.status == ACCEPTED:
            return False
        withdrawal_settle(withdrawal=withdrawal, result=result)
    return True


def _deposits_poll(account_id: int, now: datetime) -> bool:
    with transaction.atomic():
        account = (BankAccount.objects.select_for_update(skip_locked=True)
                   .filter(pk=account_id, status=BankAccountStatus.UNVERIFIED,
                           deposit_state=DepositState.SENT).first())
        if account is None:
            return False
        provider = payout_provider()
        try:
            results = [provider.payout_status(reference=reference, as_of=now)
                       for reference in account.deposit_references]
        except PayoutProviderUnavailable:
            return False
        if any(result.status == ACCEPTED for result in results):
            return False
        failed = [result.failure_code for result in results if result.status == FAILED]
        account.deposit_state = DepositState.FAILED if failed else DepositState.ARRIVED
        account.save(update_fields=["deposit_state"])
        if failed:
            bank_account_fail(account=account, code=failed[0],
                              reason=f"test deposits failed: {failed[0]}")
        else:
            outbox_write(topic="payout.bank_deposits_arrived", recipient=account.shop.owner,
                         payload={"bank_account_id": account.pk})
    return True


def payouts_advance(*, now: datetime | None = None) -> int:
    """Send what the provider has not accepted yet, and book what it has paid or failed.
    Answers how many withdrawals and verification rounds moved."""
    now = now or clock.now()
    moved = 0
    stale = now - timedelta(seconds=settings.PAYOUT_RESUBMIT_AFTER_SECONDS)
    for withdrawal_id in list(Withdrawal.objects.filter(
            status=WithdrawalStatus.REQUESTED, created_at__lte=stale)
            .order_by("pk").values_list("pk", flat=True)[:BATCH]):
        submitted = withdrawal_submit(withdrawal_id=withdrawal_id)
        moved += bool(submitted and submitted.status != WithdrawalStatus.REQUESTED)
    for withdrawal_id in list(Withdrawal.objects.filter(status=WithdrawalStatus.PROCESSING)
                              .order_by("pk").values_list("pk", flat=True)[:BATCH]):
        moved += _withdrawal_poll(withdrawal_id, now)
    unverified = BankAccount.objects.filter(status=BankAccountStatus.UNVERIFIED).order_by("pk")
    for account in list(unverified.filter(deposit_state=DepositState.SENDING)[:BATCH]):
        moved += deposits_send(account=account).deposit_state == DepositState.SENT
    for account_id in list(unverified.filter(deposit_state=DepositState.SENT)
                           .values_list("pk", flat=True)[:BATCH]):
        moved += _deposits_poll(account_id, now)
    return moved
