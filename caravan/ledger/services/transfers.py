"""Accounts and the three transfer primitives: the only writers of ledger rows.

Every writer locks the accounts it touches with `lock_accounts` (primary-key order, so two
writers queue instead of deadlocking), checks the flags on the locked rows, appends the
transfer and saves the new running totals in the same transaction. The CHECK constraints on
`Account` are the backstop should a writer ever forget.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.money import Money, UnknownCurrency, exponent

from ..constants import ACCOUNT_TYPES, TransferKind
from ..errors import (
    AlreadySettled,
    CurrencyMismatch,
    ExceedsPending,
    IdempotencyMismatch,
    InsufficientFunds,
    InvalidAmount,
    NotPending,
    SameAccount,
    UnknownAccount,
)
from ..models import Account, Transfer

TOTALS = ("debits_posted", "credits_posted", "debits_pending", "credits_pending")


def _shop_of(code: str, shop) -> tuple[dict, int | None]:
    prefix, _, suffix = code.partition(":")
    kind = ACCOUNT_TYPES.get(prefix)
    if kind is None or bool(suffix) != (kind.per_shop or kind.suffixed):
        raise UnknownAccount(f"No such ledger account: {code!r}.")
    shop_id = None
    if kind.per_shop:
        if not suffix.isdigit() or (shop is not None and shop.pk != int(suffix)):
            raise UnknownAccount(f"{code!r} does not name this shop's account.")
        shop_id = int(suffix)
    return {"kind": kind.kind, "no_negative": kind.no_negative}, shop_id


def account_for(*, code: str, currency: str, shop=None) -> Account:
    """The account `code` in `currency`, created on first use with the chart's kind and flags."""
    try:
        exponent(currency)
    except UnknownCurrency as exc:
        raise InvalidInput(f"Unknown currency {currency!r}.", code="unknown_currency") from exc
    if len(code) > Account._meta.get_field("code").max_length:
        raise UnknownAccount(f"Ledger account code too long: {code!r}.")
    flags, shop_id = _shop_of(code, shop)
    account, _created = Account.objects.get_or_create(
        code=code, currency=currency, defaults={**flags, "shop_id": shop_id})
    return account


def accounts_for(codes: Sequence[str], currency: str) -> list[Account]:
    """The accounts `codes` in `currency`, in that order, locked until the transaction ends.

    One statement when they all exist (the usual case): a hot path that writes to several
    accounts reads and locks them together instead of a look-up each and a lock.
    """
    rows = {account.code: account for account in _lock(
        Account.objects.filter(code__in=set(codes), currency=currency))}
    if len(rows) < len(set(codes)):
        created = [account_for(code=code, currency=currency) for code in codes
                   if code not in rows]
        rows = {account.code: account for account in _lock(
            Account.objects.filter(pk__in=[a.pk for a in [*rows.values(), *created]]))}
    return [rows[code] for code in codes]


def _lock(rows):
    return rows.select_for_update().order_by("pk")


def lock_accounts(*ids: int) -> dict[int, Account]:
    """Lock these accounts until the transaction ends, always in primary-key order.

    Callers that will write to several accounts in one transaction lock all of them first, in
    one call, so that no transaction ever waits for a lower key while holding a higher one.
    """
    return {account.pk: account for account in _lock(Account.objects.filter(pk__in=set(ids)))}


def _replay(key: str, request: dict) -> Transfer | None:
    existing = Transfer.objects.filter(idempotency_key=key).first()
    if existing is not None:
        _check_replay(key, request, existing)
    return existing


def _check_replay(key: str, request: dict, existing: Transfer) -> None:
    differs = sorted(f for f, v in request.items() if getattr(existing, f) != v)
    if differs:
        raise IdempotencyMismatch(
            f"Idempotency key {key!r} was used for another transfer ({', '.join(differs)}).")


def _append(key: str, request: dict, accounts: tuple[Account, Account]) -> Transfer:
    try:
        with transaction.atomic():
            transfer = Transfer.objects.create(idempotency_key=key, created_at=clock.now(),
                                               **request)
    except IntegrityError:
        # The same key committed by a writer whose accounts we did not share.
        existing = _replay(key, request)
        if existing is None:
            raise
        return existing
    for account in accounts:
        account.save(update_fields=TOTALS)
    transfer.debit, transfer.credit = accounts
    return transfer


def _spend(account: Account, amount: int) -> None:
    if account.no_negative and account.available < amount:
        raise InsufficientFunds(
            f"{account} has {Money(max(account.available, 0), account.currency).format()} "
            f"available, {Money(amount, account.currency).format()} needed.")


def _check_amount(amount: Money, currency: str) -> None:
    if amount.currency != currency:
        raise CurrencyMismatch(f"Amount in {amount.currency}, account in {currency}.")
    if amount.amount <= 0:
        raise InvalidAmount("A transfer moves a positive amount.",
                            fields={"amount": ["Must be greater than zero."]})


def _validate(debit: Account, credit: Account, amount: Money) -> None:
    if debit.pk == credit.pk:
        raise SameAccount("A transfer needs two different accounts.")
    if debit.currency != credit.currency:
        raise CurrencyMismatch(f"{debit} and {credit} are in different ledgers.")
    _check_amount(amount, debit.currency)


def _apply(debit: Account, credit: Account, amount: int, pending: bool) -> None:
    _spend(debit, amount)
    if pending:
        debit.debits_pending += amount
        credit.credits_pending += amount
    else:
        debit.debits_posted += amount
        credit.credits_posted += amount


@dataclass(frozen=True)
class Leg:
    """One transfer of a batch: `transfer_create`'s arguments."""

    key: str
    debit: Account
    credit: Account
    amount: Money
    ref: tuple[str, int]
    memo: str = ""
    pending: bool = False

    def request(self) -> dict:
        kind = TransferKind.PENDING if self.pending else TransferKind.POSTED
        return {"debit_id": self.debit.pk, "credit_id": self.credit.pk,
                "amount": self.amount.amount, "currency": self.amount.currency, "kind": kind,
                "pending_id": None, "ref_type": self.ref[0], "ref_id": self.ref[1],
                "memo": self.memo}


@transaction.atomic
def transfer_create(*, key: str, debit: Account, credit: Account, amount: Money,
                    ref: tuple[str, int], memo: str = "", pending: bool = False) -> Transfer:
    """Move `amount` from `debit` to `credit` (or reserve it, when `pending`), once per key.

    The accounts passed in are not refreshed; the returned transfer carries the locked ones.
    """
    request = Leg(key, debit, credit, amount, ref, memo, pending).request()
    if (existing := _replay(key, request)) is not None:
        return existing
    _validate(debit, credit, amount)
    locked = lock_accounts(debit.pk, credit.pk)
    d, c = locked[debit.pk], locked[credit.pk]
    _apply(d, c, amount.amount, pending)
    return _append(key, request, (d, c))


@transaction.atomic(savepoint=False)  # its caller's transaction holds the locks anyway
def transfers_create(legs: Sequence[Leg]) -> list[Transfer]:
    """`transfer_create` for each leg in turn, all or none, in three statements.

    The legs' accounts must be the rows `accounts_for` locked in this transaction: they are
    written back as they are, with no look-up. A leg whose key was used before is answered
    from the transfer it made (checked against the leg), as `transfer_create` would.
    """
    done = {t.idempotency_key: t for t in
            Transfer.objects.filter(idempotency_key__in=[leg.key for leg in legs])}
    made, touched = [], {}
    for leg in legs:
        request = leg.request()
        if leg.key in done:
            _check_replay(leg.key, request, done[leg.key])
            continue
        _validate(leg.debit, leg.credit, leg.amount)
        for account in (leg.debit, leg.credit):
            # Two copies of one row would each carry half the movements; the last saved wins.
            if touched.setdefault(account.pk, account) is not account:
                raise ValueError(f"{account} is passed as two objects; pass one.")
        _apply(leg.debit, leg.credit, leg.amount.amount, leg.pending)
        done[leg.key] = Transfer(idempotency_key=leg.key, created_at=clock.now(), **request)
        made.append(done[leg.key])
    if made:
        Transfer.objects.bulk_create(made)
        Account.objects.bulk_update(touched.values(), TOTALS)
    return [done[leg.key] for leg in legs]


def _settle_request(pending: Transfer, kind: str, amount: int, memo: str) -> dict:
    return {"debit_id": pending.debit_id, "credit_id": pending.credit_id, "amount": amount,
            "currency": pending.currency, "kind": kind, "pending_id": pending.pk,
            "ref_type": pending.ref_type, "ref_id": pending.ref_id, "memo": memo}


def _lock_unsettled(pending: Transfer) -> tuple[Account, Account]:
    if pending.kind != TransferKind.PENDING:
        raise NotPending(f"Transfer {pending.pk} is not a pending transfer.")
    locked = lock_accounts(pending.debit_id, pending.credit_id)
    # Settling locks the same two accounts, so a concurrent settle is visible by now.
    if Transfer.objects.filter(pending=pending).exists():
        raise AlreadySettled(f"Pending transfer {pending.pk} was already posted or voided.")
    d, c = locked[pending.debit_id], locked[pending.credit_id]
    d.debits_pending -= pending.amount
    c.credits_pending -= pending.amount
    return d, c


@transaction.atomic
def transfer_post(*, key: str, pending: Transfer, amount: Money | None = None,
                  memo: str = "") -> Transfer:
    """Post a pending transfer, in full or in part (the rest of the reservation is released)."""
    amount = Money(pending.amount, pending.currency) if amount is None else amount
    request = _settle_request(pending, TransferKind.POST_PENDING, amount.amount, memo)
    if (existing := _replay(key, request)) is not None:
        return existing
    _check_amount(amount, pending.currency)
    if amount.amount > pending.amount:
        raise ExceedsPending(f"Cannot post {amount.amount} of a pending {pending.amount}.")
    d, c = _lock_unsettled(pending)
    d.debits_posted += amount.amount
    c.credits_posted += amount.amount
    return _append(key, request, (d, c))


@transaction.atomic
def transfer_void(*, key: str, pending: Transfer, memo: str = "") -> Transfer:
    """Release a pending transfer's whole reservation; nothing moves."""
    request = _settle_request(pending, TransferKind.VOID_PENDING, pending.amount, memo)
    if (existing := _replay(key, request)) is not None:
        return existing
    return _append(key, request, _lock_unsettled(pending))
