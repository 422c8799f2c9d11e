"""Ledger services: the only writers of accounts and transfers.

Other apps call these (and read through `caravan.ledger.selectors`); every one is atomic and
idempotent by the key it is given.
"""

from ..selectors import order_escrow
from ..verify import ledger_verify
from .clawback import compensation_charge, refund_after_release
from .escrow import escrow_capture, escrow_refund, escrow_release
from .payouts import funds_release, payout_reserve, payout_return, payout_settle
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

__all__ = [
    "account_for", "escrow_capture", "escrow_refund", "escrow_release", "ledger_verify",
    "lock_accounts", "order_escrow", "transfer_create", "transfer_post", "transfer_void",
    "funds_release", "payout_reserve", "payout_return", "payout_settle",
]
__all__ += ["compensation_charge", "refund_after_release", "Leg", "accounts_for",
            "transfers_create"]
