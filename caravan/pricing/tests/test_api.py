import pytest

from caravan.catalog.tests.factories import CategoryFactory
from caravan.logistics.tests.factories import fx
from caravan.pricing import services
from caravan.pricing.models import FxRate

pytestmark = pytest.mark.django_db


def test_currencies_are_public_with_minor_units_and_rates(api):
    fx("KWD", "0.3065")
    response = api().get("/api/store/currencies")
    assert response.status_code == 200
    currencies = {c["code"]: c for c in response.json()}
    assert currencies["KWD"]["minor_units"] == 3 and currencies["KWD"]["rate"] == "0.3065"
    assert currencies["JPY"]["minor_units"] == 0 and currencies["JPY"]["rate"] is None


def test_import_tax_quote_endpoint(api):
    fx("EUR", "0.9")
    services.import_tax_seed()
    collected = api().get("/api/store/import-tax-quote",
                          data={"country": "DE", "goods": 10000, "currency": "EUR"}).json()
    assert collected["collected"] is True
    assert collected["tax"] == {"amount": 1900, "currency": "EUR"}
    assert collected["fx"] is None or collected["fx"]["rate_source"] == "identity"
    not_collected = api().get("/api/store/import-tax-quote",
                              data={"country": "DE", "goods": 20000, "currency": "EUR"}).json()
    assert not_collected["collected"] is False
    assert "charged on delivery" in not_collected["notice"]
    bad = api().get("/api/store/import-tax-quote", data={"country": "QQ", "goods": 1})
    assert bad.status_code == 422


def test_seller_price_suggestion(api, seller):
    fx("CNY", "7")
    category = CategoryFactory(commission_bps=500)
    response = api(seller).get("/api/seller/price-suggestion", data={
        "cost": "70", "cost_currency": "CNY", "margin_pct": "50", "category_id": category.id})
    assert response.status_code == 200
    # 10.00 USD x 1.5 / 0.95 = 15.789 -> 15.79
    assert response.json()["suggested_price"] == {"amount": 1579, "currency": "USD"}
    too_greedy = api(seller).get("/api/seller/price-suggestion", data={
        "cost": "70", "margin_pct": "80", "category_id": category.id})
    assert too_greedy.status_code == 422 and "margin_pct" in too_greedy.json()["fields"]
    missing = api(seller).get("/api/seller/price-suggestion", data={
        "cost": "70", "category_id": 999999})
    assert missing.status_code == 404


def test_operator_manages_fx_rates(api, operator):
    client = api(operator)
    created = client.post("/api/admin/fx-rates", {"currency": "eur", "rate": "0.91",
                                                  "note": "treasury desk"})
    assert created.status_code == 201
    body = created.json()
    assert (body["currency"], body["rate"], body["source"]) == ("EUR", "0.91", "manual")
    # the store shows it at once
    currencies = {c["code"]: c for c in api().get("/api/store/currencies").json()}
    assert currencies["EUR"]["rate"] == "0.91"
    patched = client.patch(f"/api/admin/fx-rates/{body['id']}", {"rate": "0.92"})
    assert patched.json()["rate"] == "0.92"
    listed = client.get("/api/admin/fx-rates", data={"currency": "EUR"}).json()
    assert [r["id"] for r in listed["items"]] == [body["id"]]
    assert client.delete(f"/api/admin/fx-rates/{body['id']}").status_code == 204
    assert not FxRate.objects.exists()
    assert client.post("/api/admin/fx-rates", {"currency": "EUR",
                                               "rate": "-1"}).status_code == 422


def test_operator_sets_an_import_tax_rate(api, operator):
    services.import_tax_seed()
    response = api(operator)._send("put", "/api/admin/import-tax-rates/DE", {
        "scheme": "eu-ioss", "rate_bps": 2000, "source": "test change"})
    assert response.status_code == 200
    assert response.json()["rate_bps"] == 2000


def test_fx_admin_is_for_operators_only(api, buyer):
    assert api(buyer).get("/api/admin/fx-rates").status_code == 403


def test_moving_a_rate_onto_a_taken_time_is_refused(api, operator):
    first = fx("EUR", "0.9", day=(2026, 10, 29))
    second = fx("EUR", "0.91", day=(2026, 10, 30))
    response = api(operator).patch(f"/api/admin/fx-rates/{second.id}",
                                   {"effective_at": first.effective_at.isoformat()})
    assert response.status_code == 422 and "effective_at" in response.json()["fields"]
