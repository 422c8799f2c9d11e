"""Payout services: funds becoming available, bank accounts, withdrawals and the sweeps.

The lead's order completion calls `escrow_release` and then `funds_schedule`; the worker (and
`caravan run-deadlines`) runs `funds_release_due` and `payouts_advance`.
"""

from .advance import payouts_advance
from .bank_accounts import (
    bank_account_add,
    bank_account_remove,
    bank_account_reverify,
    bank_account_verify,
    bank_details_check,
    deposits_send,
)
from .funds import funds_release_due, funds_schedule
from .withdrawals import withdrawal_request, withdrawal_settle, withdrawal_submit

__all__ = [
    "bank_account_add", "bank_account_remove", "bank_account_reverify", "bank_account_verify",
    "bank_details_check", "deposits_send", "funds_release_due", "funds_schedule",
    "payouts_advance", "withdrawal_request", "withdrawal_settle", "withdrawal_submit",
]
