"""Account kinds, transfer kinds and the chart of accounts.

Normal balances: asset and expense accounts grow by debits, liability, equity and revenue
accounts grow by credits; `Account.balance` is signed so that a normal balance is positive.
A transfer moves money *from* its debit account *to* its credit account (TigerBeetle's reading),
e.g. a capture debits `clearing:<provider>` (an asset: the provider owes us the cash) and
credits `escrow` (a liability: we hold the buyer's money).
"""

from dataclasses import dataclass

from django.db import models


class AccountKind(models.TextChoices):
    ASSET = "asset", "asset"
    LIABILITY = "liability", "liability"
    EQUITY = "equity", "equity"
    REVENUE = "revenue", "revenue"
    EXPENSE = "expense", "expense"


DEBIT_NORMAL = frozenset({AccountKind.ASSET, AccountKind.EXPENSE})


class TransferKind(models.TextChoices):
    POSTED = "posted", "posted"
    PENDING = "pending", "pending"
    POST_PENDING = "post_pending", "post pending"
    VOID_PENDING = "void_pending", "void pending"


SETTLE_KINDS = (TransferKind.POST_PENDING, TransferKind.VOID_PENDING)
# Transfers that count in the posted totals (a void only releases a reservation).
POSTING_KINDS = (TransferKind.POSTED, TransferKind.POST_PENDING)


@dataclass(frozen=True)
class AccountType:
    kind: str
    no_negative: bool = False  # its credit balance (net of pending debits) never below zero
    per_shop: bool = False  # code is "<prefix>:<shop id>" and the account belongs to the shop
    suffixed: bool = False  # code is "<prefix>:<name>", e.g. clearing:sandbox


# The chart of accounts, keyed by the code's prefix (the part before ":").
ACCOUNT_TYPES: dict[str, AccountType] = {
    "clearing": AccountType(AccountKind.ASSET, suffixed=True),
    # Escrow is pooled per currency; flagging it means no release or refund can ever pay out
    # more than the captures put in, whatever a caller's per-order arithmetic says.
    "escrow": AccountType(AccountKind.LIABILITY, no_negative=True),
    "seller_pending": AccountType(AccountKind.LIABILITY, no_negative=True, per_shop=True),
    "seller_available": AccountType(AccountKind.LIABILITY, no_negative=True, per_shop=True),
    # What a seller owes the platform (e.g. a refund after payout): an asset of ours, so a
    # clawback never has to push a seller account below zero.
    "seller_debt": AccountType(AccountKind.ASSET, per_shop=True),
    "payout_transit": AccountType(AccountKind.LIABILITY, per_shop=True),
    "platform_commission": AccountType(AccountKind.REVENUE),
    "refunds": AccountType(AccountKind.LIABILITY),
    "fx": AccountType(AccountKind.EQUITY),
}

ORDER_REF = "order"
