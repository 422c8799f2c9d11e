import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache():
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.parametrize("name", ["store", "seller", "admin"])
def test_each_api_publishes_openapi_and_docs(name):
    schema = Client().get(f"/api/{name}/openapi.json")
    assert schema.status_code == 200
    assert schema.json()["info"]["title"] == f"Caravan {name} API"
    assert Client().get(f"/api/{name}/docs").status_code == 200


def test_malformed_json_is_422_in_the_error_shape():
    response = Client().post("/api/auth/signup", data="{not json", content_type="application/json")
    assert response.status_code == 422
    assert response.json()["code"] == "malformed_body"


def test_unknown_api_route_is_404():
    assert Client().get("/api/store/nowhere").status_code == 404


def test_home_page_lists_categories(db):
    from caravan.catalog.models import Category

    Category.objects.create(slug="toys", name="Toys & Hobbies")
    response = Client().get("/")
    assert response.status_code == 200
    assert "Toys &amp; Hobbies" in response.content.decode()


@pytest.mark.parametrize(("language", "text"), [
    ("zh-hans", "注册"), ("ru", "Регистрация"), ("es", "Regístrate"), ("pt", "Registar"),
    ("fr", "Inscription"),
])
def test_language_switch_translates_the_pages(language, text):
    client = Client()
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    page = client.get("/").content.decode()
    assert f'lang="{language}"' in page
    assert text in page
