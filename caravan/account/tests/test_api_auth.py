from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from caravan.account.models import ApiToken, User
from caravan.core.testing import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def test_signup_as_buyer_creates_profile_from_country(api):
    # when a buyer signs up from Russia
    response = api().post("/api/auth/signup", {"email": "Olga@Example.test",
                                               "password": TEST_PASSWORD, "role": "buyer",
                                               "country": "ru"})
    # then the account exists with the buyer role and Russian defaults
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["email"] == "olga@example.test"
    assert body["roles"] == ["buyer"]
    profile = User.objects.get(pk=body["id"]).buyer_profile
    assert (profile.country, profile.language, profile.display_currency) == ("RU", "ru", "RUB")


def test_signup_as_seller_gives_only_the_seller_role(api):
    response = api().post("/api/auth/signup", {"email": "s@example.test",
                                               "password": TEST_PASSWORD, "role": "seller",
                                               "country": "CN"})
    assert response.status_code == 201
    assert response.json()["roles"] == ["seller"]


@pytest.mark.parametrize(("body", "field"), [
    ({"email": "not-an-email", "password": TEST_PASSWORD, "role": "buyer", "country": "DE"},
     "email"),
    ({"email": "a@example.test", "password": TEST_PASSWORD, "role": "operator", "country": "DE"},
     "role"),
    ({"email": "a@example.test", "password": TEST_PASSWORD, "role": "buyer", "country": "ZZ"},
     "country"),
    ({"email": "a@example.test", "password": "123", "role": "buyer", "country": "DE"},
     "password"),
    ({"email": "a@example.test", "role": "buyer", "country": "DE"}, "password"),
])
def test_bad_signup_is_422_with_the_field_named_and_creates_nothing(api, body, field):
    response = api().post("/api/auth/signup", body)
    assert response.status_code == 422
    error = response.json()
    assert set(error) == {"code", "message", "fields"}
    assert field in error["fields"]
    assert not User.objects.exists()


def test_signup_with_a_taken_email_is_409(api, buyer):
    response = api().post("/api/auth/signup", {"email": buyer.email.upper(),
                                               "password": TEST_PASSWORD, "role": "buyer",
                                               "country": "DE"})
    assert response.status_code == 409
    assert response.json()["code"] == "email_taken"


def test_token_is_issued_for_right_password_only(api, buyer):
    good = api().post("/api/auth/token", {"email": buyer.email, "password": TEST_PASSWORD})
    bad = api().post("/api/auth/token", {"email": buyer.email, "password": "wrong"})
    assert good.status_code == 200 and len(good.json()["token"]) >= 40
    assert bad.status_code == 401 and bad.json()["code"] == "bad_credentials"
    # only a hash of the token is stored
    assert not ApiToken.objects.filter(key_hash=good.json()["token"]).exists()


def test_revoked_token_no_longer_authenticates(api, buyer):
    client = api(buyer)
    assert client.get("/api/store/me").status_code == 200
    assert client.delete("/api/auth/token").status_code == 204
    response = client.get("/api/store/me")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_expired_token_is_refused(api, buyer, settings):
    client = api(buyer)
    later = timezone.now() + settings.API_TOKEN_TTL + timedelta(minutes=1)
    with time_machine.travel(later):
        assert client.get("/api/store/me").status_code == 401


@pytest.mark.parametrize("path", ["/api/seller/shop", "/api/admin/shops"])
def test_buyer_token_is_forbidden_on_seller_and_admin_apis(api, buyer, path):
    response = api(buyer).get(path)
    assert response.status_code == 403
    assert response.json()["code"] == "role_required"


def test_seller_token_is_forbidden_on_admin_api(api, seller):
    assert api(seller).get("/api/admin/shops").status_code == 403


def test_no_token_is_401_everywhere(api):
    for path in ("/api/store/me", "/api/seller/shop", "/api/admin/shops"):
        assert api().get(path).status_code == 401


def test_garbage_token_is_401(api):
    client = api()
    client.headers["Authorization"] = "Bearer " + "x" * 500
    assert client.get("/api/store/me").status_code == 401
