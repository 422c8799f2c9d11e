import pytest
from django.db import IntegrityError, transaction
from django.db.models import F

from caravan.core.money import Money
from caravan.ledger.constants import AccountKind
from caravan.ledger.models import Account, Transfer
from caravan.ledger.services import account_for, transfer_create, transfer_post, transfer_void
from caravan.seller.tests.factories import ShopFactory

from .helpers import fund, refused

pytestmark = pytest.mark.django_db

REF = ("test", 1)


def usd(amount: int) -> Money:
    return Money(amount, "USD")


@pytest.fixture
def shop():
    return ShopFactory()


@pytest.fixture
def clearing():
    return account_for(code="clearing:test", currency="USD")


@pytest.fixture
def available(shop):
    return account_for(code=f"seller_available:{shop.pk}", currency="USD", shop=shop)


def test_account_for_creates_each_account_once_with_the_charts_flags(shop):
    # when the same seller account is asked for twice
    first = account_for(code=f"seller_pending:{shop.pk}", currency="USD")
    again = account_for(code=f"seller_pending:{shop.pk}", currency="USD", shop=shop)
    # then it is one row, a liability of the shop that may not go negative
    assert first == again and Account.objects.count() == 1
    assert (first.kind, first.no_negative, first.shop_id) == (AccountKind.LIABILITY, True,
                                                              shop.pk)
    # and the same code in another currency is another account (another ledger)
    assert account_for(code=f"seller_pending:{shop.pk}", currency="CNY").pk != first.pk


@pytest.mark.parametrize(("code", "currency", "error"), [
    ("bank", "USD", "unknown_account"),
    ("escrow:extra", "USD", "unknown_account"),
    ("clearing", "USD", "unknown_account"),
    ("seller_pending:abc", "USD", "unknown_account"),
    ("escrow", "XXQ", "unknown_currency"),
])
def test_account_for_refuses_what_the_chart_does_not_know(code, currency, error):
    refused(error, account_for, code=code, currency=currency)
    assert not Account.objects.exists()


def test_a_seller_account_code_must_name_the_shop_given(shop):
    other = ShopFactory()
    refused("unknown_account", account_for, code=f"seller_pending:{other.pk}", currency="USD",
            shop=shop)


def test_a_posted_transfer_moves_money_between_the_running_totals(clearing, available):
    # when 12.50 USD goes from clearing to the seller
    transfer = transfer_create(key="k1", debit=clearing, credit=available, amount=usd(1250),
                               ref=REF, memo="test")
    # then both totals move, and each balance is positive on its normal side
    clearing.refresh_from_db()
    available.refresh_from_db()
    assert (transfer.kind, transfer.amount, transfer.currency) == ("posted", 1250, "USD")
    assert (clearing.debits_posted, available.credits_posted) == (1250, 1250)
    assert (clearing.balance, available.balance, available.available) == (1250, 1250, 1250)
    assert (transfer.ref_type, transfer.ref_id) == REF


def test_the_same_key_twice_makes_one_transfer(clearing, available):
    first = transfer_create(key="k1", debit=clearing, credit=available, amount=usd(500), ref=REF)
    again = transfer_create(key="k1", debit=clearing, credit=available, amount=usd(500), ref=REF)

    assert first.pk == again.pk and Transfer.objects.count() == 1
    available.refresh_from_db()
    assert available.credits_posted == 500


@pytest.mark.parametrize("change", [{"amount": usd(501)}, {"ref": ("test", 2)},
                                    {"memo": "other"}, {"pending": True}])
def test_the_same_key_with_another_body_is_a_conflict(clearing, available, change):
    body = {"debit": clearing, "credit": available, "amount": usd(500), "ref": REF}
    transfer_create(key="k1", **body)

    error = refused("idempotency_mismatch", transfer_create, key="k1", **{**body, **change})

    assert error.status == 409 and Transfer.objects.count() == 1


def test_a_seller_account_cannot_go_below_zero(clearing, available, shop):
    # given a seller with 10.00 available
    fund(available, 1000)
    transit = account_for(code=f"payout_transit:{shop.pk}", currency="USD")
    # when 10.01 is taken, it is refused and nothing moves
    refused("insufficient_funds", transfer_create, key="k1", debit=available, credit=transit,
            amount=usd(1001), ref=REF)
    available.refresh_from_db()
    assert (available.debits_posted, available.available) == (0, 1000)
    # and exactly 10.00 may go
    transfer_create(key="k2", debit=available, credit=transit, amount=usd(1000), ref=REF)
    available.refresh_from_db()
    assert available.available == 0


def test_a_pending_debit_counts_as_spent(clearing, available, shop):
    fund(available, 1000)
    transit = account_for(code=f"payout_transit:{shop.pk}", currency="USD")
    transfer_create(key="k1", debit=available, credit=transit, amount=usd(700), ref=REF,
                    pending=True)

    refused("insufficient_funds", transfer_create, key="k2", debit=available, credit=transit,
            amount=usd(301), ref=REF)
    available.refresh_from_db()
    assert (available.balance, available.available, available.debits_pending) == (1000, 300, 700)


def test_currencies_never_meet_in_one_transfer(clearing):
    cny = account_for(code="refunds", currency="CNY")
    usd_refunds = account_for(code="refunds", currency="USD")

    refused("currency_mismatch", transfer_create, key="k1", debit=clearing, credit=cny,
            amount=usd(100), ref=REF)
    refused("currency_mismatch", transfer_create, key="k2", debit=clearing, credit=usd_refunds,
            amount=Money(100, "CNY"), ref=REF)
    assert not Transfer.objects.exists()


@pytest.mark.parametrize("amount", [0, -1])
def test_a_transfer_moves_a_positive_amount(clearing, available, amount):
    refused("invalid_amount", transfer_create, key="k1", debit=clearing, credit=available,
            amount=usd(amount), ref=REF)


def test_a_transfer_needs_two_accounts(clearing):
    refused("same_account", transfer_create, key="k1", debit=clearing, credit=clearing,
            amount=usd(1), ref=REF)


@pytest.fixture
def hold(clearing, available):
    """A pending 10.00 from clearing to the seller."""
    return transfer_create(key="hold", debit=clearing, credit=available, amount=usd(1000),
                           ref=REF, pending=True)


def totals(account) -> tuple[int, int, int, int]:
    account.refresh_from_db()
    return (account.debits_posted, account.credits_posted, account.debits_pending,
            account.credits_pending)


def test_a_pending_transfer_reserves_without_moving(hold, clearing, available):
    assert totals(clearing) == (0, 0, 1000, 0)
    assert totals(available) == (0, 0, 0, 1000)
    assert available.balance == 0


def test_posting_a_pending_transfer_in_full(hold, clearing, available):
    post = transfer_post(key="post", pending=hold)

    assert (post.kind, post.amount, post.pending_id, post.ref_id) == ("post_pending", 1000,
                                                                       hold.pk, 1)
    assert totals(clearing) == (1000, 0, 0, 0)
    assert totals(available) == (0, 1000, 0, 0)


def test_a_partial_post_releases_the_rest(hold, clearing, available):
    transfer_post(key="post", pending=hold, amount=usd(600))

    assert totals(clearing) == (600, 0, 0, 0)
    assert totals(available) == (0, 600, 0, 0)


def test_a_post_cannot_exceed_the_pending_amount(hold):
    refused("exceeds_pending", transfer_post, key="post", pending=hold, amount=usd(1001))
    refused("currency_mismatch", transfer_post, key="post", pending=hold,
            amount=Money(10, "CNY"))
    refused("invalid_amount", transfer_post, key="post", pending=hold, amount=usd(0))


def test_voiding_releases_the_whole_reservation(hold, clearing, available):
    void = transfer_void(key="void", pending=hold)

    assert (void.kind, void.amount) == ("void_pending", 1000)
    assert totals(clearing) == (0, 0, 0, 0) and totals(available) == (0, 0, 0, 0)


@pytest.mark.parametrize(("first", "second"), [
    (transfer_post, transfer_post), (transfer_post, transfer_void),
    (transfer_void, transfer_post), (transfer_void, transfer_void)])
def test_a_pending_transfer_is_settled_at_most_once(hold, available, first, second):
    # given a settled pending transfer
    settle = first(key="first", pending=hold)
    # when it is settled again with the same key, the first settle answers
    assert first(key="first", pending=hold).pk == settle.pk
    # and with another key it is refused
    refused("already_settled", second, key="second", pending=hold)
    assert Transfer.objects.filter(pending=hold).count() == 1
    assert totals(available)[3] == 0


def test_only_a_pending_transfer_can_be_settled(clearing, available):
    posted = transfer_create(key="k1", debit=clearing, credit=available, amount=usd(5),
                             ref=REF)
    refused("not_pending", transfer_post, key="post", pending=posted)
    refused("not_pending", transfer_void, key="void", pending=posted)


def test_transfers_are_append_only(hold):
    hold.memo = "edited"
    with pytest.raises(TypeError):
        hold.save()
    with pytest.raises(TypeError):
        hold.delete()
    with pytest.raises(TypeError):
        Transfer.objects.filter(pk=hold.pk).update(memo="edited")
    with pytest.raises(TypeError):
        Transfer.objects.all().delete()
    assert Transfer.objects.get(pk=hold.pk).memo == ""


def test_the_database_refuses_a_negative_seller_balance_however_written(available):
    fund(available, 100)

    with pytest.raises(IntegrityError), transaction.atomic():
        Account.objects.filter(pk=available.pk).update(debits_posted=F("debits_posted") + 101)


def test_the_database_refuses_a_second_settle_and_a_zero_transfer(hold):
    base = {"debit_id": hold.debit_id, "credit_id": hold.credit_id, "currency": "USD",
            "ref_type": "test", "ref_id": 1}
    Transfer.objects.create(idempotency_key="a", kind="void_pending", pending=hold,
                            amount=1000, **base)
    with pytest.raises(IntegrityError), transaction.atomic():
        Transfer.objects.create(idempotency_key="b", kind="post_pending", pending=hold,
                                amount=1000, **base)
    with pytest.raises(IntegrityError), transaction.atomic():
        Transfer.objects.create(idempotency_key="c", kind="posted", amount=0, **base)
    with pytest.raises(IntegrityError), transaction.atomic():
        Transfer.objects.create(idempotency_key="d", kind="post_pending", amount=1, **base)
