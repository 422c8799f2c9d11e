import pytest

from caravan.account.models import Address
from caravan.account.tests.factories import AddressFactory, BuyerFactory

from .test_validation import VALID

pytestmark = pytest.mark.django_db


def address_body(country="DE", **changes):
    return {"name": "Test Buyer", "country_code": country, **VALID[country], **changes}


@pytest.mark.parametrize("country", sorted(VALID))
def test_buyer_adds_an_address_in_each_country(api, buyer, country):
    # when the buyer posts a valid address
    response = api(buyer).post("/api/store/addresses", address_body(country))
    # then it is stored normalised and listed
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["country_code"] == country and created["phone"].startswith("+")
    listed = api(buyer).get("/api/store/addresses").json()
    assert [a["id"] for a in listed] == [created["id"]]


@pytest.mark.parametrize(("change", "field"), [
    ({"postal_code": "1011"}, "postal_code"),
    ({"city": ""}, "city"),
    ({"phone": "555"}, "phone"),
    ({"country_code": "QQ"}, "country_code"),
])
def test_invalid_address_is_422_per_field_and_saves_nothing(api, buyer, change, field):
    response = api(buyer).post("/api/store/addresses", address_body("DE", **change))
    assert response.status_code == 422
    assert field in response.json()["fields"]
    assert not Address.objects.exists()


def test_missing_required_json_field_is_422(api, buyer):
    body = address_body("DE")
    del body["street_address"]
    response = api(buyer).post("/api/store/addresses", body)
    assert response.status_code == 422
    assert "street_address" in response.json()["fields"]


def test_patch_revalidates_the_whole_address(api, buyer):
    client = api(buyer)
    created = client.post("/api/store/addresses", address_body("DE")).json()
    # a British postcode does not fit a German address: nothing changes
    refused = client.patch(f"/api/store/addresses/{created['id']}", {"postal_code": "SW1A 1AA"})
    assert refused.status_code == 422
    assert Address.objects.get().postal_code == "10115"
    moved = client.patch(f"/api/store/addresses/{created['id']}",
                         {"city": "München", "postal_code": "80331"})
    assert moved.status_code == 200 and moved.json()["postal_code"] == "80331"


def test_first_address_is_default_and_default_moves_on_delete(api, buyer):
    client = api(buyer)
    first = client.post("/api/store/addresses", address_body("DE")).json()
    second = client.post("/api/store/addresses", address_body("FR")).json()
    assert first["is_default"] and not second["is_default"]
    assert client.delete(f"/api/store/addresses/{first['id']}").status_code == 204
    assert client.get(f"/api/store/addresses/{second['id']}").json()["is_default"]


def test_buyer_cannot_see_or_touch_another_buyers_address(api, buyer):
    theirs = AddressFactory(user=BuyerFactory())
    client = api(buyer)
    path = f"/api/store/addresses/{theirs.id}"
    assert client.get(path).status_code == 404
    assert client.patch(path, {"name": "Mallory"}).status_code == 404
    assert client.delete(path).status_code == 404
    assert client.get("/api/store/addresses").json() == []
    theirs.refresh_from_db()
    assert theirs.name == "Ada Lovelace"


def test_huge_ids_are_refused_without_touching_the_database(api, buyer):
    response = api(buyer).get(f"/api/store/addresses/{2**70}")
    assert response.status_code == 422


def test_me_shows_roles_and_profile_and_accepts_preferences(api, buyer):
    client = api(buyer)
    me = client.get("/api/store/me").json()
    assert me["roles"] == ["buyer"] and me["profile"]["country"] == "DE"
    changed = client.patch("/api/store/me", {"display_currency": "jpy", "language": "zh-hans"})
    assert changed.status_code == 200
    assert changed.json()["profile"]["display_currency"] == "JPY"
    bad = client.patch("/api/store/me", {"display_currency": "XYZ"})
    assert bad.status_code == 422 and "display_currency" in bad.json()["fields"]
