"""The APIs run a lean middleware stack; pages keep sessions, CSRF and frame protection."""

import pytest
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client, RequestFactory

from caravan.core.middleware import ApiRequestMiddleware

pytestmark = pytest.mark.django_db


def test_an_api_request_skips_the_page_middleware():
    response = Client().get("/api/ping", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert not response.cookies
    assert response["Content-Language"] == "fr"
    assert "Accept-Language" in response["Vary"]


def test_an_anonymous_api_request_has_an_anonymous_user():
    seen = {}

    def view(request):
        seen["user"] = request.user
        return HttpResponse()

    ApiRequestMiddleware(view)(RequestFactory().get("/api/store/cart"))
    assert seen["user"].is_anonymous


def test_pages_still_get_sessions_csrf_and_frame_protection():
    response = Client().get("/accounts/login/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert "csrftoken" in response.cookies


def test_the_checks_still_find_djangos_own_middleware():
    call_command("check", fail_level="ERROR")
