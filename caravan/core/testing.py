"""Helpers for tests across apps: API clients that carry a bearer token, real threads."""

import json
import threading

from django.db import connection
from django.test import Client

from caravan.account.services import token_issue
from caravan.core.errors import DomainError

TEST_PASSWORD = "a-long-test-password-42"


class ApiClient:
    def __init__(self, user=None):
        self.client = Client()
        self.headers = {}
        if user is not None:
            raw, _token = token_issue(email=user.email, password=TEST_PASSWORD)
            self.headers["Authorization"] = f"Bearer {raw}"

    def _send(self, method, path, body=None, headers=None):
        extra = {**self.headers, **(headers or {})}
        data = json.dumps(body) if body is not None else None
        return getattr(self.client, method)(path, data=data, content_type="application/json",
                                            headers=extra)

    def get(self, path, **kw):
        return self.client.get(path, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def post(self, path, body=None, **kw):
        return self._send("post", path, body, **kw)

    def patch(self, path, body=None, **kw):
        return self._send("patch", path, body, **kw)

    def delete(self, path, **kw):
        return self._send("delete", path, **kw)


def in_threads(count: int, work) -> tuple[list, list]:
    """Run work(i) in `count` threads released at once; answer results and refusal codes."""
    start = threading.Barrier(count)
    results, refusals, failures = [], [], []

    def run(i):
        try:
            start.wait()
            results.append(work(i))
        except DomainError as exc:
            refusals.append(exc.code)
        except Exception as exc:  # a deadlock or a double release would land here
            failures.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a worker is stuck"
    assert failures == []
    return results, refusals


def rate_limits_on(settings, *, store: str = "database", **rates: dict[str, str]) -> None:
    """Turn the abuse limits on (the test-wide conftest turns them off) with the given store
    and rates per scope, e.g. `login={"account": "3/15m", "ip": "5/15m"}`."""
    settings.RATE_LIMITS_ENABLED = True
    settings.RATE_LIMIT_STORE = store
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, **rates}
