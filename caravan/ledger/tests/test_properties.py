"""Property tests: whatever the sequence of operations, the ledger stays balanced and agrees
with a plain model of each order's escrow. Each example runs in a savepoint rolled back at its
end, so examples start from the same database (the shops of the fixture)."""

from dataclasses import dataclass

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caravan.core.errors import DomainError
from caravan.core.money import Money
from caravan.ledger.models import Transfer
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import (
    account_for,
    escrow_capture,
    escrow_refund,
    escrow_release,
    ledger_verify,
    order_escrow,
    transfer_create,
    transfer_post,
    transfer_void,
)
from caravan.seller.tests.factories import ShopFactory

pytestmark = pytest.mark.django_db

CURRENCIES = ("USD", "CNY")
ORDERS = (1, 2, 3, 4)
PROPERTY = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def shops():
    return [ShopFactory().pk, ShopFactory(settlement_currency="CNY").pk]


@dataclass
class OrderModel:
    currency: str
    shop_id: int
    captured: int
    refunded: int = 0
    held: int = 0
    released: int = 0
    commission: int = 0


amounts = st.one_of(st.integers(-2, 0), st.integers(1, 100), st.integers(1, 5_000_000))
escrow_ops = st.one_of(
    st.tuples(st.just("capture"), st.sampled_from(ORDERS), st.integers(0, 1), amounts,
              st.sampled_from(CURRENCIES)),
    # a refund of a share of the hold (per mille; over 1000 asks too much), of the hold give or
    # take one minor unit, or of any amount
    st.tuples(st.just("refund"), st.sampled_from(ORDERS),
              st.one_of(st.integers(1, 1100).map(lambda m: ("share", m)),
                        st.integers(-1, 1).map(lambda d: ("delta", d)),
                        amounts.map(lambda a: ("amount", a))),
              st.sampled_from([False] * 5 + [True])),  # True: in the wrong currency
    st.tuples(st.just("release"), st.sampled_from(ORDERS),
              st.one_of(st.integers(0, 2_000), st.sampled_from([10_000, 10_001]))),
    st.tuples(st.just("replay"), st.integers(0, 40), st.booleans()),  # True: another body
)


def expect_capture(model, order_id, shop_id, amount):
    if order_id in model:
        return "already_captured"
    if amount.amount <= 0:
        return "invalid_amount"
    model[order_id] = OrderModel(amount.currency, shop_id, amount.amount, held=amount.amount)
    return None


def expect_refund(model, order_id, amount):
    order = model.get(order_id)
    if amount.amount <= 0:
        return "invalid_amount"
    if order is None:
        return "refund_exceeds_paid"
    if amount.currency != order.currency:
        return "currency_mismatch"
    if order.held == 0:
        return "already_released" if order.released else "refund_exceeds_paid"
    if amount.amount > order.held:
        return "refund_exceeds_paid"
    order.refunded += amount.amount
    order.held -= amount.amount
    return None


def expect_release(model, order_id, bps):
    order = model.get(order_id)
    if not 0 <= bps <= 10_000:
        return "invalid_commission"
    if order is None or order.held == 0:
        return "already_released" if order and order.released else "no_hold"
    fee = Money.from_decimal(Money(order.held, order.currency).to_decimal() * bps / 10_000,
                             order.currency)
    order.released += order.held
    order.commission += fee.amount
    order.held = 0
    return None


def run_escrow_op(op, step, model, shops):
    """Run one operation; answer the call made (to replay it) and the error code, if any."""
    name, order_id = op[0], op[1]
    if name == "capture":
        _, _, shop_index, amount, currency = op
        kw = {"order_id": order_id, "shop_id": shops[shop_index],
              "amount": Money(amount, currency), "provider": "sandbox", "key": f"c{step}"}
        return (escrow_capture, kw), expect_capture(model, order_id, kw["shop_id"], kw["amount"])
    if name == "refund":
        _, _, (how, value), wrong_currency = op
        order = model.get(order_id)
        currency = order.currency if order else "USD"
        if wrong_currency:
            currency = "CNY" if currency == "USD" else "USD"
        held = order.held if order else 0
        amount = {"amount": value, "delta": held + value,
                  "share": max(1, held * value // 1000)}[how]
        kw = {"order_id": order_id, "amount": Money(amount, currency), "key": f"r{step}"}
        return (escrow_refund, kw), expect_refund(model, order_id, kw["amount"])
    kw = {"order_id": order_id, "commission_bps": op[2], "key": f"l{step}"}
    return (escrow_release, kw), expect_release(model, order_id, op[2])


def changed(kw: dict) -> dict:
    """The same call with another body (same key)."""
    if "amount" in kw:
        return {**kw, "amount": Money(kw["amount"].amount + 1, kw["amount"].currency)}
    return {**kw, "commission_bps": (kw["commission_bps"] + 1) % 10_001}


def attempt(call, kw) -> str | None:
    try:
        call(**kw)
    except DomainError as exc:
        return exc.code
    return None


def assert_matches(model):
    for order_id in ORDERS:
        escrow = order_escrow(order_id=order_id)
        order = model.get(order_id)
        want = (order.captured, order.refunded, order.held, order.released,
                order.commission) if order else (0, 0, 0, 0, 0)
        got = tuple(escrow[k].amount for k in ("captured", "refunded", "held", "released",
                                                "commission"))
        assert got == want, (order_id, got, want)


def assert_books(model, shops):
    for currency in CURRENCIES:
        orders = [o for o in model.values() if o.currency == currency]

        def balance(code, currency=currency):
            return account_balance(code=code, currency=currency).amount
        assert balance("clearing:sandbox") == sum(o.captured for o in orders)
        assert balance("refunds") == sum(o.refunded for o in orders)
        assert balance("platform_commission") == sum(o.commission for o in orders)
        assert balance("escrow") == sum(o.held for o in orders)
        for shop_id in shops:
            assert balance(f"seller_pending:{shop_id}") == sum(
                o.released - o.commission for o in orders if o.shop_id == shop_id)
    holds = {order_id: Money(order.held, order.currency) for order_id, order in model.items()}
    assert ledger_verify(expected_holds=holds) == []


@PROPERTY
@given(ops=st.lists(escrow_ops, max_size=30))
def test_any_sequence_of_escrow_operations_keeps_the_books(shops, ops):
    with transaction.atomic():
        model: dict[int, OrderModel] = {}
        done = []  # successful calls, to replay
        for step, op in enumerate(ops):
            if op[0] == "replay":
                if not done:
                    continue
                call, kw = done[op[1] % len(done)]
                rows = Transfer.objects.count()
                if op[2]:
                    assert attempt(call, changed(kw)) == "idempotency_mismatch"
                else:
                    assert attempt(call, kw) is None
                assert Transfer.objects.count() == rows
                continue
            (call, kw), expected = run_escrow_op(op, step, model, shops)
            assert attempt(call, kw) == expected, (op, kw)
            if expected is None:
                done.append((call, kw))
            assert_matches(model)
        assert_books(model, shops)
        transaction.set_rollback(True)


# --- the transfer primitives on their own -------------------------------------------------

CODES = ("clearing:test", "escrow", "seller_available:{shop}", "payout_transit:{shop}",
         "refunds")
primitive_ops = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 4), st.integers(0, 4),
              st.sampled_from(CURRENCIES), st.sampled_from([False] * 4 + [True]), amounts,
              st.booleans()),  # debit, credit, currency, credit in the other one, amount, pending
    st.tuples(st.just("post"), st.integers(0, 20), st.integers(-1, 1_100)),  # per mille
    st.tuples(st.just("void"), st.integers(0, 20)),
)


@dataclass
class Book:
    totals: dict  # account id -> [debits_posted, credits_posted, debits_pending, credits_...]
    flagged: set  # ids of the no_negative accounts
    pendings: list  # [transfer, settled]


def expect_create(book, debit, credit, amount, pending):
    if debit == credit:
        return "same_account"
    if debit.currency != credit.currency:
        return "currency_mismatch"
    if amount <= 0:
        return "invalid_amount"
    d, c = book.totals[debit.pk], book.totals[credit.pk]
    if debit.pk in book.flagged and d[1] - d[0] - d[2] < amount:
        return "insufficient_funds"
    slot = 2 if pending else 0
    d[slot] += amount
    c[slot + 1] += amount
    return None


def expect_settle(book, entry, amount):
    transfer, settled = entry
    if amount is not None and amount <= 0:
        return "invalid_amount"
    if amount is not None and amount > transfer.amount:
        return "exceeds_pending"
    if settled:
        return "already_settled"
    entry[1] = True
    d, c = book.totals[transfer.debit_id], book.totals[transfer.credit_id]
    d[2] -= transfer.amount
    c[3] -= transfer.amount
    d[0] += amount or 0
    c[1] += amount or 0
    return None


def run_primitive(op, step, book, accounts):
    if op[0] == "create":
        _, d, c, currency, other, amount, pending = op
        debit = accounts[(CODES[d], currency)]
        credit_currency = [x for x in CURRENCIES if x != currency][0] if other else currency
        credit = accounts[(CODES[c], credit_currency)]
        expected = expect_create(book, debit, credit, amount, pending)
        try:
            made = transfer_create(key=f"k{step}", debit=debit, credit=credit,
                                   amount=Money(amount, currency), ref=("test", step),
                                   pending=pending)
        except DomainError as exc:
            return exc.code, expected
        if pending:
            book.pendings.append([made, False])
        return None, expected
    if not book.pendings:
        return None, None
    entry = book.pendings[op[1] % len(book.pendings)]
    transfer = entry[0]
    amount = None
    if op[0] == "post" and op[2] != 1_000:
        amount = transfer.amount * op[2] // 1000 if op[2] >= 0 else -1
    expected = expect_settle(book, entry, amount if op[0] == "post" else None)
    call = transfer_void if op[0] == "void" else transfer_post
    kw = {} if op[0] == "void" else {"amount": None if amount is None else
                                     Money(amount, transfer.currency)}
    return attempt(call, {"key": f"k{step}", "pending": transfer, **kw}), expected


@PROPERTY
@given(ops=st.lists(primitive_ops, max_size=40))
def test_any_sequence_of_transfers_keeps_flagged_accounts_non_negative(shops, ops):
    with transaction.atomic():
        codes = [code.format(shop=shops[0]) for code in CODES]
        accounts = {(template, currency): account_for(code=code, currency=currency)
                    for template, code in zip(CODES, codes, strict=True)
                    for currency in CURRENCIES}
        book = Book(totals={a.pk: [0, 0, 0, 0] for a in accounts.values()},
                    flagged={a.pk for a in accounts.values() if a.no_negative}, pendings=[])
        for step, op in enumerate(ops):
            got, expected = run_primitive(op, step, book, accounts)
            assert got == expected, op
        for key, account in accounts.items():
            account.refresh_from_db()
            assert [account.debits_posted, account.credits_posted, account.debits_pending,
                    account.credits_pending] == book.totals[account.pk], key
            assert not account.no_negative or account.available >= 0
        assert ledger_verify(expected_holds={}) == []
        transaction.set_rollback(True)
