import pytest
from django.test import Client

from .factories import fx, lane, per_gram

pytestmark = pytest.mark.django_db

PARCEL = {"weight_g": 1000, "length_cm": 20, "width_cm": 15, "height_cm": 10}


@pytest.fixture(autouse=True)
def post():
    fx("BRL", "5")
    lane(code="post", name="Post", countries=("BR",), bands=[per_gram(2000, 1000, 100)])


def test_the_calculator_page_starts_with_a_form():
    response = Client().get("/shipping/calculator/")
    assert response.status_code == 200
    assert b'id="calculator-form"' in response.content and b'id="quotes"' not in response.content


def test_the_calculator_page_lists_prices_in_the_local_currency():
    response = Client().get("/shipping/calculator/", {**PARCEL, "country": "BR"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-service="post"' in page
    assert "R$55.00" in page  # 11.00 USD x 5, CLDR English
    assert "1 USD = 5 BRL" in page


def test_bad_input_is_answered_on_the_form():
    response = Client().get("/shipping/calculator/",
                            {**PARCEL, "weight_g": -1, "country": "ZZ"})
    assert response.status_code == 422
    page = response.content.decode()
    assert "Weight must be a whole number of grams" in page
    assert "Unknown country" in page


def test_htmx_gets_only_the_calculator():
    response = Client().get("/shipping/calculator/", {**PARCEL, "country": "BR"},
                            headers={"HX-Request": "true"})
    assert b"<html" not in response.content and b'id="quotes"' in response.content
