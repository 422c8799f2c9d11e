"""Ledger test helpers: accounts come from `account_for` (the chart decides kinds and flags)."""

import itertools

import pytest

from caravan.core.errors import DomainError
from caravan.core.money import Money
from caravan.ledger.services import account_for, transfer_create

_keys = itertools.count(1)


def key(prefix: str = "t") -> str:
    return f"{prefix}-{next(_keys)}"


def fund(account, amount: int, *, source: str = "clearing:test"):
    """Credit `amount` to `account` from an unflagged clearing account of its currency."""
    clearing = account_for(code=source, currency=account.currency)
    transfer_create(key=key("fund"), debit=clearing, credit=account,
                    amount=Money(amount, account.currency), ref=("test", 0))
    account.refresh_from_db()
    return account


def refused(expected: str, call, /, **kw) -> DomainError:
    """Call a service that must refuse with the `expected` code."""
    with pytest.raises(DomainError) as info:
        call(**kw)
    assert info.value.code == expected, info.value.message
    return info.value
