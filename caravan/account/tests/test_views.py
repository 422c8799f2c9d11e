import pytest
from django.test import Client

from caravan.account.models import User

pytestmark = pytest.mark.django_db


def test_signup_page_creates_a_seller_with_country():
    client = Client()
    response = client.post("/accounts/signup/", {
        "email": "li@example.test", "password1": "a-long-test-password-42",
        "password2": "a-long-test-password-42", "role": "seller", "country": "CN"})
    assert response.status_code == 302
    user = User.objects.get(email="li@example.test")
    assert (user.roles, user.country) == (["seller"], "CN")


def test_preferences_change_language_and_currency(buyer):
    client = Client()
    client.force_login(buyer)
    response = client.post("/account/", {"country": "FR", "language": "fr",
                                         "display_currency": "EUR"})
    assert response.status_code == 302
    buyer.buyer_profile.refresh_from_db()
    assert (buyer.buyer_profile.country, buyer.buyer_profile.language,
            buyer.buyer_profile.display_currency) == ("FR", "fr", "EUR")
    assert response.cookies["django_language"].value == "fr"


def test_address_book_of_a_seller_only_account_grants_the_buyer_role(seller):
    client = Client()
    client.force_login(seller)
    assert client.get("/account/addresses/").status_code == 200
    seller.refresh_from_db()
    assert seller.is_buyer and seller.buyer_profile.country == seller.country
