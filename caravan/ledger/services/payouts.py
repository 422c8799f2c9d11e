"""A seller's money after release: pending, available, in transit, paid out.

`escrow_release` leaves the seller's share in `seller_pending:<shop>`. When its working days
have passed, `funds_release` moves it to `seller_available:<shop>`; a withdrawal moves it on to
`payout_transit:<shop>` (`payout_reserve`), and from there either out of the platform's bank
account when the payout provider pays (`payout_settle`, crediting `clearing:payout-<provider>`)
or back to available when the payout fails (`payout_return`, a reversing transfer).

Each call is atomic and idempotent by its key; the business object is the payout app's funds
release or withdrawal (`ref_type` "funds_release" / "withdrawal").
"""

from django.db import transaction

from caravan.core.money import Money

from ..errors import IdempotencyMismatch
from ..models import Account, Transfer
from .transfers import account_for, lock_accounts, transfer_create

FUNDS_RELEASE_REF = "funds_release"
WITHDRAWAL_REF = "withdrawal"


def _seller(prefix: str, shop_id: int, currency: str) -> Account:
    return account_for(code=f"{prefix}:{shop_id}", currency=currency)


def _clearing(provider: str, currency: str) -> Account:
    return account_for(code=f"clearing:payout-{provider}", currency=currency)


@transaction.atomic
def funds_release(*, shop_id: int, amount: Money, release_id: int, key: str) -> Money:
    """Make up to `amount` of the shop's pending money available; answer what moved.

    Pending money is pooled per shop and currency. Should a clawback have taken some of it
    before this release fell due, the release moves what is left rather than failing every
    sweep for ever; the shortfall is the clawback's.
    """
    done = Transfer.objects.filter(idempotency_key=key).first()
    if done is not None:
        if (done.ref_type, done.ref_id) != (FUNDS_RELEASE_REF, release_id):
            raise IdempotencyMismatch(f"Idempotency key {key!r} was used for another release.")
        return Money(done.amount, done.currency)
    pending = _seller("seller_pending", shop_id, amount.currency)
    available = _seller("seller_available", shop_id, amount.currency)
    locked = lock_accounts(pending.pk, available.pk)
    movable = min(amount.amount, max(locked[pending.pk].available, 0))
    if movable <= 0:
        return Money(0, amount.currency)
    moved = Money(movable, amount.currency)
    transfer_create(key=key, debit=pending, credit=available, amount=moved,
                    ref=(FUNDS_RELEASE_REF, release_id), memo="funds available")
    return moved


@transaction.atomic
def payout_reserve(*, shop_id: int, amount: Money, withdrawal_id: int, key: str) -> Transfer:
    """A withdrawal leaves the available balance (refused with insufficient_funds beyond it)."""
    return transfer_create(
        key=key, debit=_seller("seller_available", shop_id, amount.currency),
        credit=_seller("payout_transit", shop_id, amount.currency), amount=amount,
        ref=(WITHDRAWAL_REF, withdrawal_id), memo="withdrawal requested")


@transaction.atomic
def payout_settle(*, shop_id: int, amount: Money, withdrawal_id: int, provider: str,
                  key: str) -> Transfer:
    """The provider paid the seller's bank: the money leaves the platform's bank account."""
    return transfer_create(
        key=key, debit=_seller("payout_transit", shop_id, amount.currency),
        credit=_clearing(provider, amount.currency), amount=amount,
        ref=(WITHDRAWAL_REF, withdrawal_id), memo=f"paid out via {provider}")


@transaction.atomic
def payout_return(*, shop_id: int, amount: Money, withdrawal_id: int, key: str) -> Transfer:
    """The payout failed: the money goes back to the seller's available balance."""
    return transfer_create(
        key=key, debit=_seller("payout_transit", shop_id, amount.currency),
        credit=_seller("seller_available", shop_id, amount.currency), amount=amount,
        ref=(WITHDRAWAL_REF, withdrawal_id), memo="payout failed, returned")
