"""Issued serials never repeat, even when many bookings draw them at once (real threads with
their own connections, on SQLite and on PostgreSQL)."""

import threading

import pytest
from django.db import connections

from caravan.fulfilment.errors import SerialsExhausted
from caravan.fulfilment.services import serial_next

pytestmark = pytest.mark.django_db(transaction=True)

THREADS, EACH = 8, 10


def test_concurrent_draws_get_distinct_consecutive_serials():
    drawn: list[int] = []
    start = threading.Barrier(THREADS)

    def draw():
        try:
            start.wait()
            for _ in range(EACH):
                drawn.append(serial_next(name="s10:RSCN", limit=10**8 - 1))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=draw) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(drawn) == list(range(1, THREADS * EACH + 1))


def test_a_series_that_runs_out_says_so():
    assert [serial_next(name="tiny", limit=2) for _ in range(2)] == [1, 2]

    with pytest.raises(SerialsExhausted):
        serial_next(name="tiny", limit=2)
