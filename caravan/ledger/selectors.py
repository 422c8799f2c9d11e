"""Reads of the ledger: what an order's escrow holds, balances."""

from dataclasses import dataclass, field

from caravan.core.money import Money

from .constants import ORDER_REF, TransferKind
from .models import Account, Transfer

ESCROW = "escrow"
REFUNDS = "refunds"
COMMISSION = "platform_commission"


@dataclass
class OrderLedger:
    """An order's escrow, summed from its transfers (all in the order's settlement currency)."""

    currency: str | None = None
    seller_account_id: int | None = None
    captured: int = 0
    refunded: int = 0
    released: int = 0
    commission: int = 0
    hold: Transfer | None = None
    holds: list[Transfer] = field(default_factory=list)  # open ones; more than one is a breach

    @property
    def held(self) -> int:
        return sum(hold.amount for hold in self.holds)


def _classify(facts: OrderLedger, transfer: Transfer) -> None:
    debit, credit = transfer.debit.code, transfer.credit.code
    if transfer.kind == TransferKind.POSTED and credit == ESCROW:
        facts.captured += transfer.amount
    elif transfer.kind == TransferKind.POSTED and (debit, credit) == (ESCROW, REFUNDS):
        facts.refunded += transfer.amount
    elif transfer.kind == TransferKind.POSTED and credit == COMMISSION:
        facts.commission += transfer.amount
    elif transfer.kind == TransferKind.POST_PENDING and debit == ESCROW:
        facts.released += transfer.amount
    elif transfer.kind == TransferKind.PENDING and debit == ESCROW:
        facts.seller_account_id = transfer.credit_id
        facts.holds.append(transfer)


def order_ledger(*, order_id: int) -> OrderLedger:
    transfers = list(Transfer.objects.filter(ref_type=ORDER_REF, ref_id=order_id)
                     .select_related("debit", "credit").order_by("id"))
    facts = OrderLedger(currency=transfers[0].currency if transfers else None)
    for transfer in transfers:
        _classify(facts, transfer)
    # Settles carry their hold's ref, so the order's own rows say which holds are closed.
    settled = {t.pending_id for t in transfers if t.pending_id is not None}
    facts.holds = [hold for hold in facts.holds if hold.pk not in settled]
    facts.hold = facts.holds[-1] if facts.holds else None
    return facts


def order_escrow(*, order_id: int, currency: str | None = None) -> dict[str, Money]:
    """Captured, refunded, held, released (and commission taken) for one order.

    Amounts are in the order's settlement currency; an order the ledger has never seen reports
    zeros in `currency` (default USD).
    """
    facts = order_ledger(order_id=order_id)
    code = facts.currency or currency or "USD"
    return {
        "captured": Money(facts.captured, code),
        "refunded": Money(facts.refunded, code),
        "held": Money(facts.held, code),
        "released": Money(facts.released, code),
        "commission": Money(facts.commission, code),
    }


def account_balance(*, code: str, currency: str) -> Money:
    """The posted balance of an account on its normal side (zero if it does not exist)."""
    account = Account.objects.filter(code=code, currency=currency).first()
    return Money(account.balance if account else 0, currency)
