"""Escrow of an order: captured into escrow, held for the seller, refunded or released.

Invariant kept by these operations: an order's captured amount equals what was refunded plus
what is held (one open pending transfer `escrow -> seller_pending:<shop>`) plus what was
released. A pending transfer can be settled only once, and posting part of it would hand the
seller the refunded money, so a partial refund voids the hold, posts the refund and opens a
new hold for the remainder: three transfers keyed `<key>:refund-void`, `<key>:refund` and
`<key>:refund-hold`.

Each operation suffixes its own transfer keys (no suffix ends another), so keys of different
operations never collide.
"""

from decimal import Decimal

from django.db import transaction

from caravan.core.errors import InvalidInput
from caravan.core.money import Money

from ..constants import ORDER_REF, TransferKind
from ..errors import (
    AlreadyCaptured,
    AlreadyReleased,
    CurrencyMismatch,
    IdempotencyMismatch,
    InvalidAmount,
    NoHold,
    RefundExceedsPaid,
)
from ..models import Transfer
from ..selectors import COMMISSION, ESCROW, REFUNDS, order_ledger
from .transfers import (
    Leg,
    account_for,
    accounts_for,
    lock_accounts,
    transfer_create,
    transfer_post,
    transfer_void,
    transfers_create,
)


@transaction.atomic
def escrow_capture(*, order_id: int, shop_id: int, amount: Money, provider: str,
                   key: str) -> None:
    """The provider captured `amount` for the order: into escrow, held for the shop."""
    if not provider:
        raise InvalidInput("A payment provider is required.", code="invalid_provider")
    clearing, escrow, seller = accounts_for(
        [f"clearing:{provider}", ESCROW, f"seller_pending:{shop_id}"], amount.currency)
    ref = (ORDER_REF, order_id)
    others = Transfer.objects.filter(ref_type=ORDER_REF, ref_id=order_id, kind=TransferKind.POSTED,
                                     credit__code=ESCROW)
    if others.exclude(idempotency_key=f"{key}:capture").exists():
        raise AlreadyCaptured(f"Order {order_id} was already captured.")
    transfers_create([
        Leg(f"{key}:capture", clearing, escrow, amount, ref, memo=f"capture via {provider}"),
        Leg(f"{key}:capture-hold", escrow, seller, amount, ref, memo="escrow hold",
            pending=True)])


def _replayed(key: str, order_id: int, amount: Money | None = None) -> Transfer | None:
    """The transfer an earlier call with this key made, if any, checked against this call."""
    done = Transfer.objects.filter(idempotency_key=key).select_related("pending").first()
    if done is None:
        return None
    same_amount = amount is None or (amount.amount, amount.currency) == (done.amount,
                                                                         done.currency)
    if (done.ref_type, done.ref_id) != (ORDER_REF, order_id) or not same_amount:
        raise IdempotencyMismatch(f"Idempotency key {key!r} was used for another operation.")
    return done


def _refund_check(order_id: int, amount: Money):
    if amount.amount <= 0:
        raise InvalidAmount("A refund is a positive amount.",
                            fields={"amount": ["Must be greater than zero."]})
    facts = order_ledger(order_id=order_id)
    if facts.captured == 0:
        raise RefundExceedsPaid(f"Nothing was paid for order {order_id}.")
    if facts.currency != amount.currency:
        raise CurrencyMismatch(f"Order {order_id} settles in {facts.currency}.")
    return facts


@transaction.atomic
def escrow_refund(*, order_id: int, amount: Money, key: str) -> None:
    """Give `amount` (in the order's settlement currency) back to the buyer from its hold.

    Only before release: afterwards the money is the seller's, and a refund is a clawback from
    the seller's accounts, not from escrow.
    """
    if _replayed(f"{key}:refund", order_id, amount) is not None:
        return
    facts = _refund_check(order_id, amount)
    escrow = account_for(code=ESCROW, currency=amount.currency)
    refunds = account_for(code=REFUNDS, currency=amount.currency)
    lock_accounts(escrow.pk, refunds.pk, facts.seller_account_id)
    facts = order_ledger(order_id=order_id)  # again, now that no one else can move it
    if facts.hold is None:
        if facts.released:
            raise AlreadyReleased(f"Order {order_id}'s escrow was released to the seller.")
        raise RefundExceedsPaid(f"Order {order_id} has nothing left to refund.")
    if amount.amount > facts.hold.amount:
        raise RefundExceedsPaid(
            f"Order {order_id} holds {Money(facts.hold.amount, amount.currency).format()}; "
            f"{amount.format()} cannot be refunded.")
    ref = (ORDER_REF, order_id)
    transfer_void(key=f"{key}:refund-void", pending=facts.hold, memo="refund")
    transfer_create(key=f"{key}:refund", debit=escrow, credit=refunds, amount=amount, ref=ref,
                    memo="refund")
    rest = facts.hold.amount - amount.amount
    if rest:
        seller = facts.hold.credit
        transfer_create(key=f"{key}:refund-hold", debit=escrow, credit=seller, ref=ref,
                        amount=Money(rest, amount.currency), memo="escrow hold after refund",
                        pending=True)


def _open_hold(order_id: int) -> Transfer:
    facts = order_ledger(order_id=order_id)
    if facts.hold is None:
        if facts.released:
            raise AlreadyReleased(f"Order {order_id}'s escrow was already released.")
        raise NoHold(f"Order {order_id} holds nothing to release.")
    return facts.hold


@transaction.atomic
def escrow_release(*, order_id: int, commission_bps: int, key: str) -> None:
    """Post the order's hold to the seller, then take the platform's commission from it."""
    if not 0 <= commission_bps <= 10_000:
        raise InvalidInput("Commission is 0 to 10000 basis points.", code="invalid_commission")
    done = _replayed(f"{key}:release", order_id)
    hold = done.pending if done else _open_hold(order_id)
    currency = hold.currency
    escrow = account_for(code=ESCROW, currency=currency)
    commission = account_for(code=COMMISSION, currency=currency)
    # Every hold of an order credits the same seller account, so these locks cover a hold
    # that a concurrent partial refund replaced; read it again under them.
    lock_accounts(escrow.pk, commission.pk, hold.credit_id)
    if done is None:
        hold = _open_hold(order_id)
    release = transfer_post(key=f"{key}:release", pending=hold,
                            memo=f"release, commission {commission_bps} bps")
    fee = Money.from_decimal(Money(release.amount, currency).to_decimal()
                             * Decimal(commission_bps) / Decimal(10_000), currency)
    if fee.amount:
        transfer_create(key=f"{key}:release-fee", debit=release.credit, credit=commission,
                        amount=fee, ref=(ORDER_REF, order_id),
                        memo=f"commission {commission_bps} bps")
