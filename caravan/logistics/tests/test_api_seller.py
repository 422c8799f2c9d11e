import pytest

from caravan.logistics.models import ShippingTemplate, TemplateCoverage
from caravan.seller.tests.factories import ShopFactory

from .factories import lane, per_gram, put

pytestmark = pytest.mark.django_db

TEMPLATE = {
    "name": "Standard",
    "handling_days": 5,
    "not_served": ["RU"],
    "groups": [
        {"countries": ["US", "CA"], "services": ["post", "express"], "charge": "free"},
        {"services": ["post"], "charge": "discounted", "discount_pct": 30},
    ],
}


@pytest.fixture(autouse=True)
def services():
    lane(code="post", bands=[per_gram(2000, 1000)])
    lane(code="express", bands=[per_gram(2000, 1000)])


def test_seller_creates_a_template_covering_every_country_once(api, seller):
    # when the seller posts a template with a US/CA group, a catch-all group and RU excluded
    response = api(seller).post("/api/seller/shipping-templates", TEMPLATE)
    # then it is created as sent
    assert response.status_code == 201
    body = response.json()
    assert body["handling_days"] == 5 and body["not_served"] == ["RU"]
    assert body["groups"][0] == {"position": 0, "countries": ["CA", "US"],
                                 "services": ["express", "post"], "charge": "free",
                                 "discount_pct": 0}
    # and every country but Russia is covered by exactly one group
    coverage = dict(TemplateCoverage.objects.values_list("country", "group__position"))
    assert coverage["US"] == 0 and coverage["DE"] == 1 and "RU" not in coverage
    assert len(coverage) == 249 - 1


@pytest.mark.parametrize(("change", "field"), [
    ({"handling_days": 30}, "handling_days"),
    ({"not_served": ["US"]}, "groups.0.countries"),
    ({"groups": [{"services": ["nope"]}]}, "groups.0.services"),
    ({"groups": [{"services": ["post"]}, {"services": ["express"]}]}, "groups"),
    ({"groups": [{"services": ["post"], "charge": "discounted"}]}, "groups.0.discount_pct"),
    ({"groups": [{"countries": ["XX"], "services": ["post"]}]}, "groups.0.countries"),
])
def test_bad_templates_are_refused_per_field_and_nothing_is_saved(api, seller, change, field):
    response = api(seller).post("/api/seller/shipping-templates", {**TEMPLATE, **change})
    assert response.status_code == 422
    assert field in response.json()["fields"]
    assert not ShippingTemplate.objects.exists()


def test_seller_lists_reads_replaces_and_deletes_own_templates(api, seller):
    client = api(seller)
    template_id = client.post("/api/seller/shipping-templates", TEMPLATE).json()["id"]
    assert [t["id"] for t in client.get("/api/seller/shipping-templates").json()] == [template_id]
    replaced = put(client, f"/api/seller/shipping-templates/{template_id}",
                          {"name": "Free everywhere", "groups": [{"services": ["post"],
                                                                 "charge": "free"}]})
    assert replaced.status_code == 200
    assert replaced.json()["handling_days"] == 5  # kept when not sent
    assert TemplateCoverage.objects.filter(template_id=template_id).count() == 249
    assert client.delete(f"/api/seller/shipping-templates/{template_id}").status_code == 204
    assert client.get(f"/api/seller/shipping-templates/{template_id}").status_code == 404


def test_another_sellers_template_is_not_found(api, seller):
    other = ShopFactory().owner
    template_id = api(other).post("/api/seller/shipping-templates", TEMPLATE).json()["id"]
    client = api(seller)
    assert client.get(f"/api/seller/shipping-templates/{template_id}").status_code == 404
    assert put(client, f"/api/seller/shipping-templates/{template_id}",
                      TEMPLATE).status_code == 404
    assert client.delete(f"/api/seller/shipping-templates/{template_id}").status_code == 404
    assert ShippingTemplate.objects.filter(pk=template_id).exists()


def test_buyers_cannot_use_the_seller_api(api, buyer):
    assert api(buyer).get("/api/seller/shipping-templates").status_code == 403


def test_sellers_see_the_services_they_can_offer(api, seller):
    body = api(seller).get("/api/seller/shipping-services").json()
    assert [s["code"] for s in body] == ["post", "express"]
    assert body[0]["class"] == "postal" and body[0]["countries_served"] == 1
