import pytest

from caravan.logistics import selectors
from caravan.logistics.rates import Parcel

from .factories import ServiceFactory, fx, put

pytestmark = pytest.mark.django_db


def test_operator_builds_a_zone_with_countries_and_a_rate_card(api, operator):
    # given a service without zones
    fx("CNY", "8")
    service = ServiceFactory(code="line", name="Line", currency="CNY", max_weight_g=2000)
    client = api(operator)
    # when the operator adds a zone, its countries and a two-band card
    zone = client.post(f"/api/admin/shipping-services/{service.id}/zones",
                       {"code": "eu", "name": "Europe", "days_min": 8, "days_max": 15})
    assert zone.status_code == 201
    zone_id = zone.json()["id"]
    countries = put(client, f"/api/admin/zones/{zone_id}/countries",
                           {"countries": ["de", "FR"], "protection_days": 75})
    assert countries.json() == [{"country": "DE", "protection_days": 75},
                                {"country": "FR", "protection_days": 75}]
    bands = put(client, f"/api/admin/zones/{zone_id}/rate-bands", {"bands": [
        {"up_to_g": 500, "method": "per_gram", "per_kg": 8000, "item_fee": 800},
        {"up_to_g": 2000, "method": "first_additional", "first_weight_g": 500,
         "first_price": 4800, "step_g": 100, "step_price": 700}]})
    assert bands.status_code == 200 and len(bands.json()) == 2
    # then quotes use it at once: 800 g = 48 + 3 x 7 = 69 CNY = 8.63 USD
    [quote] = selectors.shipping_options(parcel=Parcel.of_items(
        weight_g=800, length_cm=10, width_cm=10, height_cm=10), country="FR").quotes
    assert quote.cost.amount == 6900 and quote.price.amount == 863
    assert quote.lane.days_max == 15 and quote.lane.protection_days == 75


def test_rate_cards_that_do_not_reach_the_weight_limit_are_refused(api, operator):
    service = ServiceFactory(max_weight_g=2000)
    client = api(operator)
    zone_id = client.post(f"/api/admin/shipping-services/{service.id}/zones",
                          {"code": "z", "name": "Z", "days_min": 1, "days_max": 2}).json()["id"]
    response = put(client, f"/api/admin/zones/{zone_id}/rate-bands",
                          {"bands": [{"up_to_g": 1000, "method": "per_gram", "per_kg": 1}]})
    assert response.status_code == 422 and "bands" in response.json()["fields"]
    unordered = put(client, f"/api/admin/zones/{zone_id}/rate-bands", {"bands": [
        {"up_to_g": 2000, "method": "per_gram"}, {"up_to_g": 1000, "method": "per_gram"}]})
    assert "bands.1.up_to_g" in unordered.json()["fields"]


def test_zone_days_must_be_ordered_and_codes_unique(api, operator):
    service = ServiceFactory()
    client = api(operator)
    url = f"/api/admin/shipping-services/{service.id}/zones"
    assert client.post(url, {"code": "z", "name": "Z", "days_min": 9,
                             "days_max": 2}).status_code == 422
    assert client.post(url, {"code": "z", "name": "Z", "days_min": 1,
                             "days_max": 2}).status_code == 201
    assert client.post(url, {"code": "z", "name": "Z", "days_min": 1,
                             "days_max": 2}).status_code == 422


def test_operator_edits_services_and_carriers(api, operator):
    client = api(operator)
    carrier = client.post("/api/admin/carriers", {"code": "yun", "name": "YunExpress"})
    assert carrier.status_code == 201
    created = client.post("/api/admin/shipping-services", {
        "code": "yun-line", "name": "Yun line", "carrier": "yun", "service_class": "cooperative",
        "max_weight_g": 2000, "max_sum_cm": "90"})
    assert created.status_code == 201
    service_id = created.json()["id"]
    patched = client.patch(f"/api/admin/shipping-services/{service_id}",
                           {"active": False, "volumetric_divisor": 6000})
    assert patched.json()["active"] is False and patched.json()["volumetric_divisor"] == 6000
    assert client.post("/api/admin/shipping-services", {
        "code": "x", "name": "X", "carrier": "nobody", "service_class": "postal",
        "max_weight_g": 1}).status_code == 422


def test_only_operators_use_the_admin_api(api, seller):
    assert api(seller).get("/api/admin/shipping-services").status_code == 403
    assert api().get("/api/admin/carriers").status_code == 401
