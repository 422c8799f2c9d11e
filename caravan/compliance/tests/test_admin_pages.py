"""The operator's back office (Django admin with unfold) and the lists' query counts."""

import pytest
from django.test import Client
from django.urls import reverse

from caravan.catalog.tests.factories import ProductFactory
from caravan.compliance import services
from caravan.compliance.constants import LicenceStatus, RuleKind
from caravan.compliance.models import ComplianceRule, IpComplaint

from .factories import BrandFactory, LicenceFactory, RuleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ops(operator):
    client = Client()
    client.force_login(operator)
    return client


def complaint() -> IpComplaint:
    brand = BrandFactory()
    product = ProductFactory(status="active", title=f"{brand.name} case")
    return services.complaint_file(complainant=brand.owner, brand_id=brand.id,
                                   product_id=product.id, evidence="fake")


@pytest.mark.parametrize("model", ["compliancerule", "brand", "licence", "ipcomplaint", "strike"])
def test_changelists_render(ops, model):
    LicenceFactory()
    complaint()

    response = ops.get(reverse(f"admin:compliance_{model}_changelist"))

    assert response.status_code == 200


def test_change_pages_render(ops):
    rule, licence, filed = RuleFactory(), LicenceFactory(), complaint()

    for name, obj in (("compliancerule", rule), ("licence", licence), ("ipcomplaint", filed)):
        assert ops.get(reverse(f"admin:compliance_{name}_change", args=[obj.pk])).status_code == 200


def test_rule_edited_in_the_admin_is_validated_and_applies(ops):
    rule = RuleFactory(code="admin_edit", keywords={"en": ["quux"]})
    url = reverse("admin:compliance_compliancerule_change", args=[rule.pk])
    form = {"code": "admin_edit", "kind": "prohibited", "name": "Edited", "reason": "No.",
            "keywords": '{"en": ["zorblax"]}', "exceptions": "[]", "countries": "[]",
            "is_active": "on"}

    refused = ops.post(url, {**form, "keywords": '{"en": ["x"]}'})
    assert refused.status_code == 200 and "too short" in refused.content.decode()

    assert ops.post(url, form).status_code == 302
    from caravan.compliance.screening import screen_listing

    result = screen_listing(shop_id=0, category_id=0, texts=["zorblax"])
    assert result.outcome == "rejected" and result.hits[0].code == "admin_edit"


def test_licence_approve_action_calls_the_service(ops, operator):
    licence = LicenceFactory(rule=RuleFactory(kind=RuleKind.RESTRICTED))

    response = ops.post(reverse("admin:compliance_licence_changelist"),
                        {"action": "approve", "_selected_action": [licence.pk]})

    assert response.status_code == 302
    licence.refresh_from_db()
    assert licence.status == LicenceStatus.APPROVED
    assert licence.events.last().actor == operator


def test_complaint_reject_action_restores_the_listing(ops):
    filed = complaint()

    ops.post(reverse("admin:compliance_ipcomplaint_changelist"),
             {"action": "reject", "_selected_action": [filed.pk]})

    filed.refresh_from_db()
    filed.product.refresh_from_db()
    assert (filed.status, filed.product.status) == ("rejected", "active")


def test_admin_lists_take_a_bounded_number_of_queries(api, operator,
                                                      django_assert_max_num_queries):
    client = api(operator)
    for _ in range(3):
        complaint()
        LicenceFactory()

    # the token lookup, the page, and one prefetch at most, whatever the page size
    with django_assert_max_num_queries(3):
        assert len(client.get("/api/admin/ip-complaints").json()["items"]) == 3
    with django_assert_max_num_queries(3):
        assert len(client.get("/api/admin/licences").json()["items"]) == 3
    rules = ComplianceRule.objects.count()
    with django_assert_max_num_queries(3):
        assert len(client.get("/api/admin/compliance-rules?limit=200").json()["items"]) == rules
