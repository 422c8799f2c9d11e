"""`accounts_for` and `transfers_create`: the batch path the escrow capture takes."""

import pytest
from django.db import transaction

from caravan.core.money import Money
from caravan.ledger.errors import IdempotencyMismatch
from caravan.ledger.models import Account, Transfer
from caravan.ledger.services import Leg, accounts_for, ledger_verify, transfers_create
from caravan.seller.tests.factories import ShopFactory

from .helpers import refused

pytestmark = pytest.mark.django_db

REF = ("test", 7)


def usd(amount: int) -> Money:
    return Money(amount, "USD")


@pytest.fixture
def three():
    shop = ShopFactory()
    return accounts_for(["clearing:test", "escrow", f"seller_pending:{shop.pk}"], "USD")


def in_transaction(legs):
    # as its callers do: the batch takes no savepoint of its own
    with transaction.atomic():
        return transfers_create(legs)


def legs(three, amount=500, *, hold=500):
    clearing, escrow, seller = three
    return [Leg("b:in", clearing, escrow, usd(amount), REF),
            Leg("b:hold", escrow, seller, usd(hold), REF, pending=True)]


def test_accounts_for_creates_what_is_missing_and_answers_in_the_order_asked():
    shop = ShopFactory()
    codes = [f"seller_pending:{shop.pk}", "escrow", "clearing:test"]
    first = accounts_for(codes, "USD")
    assert [a.code for a in first] == codes and Account.objects.count() == 3
    assert [a.pk for a in accounts_for(codes, "USD")] == [a.pk for a in first]


def test_accounts_for_refuses_an_unknown_currency_or_code():
    refused("unknown_currency", accounts_for, codes=["escrow"], currency="XXQ")
    refused("unknown_account", accounts_for, codes=["bank"], currency="USD")
    assert not Account.objects.exists()


def test_a_batch_moves_money_in_order_and_keeps_the_books(three, django_assert_num_queries):
    clearing, escrow, seller = three
    # the escrow may pass on the hold only because the first leg funded it
    with django_assert_num_queries(3):
        made = transfers_create(legs(three))
    assert [t.idempotency_key for t in made] == ["b:in", "b:hold"] and all(t.pk for t in made)
    for account in three:
        account.refresh_from_db()
    assert (clearing.debits_posted, escrow.credits_posted, escrow.debits_pending,
            seller.credits_pending) == (500, 500, 500, 500)
    assert ledger_verify() == []


def test_a_batch_sent_again_answers_with_what_it_made(three):
    made = transfers_create(legs(three))
    again = transfers_create(legs(accounts_for([a.code for a in three], "USD")))
    assert [t.pk for t in again] == [t.pk for t in made] and Transfer.objects.count() == 2
    assert Account.objects.get(code="escrow").credits_posted == 500


def test_a_key_reused_for_another_amount_is_a_conflict_and_writes_nothing(three):
    transfers_create(legs(three)[:1])
    fresh = accounts_for([a.code for a in three], "USD")
    with pytest.raises(IdempotencyMismatch):
        in_transaction(legs(fresh, amount=501, hold=400))
    assert Transfer.objects.count() == 1


def test_one_refused_leg_refuses_the_whole_batch(three):
    # the hold asks for more than the escrow was given
    refused("insufficient_funds", in_transaction, legs=legs(three, hold=600))
    assert not Transfer.objects.exists()
    assert Account.objects.get(code="escrow").credits_posted == 0


def test_two_copies_of_one_account_are_refused(three):
    clearing, escrow, seller = three
    copy = Account.objects.get(pk=escrow.pk)
    with pytest.raises(ValueError):
        in_transaction([Leg("c:in", clearing, escrow, usd(5), REF),
                          Leg("c:hold", copy, seller, usd(5), REF, pending=True)])
    assert not Transfer.objects.exists()
