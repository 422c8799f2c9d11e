"""Money back to a buyer after the order's escrow was released: it comes from the seller.

After release the order's money is the seller's (`seller_pending:<shop>`, later
`seller_available:<shop>`), so a refund is a clawback, never a draw on escrow. Seller accounts
may not go negative, so what the seller's balances cannot cover becomes the seller's debt:

    platform_commission     -> seller_pending:<shop>   commission returned on the refunded share
    seller_pending:<shop>   -> refunds                 drawn from pending money first
    seller_available:<shop> -> refunds                 then from available money
    seller_debt:<shop>      -> refunds                 the shortfall

`refunds` is a liability (owed, then paid, to buyers), as in `escrow_refund`. `seller_debt` is
an asset (the seller owes the platform): debiting it raises what the seller owes by exactly the
amount credited to `refunds`, so every step is one balanced transfer and no flagged account is
overdrawn. The commission goes back because a refunded sale earns none; the last refund of an
order returns whatever commission is left, so rounding strands nothing.

A counterfeit finding may give the buyer up to twice what was paid (DOMAIN.md §5): the second
part, `compensation_charge`, is charged to the seller the same way (pending, available, debt)
without touching the commission, and is never more than the order's capture.

Every transfer carries the order as its ref. Keys: `<key>:clawback-commission`,
`<key>:clawback-pending`, `<key>:clawback-available`, `<key>:clawback-debt` and
`<key>:compensation-{pending,available,debt}`; all of a call's transfers commit together, so a
replay finds them all and answers the first call's split.
"""

from decimal import Decimal

from django.db import transaction
from django.db.models import Q, Sum

from caravan.core.errors import Conflict
from caravan.core.money import Money

from ..constants import ORDER_REF
from ..errors import IdempotencyMismatch, InvalidAmount, RefundExceedsPaid
from ..models import Account, Transfer
from ..selectors import COMMISSION, REFUNDS, order_ledger
from .transfers import account_for, lock_accounts, transfer_create

DRAWS = ("pending", "available", "debt")  # the order in which a seller pays


def _accounts(shop_id: int, currency: str) -> dict[str, Account]:
    return {
        "pending": account_for(code=f"seller_pending:{shop_id}", currency=currency),
        "available": account_for(code=f"seller_available:{shop_id}", currency=currency),
        "debt": account_for(code=f"seller_debt:{shop_id}", currency=currency),
        "refunds": account_for(code=REFUNDS, currency=currency),
        "commission": account_for(code=COMMISSION, currency=currency),
    }


def _lock(accounts: dict[str, Account]) -> dict[str, Account]:
    locked = lock_accounts(*(account.pk for account in accounts.values()))
    return {name: locked[account.pk] for name, account in accounts.items()}


def _done(order_id: int, key: str, op: str, amount: Money) -> dict[str, Money] | None:
    """The split an earlier call with this key made, checked against this call's amount."""
    rows = Transfer.objects.filter(idempotency_key__startswith=f"{key}:{op}-")
    if not rows.exists():
        return None
    split = {name: Money(0, amount.currency) for name in ("commission_returned", *DRAWS)}
    refs = set()
    for row in rows:
        name = row.idempotency_key.rsplit("-", 1)[-1]
        split["commission_returned" if name == "commission" else name] = Money(row.amount,
                                                                               row.currency)
        refs.add((row.ref_type, row.ref_id, row.currency))
    drawn = sum(split[name].amount for name in DRAWS)
    if refs != {(ORDER_REF, order_id, amount.currency)} or drawn != amount.amount:
        raise IdempotencyMismatch(f"Idempotency key {key!r} was used for another clawback.")
    return split


def _drawn(order_id: int, accounts: dict[str, Account], op: str) -> int:
    """What earlier calls of `op` drew from the seller for this order."""
    sellers = [accounts[name].pk for name in DRAWS]
    total = (Transfer.objects.filter(ref_type=ORDER_REF, ref_id=order_id, debit_id__in=sellers,
                                     credit_id=accounts["refunds"].pk)
             .filter(Q(*(Q(idempotency_key__endswith=f":{op}-{n}") for n in DRAWS),
                       _connector=Q.OR))
             .aggregate(total=Sum("amount"))["total"])
    return total or 0


def _commission_share(order_id: int, accounts: dict[str, Account], amount: int,
                      clawed: int, released: int, taken: int) -> int:
    returned = (Transfer.objects.filter(ref_type=ORDER_REF, ref_id=order_id,
                                        debit_id=accounts["commission"].pk)
                .aggregate(total=Sum("amount"))["total"] or 0)
    if clawed + amount == released:
        return taken - returned
    currency = accounts["commission"].currency
    share = Money.from_decimal(Money(taken, currency).to_decimal() * Decimal(amount)
                               / Decimal(released), currency).amount
    return min(share, taken - returned)


def _draw(accounts: dict[str, Account], amount: Money, order_id: int, key: str,
          op: str, memo: str) -> dict[str, Money]:
    """Take `amount` from the seller: pending, then available, the rest as debt."""
    locked = _lock(accounts)  # read the balances again after any earlier step
    left, split = amount.amount, {}
    for name in DRAWS:
        free = left if name == "debt" else min(left, max(locked[name].available, 0))
        split[name] = Money(free, amount.currency)
        if free:
            transfer_create(key=f"{key}:{op}-{name}", debit=accounts[name],
                            credit=accounts["refunds"], amount=split[name],
                            ref=(ORDER_REF, order_id), memo=f"{memo} ({name})")
        left -= free
    return split


def _check(amount: Money, facts) -> None:
    if amount.amount <= 0:
        raise InvalidAmount("A refund is a positive amount.",
                            fields={"amount": ["Must be greater than zero."]})
    if facts.hold is not None or not facts.released:
        raise Conflict("This order's escrow was not released; refund it from escrow.",
                       code="not_released")
    if facts.currency != amount.currency:
        raise InvalidAmount(f"The order settles in {facts.currency}.",
                            fields={"amount": [f"Use {facts.currency}."]})


@transaction.atomic
def refund_after_release(*, order_id: int, shop_id: int, amount: Money,
                         key: str) -> dict[str, Money]:
    """Take `amount` (settlement currency) back from the seller for a refund after release.

    Answers the split: commission_returned, pending, available, debt (the last three add up to
    `amount`). Refused beyond what was released to the seller for this order, in total.
    """
    if (split := _done(order_id, key, "clawback", amount)) is not None:
        return split
    facts = order_ledger(order_id=order_id)
    _check(amount, facts)
    accounts = _accounts(shop_id, amount.currency)
    _lock(accounts)
    if (split := _done(order_id, key, "clawback", amount)) is not None:
        return split  # a concurrent call with this key committed while we waited
    clawed = _drawn(order_id, accounts, "clawback")
    if clawed + amount.amount > facts.released:
        raise RefundExceedsPaid(
            f"Order {order_id}: {Money(facts.released - clawed, amount.currency).format()} "
            f"can still be refunded after release; {amount.format()} asked.")
    share = _commission_share(order_id, accounts, amount.amount, clawed, facts.released,
                              facts.commission)
    if share > 0:
        transfer_create(key=f"{key}:clawback-commission", debit=accounts["commission"],
                        credit=accounts["pending"], amount=Money(share, amount.currency),
                        ref=(ORDER_REF, order_id), memo="commission returned on refund")
    split = _draw(accounts, amount, order_id, key, "clawback", "refund after release")
    return {"commission_returned": Money(max(share, 0), amount.currency), **split}


@transaction.atomic
def compensation_charge(*, order_id: int, shop_id: int, amount: Money,
                        key: str) -> dict[str, Money]:
    """Charge the seller `amount` (settlement currency) owed to the buyer on top of a refund
    (counterfeit goods): pending, available, then debt. At most the order's capture in total.
    """
    if (split := _done(order_id, key, "compensation", amount)) is not None:
        return split
    if amount.amount <= 0:
        raise InvalidAmount("A compensation is a positive amount.",
                            fields={"amount": ["Must be greater than zero."]})
    facts = order_ledger(order_id=order_id)
    if facts.currency != amount.currency:
        raise InvalidAmount(f"The order settles in {facts.currency}.",
                            fields={"amount": [f"Use {facts.currency}."]})
    accounts = _accounts(shop_id, amount.currency)
    _lock(accounts)
    if (split := _done(order_id, key, "compensation", amount)) is not None:
        return split
    if _drawn(order_id, accounts, "compensation") + amount.amount > facts.captured:
        raise RefundExceedsPaid(f"Order {order_id}: a compensation cannot exceed what the "
                                "buyer paid.")
    split = _draw(accounts, amount, order_id, key, "compensation", "counterfeit compensation")
    return {"commission_returned": Money(0, amount.currency), **split}
