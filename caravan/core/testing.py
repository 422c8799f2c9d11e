"""Helpers for tests across apps: API clients that carry a bearer token."""

import json

from django.test import Client

from caravan.account.services import token_issue

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
