import pytest

from caravan.catalog.tests.factories import CategoryFactory
from caravan.compliance.constants import RuleKind
from caravan.compliance.models import ComplianceRule

from .factories import LicenceFactory, RuleFactory

pytestmark = pytest.mark.django_db

ADMIN_ROUTES = [
    ("get", "/api/admin/compliance-rules"),
    ("post", "/api/admin/compliance-rules"),
    ("get", "/api/admin/compliance-rules/1"),
    ("patch", "/api/admin/compliance-rules/1"),
    ("delete", "/api/admin/compliance-rules/1"),
    ("post", "/api/admin/compliance-screen"),
    ("get", "/api/admin/licences"),
    ("post", "/api/admin/licences/1/decision"),
    ("get", "/api/admin/ip-complaints"),
    ("get", "/api/admin/ip-complaints/1"),
    ("post", "/api/admin/ip-complaints/1/decision"),
    ("get", "/api/admin/brands"),
    ("post", "/api/admin/brands/1/decision"),
]


def rule_body(**changes):
    return {"code": "zorblax_goods", "kind": "prohibited", "name": "Zorblax",
            "reason": "Zorblax is prohibited on the marketplace.",
            "keywords": {"en": ["zorblax", "zorblaxes"], "zh": ["佐布拉"]},
            "exceptions": ["zorblax holder*"], **changes}


@pytest.mark.parametrize(("method", "path"), ADMIN_ROUTES)
@pytest.mark.parametrize("role", ["buyer", "seller"])
def test_admin_routes_are_for_operators_only(api, request, role, method, path):
    user = request.getfixturevalue(role)

    response = getattr(api(user), method)(path)

    assert response.status_code == 403
    assert response.json()["code"] in {"role_required", "forbidden"}


def test_operator_creates_lists_reads_updates_and_deletes_a_rule(api, operator):
    client = api(operator)
    category = CategoryFactory()

    created = client.post("/api/admin/compliance-rules",
                          rule_body(category_ids=[category.id], countries=["au", "NZ"]))
    assert created.status_code == 201, created.content
    rule = created.json()
    assert rule["category_ids"] == [category.id] and rule["countries"] == ["AU", "NZ"]

    listed = client.get("/api/admin/compliance-rules?kind=prohibited&limit=200").json()
    assert rule["id"] in [item["id"] for item in listed["items"]]

    patched = client.patch(f"/api/admin/compliance-rules/{rule['id']}",
                           {"kind": "restricted", "category_ids": []})
    assert patched.status_code == 200
    assert (patched.json()["kind"], patched.json()["category_ids"]) == ("restricted", [])
    assert client.get(f"/api/admin/compliance-rules/{rule['id']}").json()["name"] == "Zorblax"

    assert client.delete(f"/api/admin/compliance-rules/{rule['id']}").status_code == 204
    assert client.get(f"/api/admin/compliance-rules/{rule['id']}").status_code == 404


def test_new_rule_takes_effect_in_the_screening_at_once(api, operator):
    client = api(operator)
    probe = {"texts": ["Premium zorblax"], "category_id": CategoryFactory().id}
    assert client.post("/api/admin/compliance-screen", probe).json()["outcome"] == "clear"

    client.post("/api/admin/compliance-rules", rule_body())

    screened = client.post("/api/admin/compliance-screen", probe).json()
    assert screened["outcome"] == "rejected"
    assert screened["hits"][0]["code"] == "zorblax_goods"


@pytest.mark.parametrize(("change", "field"), [
    ({"keywords": {"en": ["x"]}}, "keywords"),
    ({"keywords": {"en": []}}, "keywords"),
    ({"keywords": {"en": ["zo*rb"]}}, "keywords"),
    ({"keywords": {"en": ["ab*"]}}, "keywords"),
    ({"keywords": {"EN!": ["zorblax"]}}, "keywords"),
    ({"keywords": {"en": ["!!!"]}}, "keywords"),
    ({"exceptions": ["?"]}, "exceptions"),
    ({"countries": ["XX"]}, "countries"),
    ({"category_ids": [999999]}, "category_ids"),
    ({"code": "Bad Code"}, "code"),
    ({"kind": "forbidden"}, "kind"),
])
def test_bad_rule_is_422_with_the_field_and_nothing_is_saved(api, operator, change, field):
    before = ComplianceRule.objects.count()

    response = api(operator).post("/api/admin/compliance-rules", rule_body(**change))

    assert response.status_code == 422, response.content
    assert field in response.json()["fields"]
    assert ComplianceRule.objects.count() == before


def test_duplicate_code_is_409(api, operator):
    RuleFactory(code="zorblax_goods")

    response = api(operator).post("/api/admin/compliance-rules", rule_body())

    assert response.status_code == 409 and response.json()["code"] == "rule_code_taken"


def test_rule_with_licences_cannot_be_deleted_only_retired(api, operator):
    licence = LicenceFactory(rule=RuleFactory(kind=RuleKind.RESTRICTED))
    path = f"/api/admin/compliance-rules/{licence.rule_id}"

    response = api(operator).delete(path)

    assert response.status_code == 409 and response.json()["code"] == "rule_in_use"
    assert api(operator).patch(path, {"is_active": False}).json()["is_active"] is False


def test_unknown_and_oversized_ids_are_404_and_422(api, operator):
    assert api(operator).get("/api/admin/compliance-rules/999999").status_code == 404
    assert api(operator).get(f"/api/admin/compliance-rules/{2**63}").status_code == 422
