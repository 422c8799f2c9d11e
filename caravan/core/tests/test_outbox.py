import pytest

from caravan.core import outbox
from caravan.core.outbox import OutboxMessage, outbox_deliver, outbox_write

pytestmark = pytest.mark.django_db


@pytest.fixture
def handlers(monkeypatch):
    registry: dict = {}
    monkeypatch.setattr(outbox, "HANDLERS", registry)
    return registry


def test_messages_reach_their_handler_once_and_unhandled_topics_wait(handlers):
    seen = []
    handlers["thing.happened"] = [seen.append]
    outbox_write(topic="thing.happened", payload={"n": 1})
    outbox_write(topic="nobody.listens", payload={})
    assert outbox_deliver() == 1
    assert outbox_deliver() == 0
    assert seen == [{"n": 1}]
    assert OutboxMessage.objects.get(topic="nobody.listens").delivered_at is None


def test_a_failing_handler_is_retried_later(handlers):
    calls = []

    def flaky(payload):
        calls.append(payload)
        if len(calls) == 1:
            raise RuntimeError("downstream unavailable")

    handlers["thing.happened"] = [flaky]
    outbox_write(topic="thing.happened", payload={"n": 2})
    assert outbox_deliver() == 0
    assert outbox_deliver() == 1
    message = OutboxMessage.objects.get()
    assert message.attempts == 2 and message.delivered_at is not None


def test_statistics_refresh_runs_on_sqlite_only():
    from django.db import connection

    from caravan.core.maintenance import statistics_refresh

    assert statistics_refresh() is (connection.vendor == "sqlite")
