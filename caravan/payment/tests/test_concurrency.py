"""Concurrent calls in real threads with their own connections (SQLite file and PostgreSQL):
one key authorises once, and refunds racing each other never exceed the capture."""

import threading
from datetime import timedelta

import pytest
from django.db import connections

from caravan.account.tests.factories import BuyerFactory
from caravan.core import clock
from caravan.core.errors import DomainError
from caravan.core.money import Money
from caravan.payment.models import PaymentAttempt, SandboxCharge
from caravan.payment.services import payment_authorise, payment_capture, payment_refund

from .helpers import token_for

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 6


def race(work) -> list:
    """Run work(n) in THREADS threads released together; the results or error codes."""
    results, start = [], threading.Barrier(THREADS)

    def run(n):
        try:
            start.wait()
            results.append(work(n))
        except DomainError as exc:
            results.append(exc.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_one_key_sent_at_once_from_many_threads_authorises_once():
    buyer = BuyerFactory(date_joined=clock.now() - timedelta(days=400))
    token = token_for()

    results = race(lambda n: payment_authorise(
        checkout_id=1, buyer=buyer, token=token, amount=Money(1500, "USD"), channel="USD",
        key="same").pk)

    assert len(results) == THREADS and len(set(results)) == 1
    assert PaymentAttempt.objects.count() == 1 and SandboxCharge.objects.count() == 1


def test_refunds_racing_each_other_never_exceed_the_capture():
    buyer = BuyerFactory(date_joined=clock.now() - timedelta(days=400))
    attempt = payment_authorise(checkout_id=1, buyer=buyer, token=token_for(), key="a",
                                amount=Money(5000, "USD"), channel="USD")
    payment_capture(attempt=attempt, key="c")

    results = race(lambda n: payment_refund(attempt=attempt, amount=Money(2000, "USD"),
                                            key=f"r{n}").refunded_amount)

    assert sorted(r for r in results if isinstance(r, int)) == [2000, 4000]
    assert results.count("refund_exceeds_captured") == THREADS - 2
    attempt.refresh_from_db()
    assert attempt.refunded_amount == 4000
    assert SandboxCharge.objects.get().refunded_amount == 4000
