import pytest
from django.test import Client

from caravan.account.tests.factories import BuyerFactory
from caravan.seller.models import Shop

pytestmark = pytest.mark.django_db


def test_a_buyer_opens_a_shop_from_the_page_and_becomes_a_seller_too():
    # given a logged-in buyer
    buyer = BuyerFactory(country="CN")
    client = Client()
    client.force_login(buyer)
    assert "Open a shop" in client.get("/seller/shop/").content.decode()
    # when the form is sent with a bad registration number
    form = {"name": "Yiwu Toys", "country": "CN", "registration_number": "123",
            "settlement_currency": "CNY", "description": ""}
    refused = client.post("/seller/shop/", form)
    # then the page says why and nothing is created
    assert refused.status_code == 422
    assert "Not a valid" in refused.content.decode()
    assert not Shop.objects.exists()
    # when it is corrected
    ok = client.post("/seller/shop/", {**form, "registration_number": "91110000600037341L"})
    assert ok.status_code == 302
    buyer.refresh_from_db()
    assert buyer.roles == ["buyer", "seller"]
    assert Shop.objects.get().status == "pending_verification"
    assert "Pending verification" in client.get("/seller/shop/").content.decode()


def test_shop_page_needs_login():
    response = Client().get("/seller/shop/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
