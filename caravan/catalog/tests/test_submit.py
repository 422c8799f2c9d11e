"""Submitting listings through the seller API: screened against the seeded compliance rules."""

from datetime import timedelta

import pytest
from django.utils import timezone

from caravan.catalog.tests.factories import CategoryFactory, ProductFactory
from caravan.compliance.services import licence_decide, licence_submit
from caravan.seller.constants import ShopStatus
from caravan.seller.tests.factories import ShopFactory

from .test_api_seller import product_body

pytestmark = pytest.mark.django_db

DIET_PILLS = {"en": "Fast slimming diet pills 60 capsules", "zh-hans": "强效减肥药 60粒",
              "ru": "Таблетки для похудения быстрый эффект", "es": "Pastillas para adelgazar",
              "pt": "Pílulas para emagrecer rápido", "fr": "Pilules amaigrissantes naturelles"}


def create_and_submit(client, category, translations):
    created = client.post("/api/seller/products",
                          product_body(category, translations=translations,
                                       default_language=translations[-1]["language"]))
    assert created.status_code == 201, created.content
    return client.post(f"/api/seller/products/{created.json()['id']}/submit")


@pytest.mark.parametrize("language", sorted(DIET_PILLS))
def test_diet_pills_in_any_of_six_languages_are_rejected_with_the_rule_code(api, seller,
                                                                            language):
    translations = [{"language": "en", "title": "Herbal capsules"}]
    if language == "en":
        translations = [{"language": "en", "title": DIET_PILLS["en"]}]
    else:
        translations.append({"language": language, "title": DIET_PILLS[language]})
    response = create_and_submit(api(seller), CategoryFactory(), translations)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "rejected"
    assert [hit["code"] for hit in body["hits"]] == ["diet_pills"]
    assert body["hits"][0]["reason"]


def test_a_clean_listing_of_an_active_shop_goes_live(api, seller):
    translations = [{"language": "en", "title": "Bamboo cutting board"}]
    response = create_and_submit(api(seller), CategoryFactory(), translations)
    assert response.json() == {"id": response.json()["id"], "status": "active", "hits": []}


def test_restricted_listing_is_held_until_its_licence_is_approved(api, seller, operator):
    # given a blood pressure monitor (medical devices need a licence)
    translations = [{"language": "en", "title": "Digital blood pressure monitor for the arm"}]
    response = create_and_submit(api(seller), CategoryFactory(), translations)
    # then it is held with the rule's code
    assert response.json()["status"] == "pending_review"
    assert [hit["code"] for hit in response.json()["hits"]] == ["medical_devices"]
    product_id = response.json()["id"]
    # when the seller uploads a licence, it is still held until an operator approves it
    licence = licence_submit(shop=seller.shop, rule_code="medical_devices",
                             reference_number="NMPA-2026-0042",
                             expires_at=timezone.now() + timedelta(days=365))
    status = api(seller).get(f"/api/seller/products/{product_id}").json()["status"]
    assert status == "pending_review"
    licence_decide(licence=licence, actor=operator, approve=True, reason="certificate checked")
    # then the listing goes live
    assert api(seller).get(f"/api/seller/products/{product_id}").json()["status"] == "active"


def test_a_listing_of_an_unverified_shop_waits_for_review(api):
    shop = ShopFactory(status=ShopStatus.PENDING)
    translations = [{"language": "en", "title": "Bamboo cutting board"}]
    response = create_and_submit(api(shop.owner), CategoryFactory(), translations)
    assert response.json()["status"] == "pending_review"


def test_an_incomplete_listing_is_refused_with_fields(api, seller):
    product = ProductFactory(shop=seller.shop, default_language="ru")
    response = api(seller).post(f"/api/seller/products/{product.id}/submit")
    assert response.status_code == 422
    assert "translations" in response.json()["fields"]


def test_editing_a_live_listing_into_a_prohibited_one_rejects_it(api, seller):
    client = api(seller)
    translations = [{"language": "en", "title": "Bamboo cutting board"}]
    product_id = create_and_submit(client, CategoryFactory(), translations).json()["id"]
    edited = client.patch(f"/api/seller/products/{product_id}", {"translations": [
        {"language": "en", "title": "Bamboo board with diet pills inside"}]})
    assert edited.status_code == 200
    assert edited.json()["status"] == "rejected"
