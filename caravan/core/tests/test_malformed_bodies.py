"""Bodies the fuzzer sent that used to get a 500 or to pass as an empty body."""

import pytest

from caravan.account.tests.factories import BuyerFactory
from caravan.core.testing import ApiClient

pytestmark = pytest.mark.django_db


def test_a_multipart_body_without_boundary_is_422():
    # given a buyer on a route that takes a multipart upload
    client = ApiClient(BuyerFactory())
    # when the Content-Type names multipart but gives no boundary
    response = client.client.post("/api/store/ip-complaints", data=b"x",
                                  content_type="multipart/form-data", headers=client.headers)
    # then the answer is a refusal in the error shape, not a server error
    assert response.status_code == 422 and response.json()["code"] == "malformed_body"


def test_a_json_body_that_is_not_an_object_is_422():
    # given a PATCH route whose fields are all optional, when the body is a list
    response = ApiClient(BuyerFactory()).patch("/api/store/me", [None, None])
    # then it is refused as malformed instead of being read as an empty patch
    assert response.status_code == 422 and response.json()["code"] == "malformed_body"


def test_an_object_body_is_still_read():
    response = ApiClient(BuyerFactory()).patch("/api/store/me", {})
    assert response.status_code == 200


def test_nul_characters_are_refused_in_bodies_and_parameters():
    from django.test import Client

    client = Client()
    token = client.post("/api/auth/token", data='{"email": "a\\u0000@b.c", "password": "x"}',
                        content_type="application/json")
    assert token.status_code == 422 and token.json()["code"] == "malformed_body"
    search = client.get("/api/store/products", {"q": "lamp\x00"})
    assert search.status_code == 422 and search.json()["code"] == "malformed_body"


def test_a_value_the_database_cannot_hold_is_answered_422():
    from django.db import DataError
    from django.test import RequestFactory

    from caravan.core.api import new_api

    api = new_api(name="probe", title="probe", description="")
    handler = api._exception_handlers[DataError]
    request = RequestFactory().put("/api/admin/zones/1/rate-bands")
    response = handler(request, DataError("integer out of range"))
    assert response.status_code == 422
    assert b'"code": "invalid"' in response.content
