"""Two sweepers at once on PostgreSQL, each with its own connection: a silent seller's dispute
is accepted once, the buyer refunded once."""

import threading

import pytest
from django.db import connection

from caravan.dispute.models import Dispute
from caravan.dispute.services import dispute_open, disputes_sweep
from caravan.order.models import Order

from .helpers import DAY, assert_ledger_clean, card_refunded, ship

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]


def in_threads(count: int, work) -> list:
    start = threading.Barrier(count)
    results, failures = [], []

    def run(i):
        try:
            start.wait()
            results.append(work(i))
        except Exception as exc:  # a deadlock or a double refund would land here
            failures.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a sweeper is stuck"
    assert failures == []
    return results


def test_two_sweepers_accept_a_silent_sellers_dispute_once(make_paid_order, buyer, t0):
    # given three shipped orders, each disputed, the sellers silent past the deadline
    orders = [ship(make_paid_order(buyer), t0 - 20 * DAY) for _ in range(3)]
    for order in orders:
        dispute_open(order=order, buyer=buyer, reason="not_received", text="Nothing came")
    deadline = Dispute.objects.order_by("-seller_respond_by").first().seller_respond_by
    # when two sweepers run at the same moment
    done = in_threads(2, lambda i: disputes_sweep(now=deadline))
    # then each dispute was accepted by exactly one of them, each buyer refunded once
    assert sum(done) == 3
    assert set(Dispute.objects.values_list("status", flat=True)) == {"resolved_refund"}
    for order in Order.objects.filter(pk__in=[o.pk for o in orders]):
        assert order.refunded_total == order.total and card_refunded(order) == order.total
    assert disputes_sweep(now=deadline) == 0
    assert_ledger_clean()
