import pytest

from caravan.account.tests.factories import SellerUserFactory
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop, ShopEvent
from caravan.seller.tests.factories import ShopFactory

pytestmark = pytest.mark.django_db

SHOP = {"name": "Shenzhen Brightway Electronics", "country": "CN",
        "registration_number": "91110000600037341L", "settlement_currency": "CNY"}


def test_seller_opens_a_shop_pending_verification(api):
    owner = SellerUserFactory()
    response = api(owner).post("/api/seller/shop", SHOP)
    assert response.status_code == 201, response.content
    shop = response.json()
    assert shop["status"] == "pending_verification"
    assert shop["slug"] == "shenzhen-brightway-electronics"
    assert shop["settlement_currency"] == "CNY"


@pytest.mark.parametrize(("change", "field"), [
    ({"registration_number": "91110000600037341X"}, "registration_number"),
    ({"settlement_currency": "EUR"}, "settlement_currency"),
    ({"country": "US", "registration_number": "12-3456789"}, "country"),
    ({"slug": "Not A Slug"}, "slug"),
])
def test_invalid_shop_is_422_and_nothing_is_created(api, change, field):
    owner = SellerUserFactory()
    response = api(owner).post("/api/seller/shop", {**SHOP, **change})
    assert response.status_code == 422
    assert field in response.json()["fields"]
    assert not Shop.objects.exists()


def test_hong_kong_shop_has_no_checksum_validator(api):
    owner = SellerUserFactory(country="HK")
    body = {**SHOP, "country": "HK", "registration_number": "12345678",
            "settlement_currency": "USD"}
    assert api(owner).post("/api/seller/shop", body).status_code == 201


def test_second_shop_is_refused(api, seller):
    response = api(seller).post("/api/seller/shop", {**SHOP, "name": "Another"})
    assert response.status_code == 409
    assert response.json()["code"] == "shop_exists"


def test_slug_of_another_shop_is_refused(api, seller):
    other = SellerUserFactory()
    response = api(other).post("/api/seller/shop", {**SHOP, "slug": seller.shop.slug})
    assert response.status_code == 409


def test_seller_without_shop_gets_404_with_a_code(api):
    response = api(SellerUserFactory()).get("/api/seller/shop")
    assert response.status_code == 404 and response.json()["code"] == "no_shop"


def test_seller_a_only_ever_sees_and_changes_own_shop(api, seller):
    # given two sellers
    shop_b = ShopFactory()
    client_a = api(seller)
    # then reads and writes through the seller API touch A's shop only
    assert client_a.get("/api/seller/shop").json()["id"] == seller.shop.id
    client_a.patch("/api/seller/shop", {"name": "Renamed A", "slug": "renamed-a"})
    shop_b.refresh_from_db()
    assert shop_b.name.startswith("Shop ") and shop_b.slug != "renamed-a"
    # and seller A cannot reach B's shop through the admin API either
    assert client_a.post(f"/api/admin/shops/{shop_b.id}/status",
                         {"status": "suspended", "reason": "x"}).status_code == 403
    shop_b.refresh_from_db()
    assert shop_b.status == ShopStatus.ACTIVE


def test_mass_assignment_of_status_and_owner_is_ignored(api, seller):
    other = SellerUserFactory()
    response = api(seller).patch("/api/seller/shop", {"status": "active", "owner_id": other.id,
                                                      "id": 999})
    assert response.status_code == 200
    shop = Shop.objects.get(pk=seller.shop.pk)
    assert shop.owner_id == seller.id and shop.id == seller.shop.id


def test_changing_registration_sends_active_shop_back_to_verification(api, seller):
    response = api(seller).patch("/api/seller/shop",
                                 {"registration_number": "91350100M000100Y43"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "pending_verification"
    event = ShopEvent.objects.get()
    assert (event.from_status, event.to_status, event.actor_id) == (
        "active", "pending_verification", seller.id)


def test_operator_verifies_and_suspends_with_events(api, operator):
    shop = ShopFactory(status=ShopStatus.PENDING)
    client = api(operator)
    listed = client.get("/api/admin/shops?status=pending_verification").json()
    assert [s["id"] for s in listed["items"]] == [shop.id]
    ok = client.post(f"/api/admin/shops/{shop.id}/status", {"status": "active", "reason": "ok"})
    assert ok.status_code == 200 and ok.json()["status"] == "active"
    again = client.post(f"/api/admin/shops/{shop.id}/status", {"status": "active",
                                                                "reason": "twice"})
    assert again.status_code == 409 and again.json()["code"] == "illegal_transition"
    assert list(ShopEvent.objects.values_list("to_status", "reason")) == [("active", "ok")]


def test_admin_shop_list_is_keyset_paginated(api, operator):
    shops = [ShopFactory() for _ in range(5)]
    client = api(operator)
    first = client.get("/api/admin/shops?limit=2").json()
    second = client.get(f"/api/admin/shops?limit=2&cursor={first['next_cursor']}").json()
    assert [s["id"] for s in first["items"] + second["items"]] == [s.id for s in shops[:4]]
