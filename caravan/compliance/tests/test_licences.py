from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from caravan.catalog.tests.factories import ProductFactory
from caravan.compliance.constants import LicenceStatus, RuleKind
from caravan.compliance.models import Licence, LicenceEvent
from caravan.core.outbox import OutboxMessage
from caravan.core.testing import ApiClient
from caravan.seller.tests.factories import ShopFactory

from .factories import BrandFactory, LicenceFactory, RuleFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def upload(user, path: str, data: dict, files: dict | None = None):
    """A multipart POST with the user's bearer token (the JSON client cannot send files)."""
    headers = ApiClient(user).headers
    return Client().post(path, data={**data, **(files or {})}, headers=headers)


@pytest.fixture
def restricted(db):
    return RuleFactory(code="zorbo_devices", kind=RuleKind.RESTRICTED,
                       keywords={"en": ["zorbo meter"]})


def in_a_year() -> str:
    return (timezone.now() + timedelta(days=365)).isoformat()


def test_seller_uploads_a_licence_document_for_a_restricted_rule(seller, restricted):
    response = upload(seller, "/api/seller/licences",
                      {"rule_code": restricted.code, "expires_at": in_a_year()},
                      {"document": SimpleUploadedFile("cert.exe", PDF)})

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["rule_code"], body["status"], body["has_document"]) == (
        restricted.code, "pending", True)
    licence = Licence.objects.get(pk=body["id"])
    assert licence.document.name.endswith(".pdf")  # named after its content, not its claim
    assert OutboxMessage.objects.filter(topic="licence.submitted").count() == 1


def test_a_reference_number_may_stand_for_the_document(seller, restricted):
    response = upload(seller, "/api/seller/licences",
                      {"rule_code": restricted.code, "reference_number": "国械注准20203070001",
                       "expires_at": in_a_year()})

    assert response.status_code == 201 and response.json()["has_document"] is False


@pytest.mark.parametrize(("data", "files", "field"), [
    ({}, {}, "document"),  # neither a document nor a reference number
    ({"reference_number": "R1", "brand_id": "1"}, {}, "rule_code"),  # both subjects
    ({"reference_number": "R1", "expires_at": "2001-01-01T00:00:00Z"}, {}, "expires_at"),
    ({}, {"document": SimpleUploadedFile("x.pdf", b"<html>not a pdf</html>")}, "document"),
    ({"reference_number": "R1", "rule_code": "no_such_rule"}, {}, "rule_code"),
])
def test_bad_licence_is_refused_with_the_field(seller, restricted, data, files, field):
    body = {"rule_code": restricted.code, "expires_at": in_a_year(), **data}

    response = upload(seller, "/api/seller/licences", body, files)

    assert response.status_code in (404, 422), response.content
    assert field in response.json()["fields"]
    assert not Licence.objects.exists()


def test_prohibited_goods_cannot_be_licensed(seller):
    rule = RuleFactory(kind=RuleKind.PROHIBITED)

    response = upload(seller, "/api/seller/licences", {
        "rule_code": rule.code, "reference_number": "R1", "expires_at": in_a_year()})

    assert response.status_code == 422 and response.json()["code"] == "not_licensable"


def test_brand_authorisation_needs_an_approved_brand(seller):
    brand = BrandFactory()
    pending = BrandFactory(status="pending")
    body = {"reference_number": "AUTH-1", "expires_at": in_a_year()}

    ok = upload(seller, "/api/seller/licences", {**body, "brand_id": brand.id})
    refused = upload(seller, "/api/seller/licences", {**body, "brand_id": pending.id})

    assert ok.status_code == 201 and ok.json()["brand_id"] == brand.id
    assert refused.status_code == 409 and refused.json()["code"] == "brand_not_approved"


def test_seller_sees_only_its_own_licences(api, seller, restricted):
    own = LicenceFactory(shop=seller.shop, rule=restricted)
    LicenceFactory(rule=restricted)  # another shop's

    response = api(seller).get("/api/seller/licences")

    assert [item["id"] for item in response.json()] == [own.id]


def test_approval_rescreens_held_listings_and_they_go_live(api, operator, restricted):
    # given a held listing naming restricted goods, and the shop's pending licence
    shop = ShopFactory()
    product = ProductFactory(shop=shop, status="pending_review", title="Zorbo meter pro")
    plain = ProductFactory(shop=shop, status="pending_review", title="Zorblax-free thing")
    licence = LicenceFactory(shop=shop, rule=restricted)

    # when an operator approves the licence
    response = api(operator).post(f"/api/admin/licences/{licence.id}/decision",
                                  {"decision": "approve", "reason": "certificate verified"})

    # then the licence is approved, recorded and notified, and the held listings go live
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"
    event = LicenceEvent.objects.get(licence=licence, to_status="approved")
    assert (event.actor, event.reason) == (operator, "certificate verified")
    assert OutboxMessage.objects.filter(topic="licence.approved", recipient=shop.owner).exists()
    product.refresh_from_db()
    plain.refresh_from_db()
    assert (product.status, plain.status) == ("active", "active")


def test_rejection_keeps_listings_held(api, operator, restricted):
    shop = ShopFactory()
    product = ProductFactory(shop=shop, status="pending_review", title="Zorbo meter pro")
    licence = LicenceFactory(shop=shop, rule=restricted)

    response = api(operator).post(f"/api/admin/licences/{licence.id}/decision",
                                  {"decision": "reject", "reason": "blurred scan"})

    assert response.json()["status"] == "rejected"
    assert response.json()["decision_reason"] == "blurred scan"
    product.refresh_from_db()
    assert product.status == "pending_review"
    assert api(operator).post(f"/api/admin/licences/{licence.id}/decision",
                              {"decision": "approve", "reason": "x"}).status_code == 409


def test_an_expired_licence_cannot_be_approved(api, operator, restricted):
    licence = LicenceFactory(rule=restricted)

    with time_machine.travel(licence.expires_at + timedelta(seconds=1)):
        response = api(operator).post(f"/api/admin/licences/{licence.id}/decision",
                                      {"decision": "approve", "reason": "ok"})

    assert response.status_code == 409 and response.json()["code"] == "licence_expired"


def test_operator_lists_licences_by_status(api, operator, restricted):
    pending = LicenceFactory(rule=restricted)
    LicenceFactory(rule=restricted, status=LicenceStatus.APPROVED)

    body = api(operator).get("/api/admin/licences?status=pending").json()

    assert [item["id"] for item in body["items"]] == [pending.id]
    assert body["items"][0]["shop_id"] == pending.shop_id
    assert api(operator).get("/api/admin/licences?status=bogus").status_code == 422
