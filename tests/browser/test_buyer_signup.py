import pytest

from caravan.account.models import Address, User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_buyer_signs_up_adds_an_address_and_sees_it_listed(page):
    # given a visitor on the sign-up page
    page.goto("/accounts/signup/")
    page.fill("input[name=email]", "maria@example.test")
    page.fill("input[name=password1]", "a-long-test-password-42")
    page.fill("input[name=password2]", "a-long-test-password-42")
    page.check("input[name=role][value=buyer]")
    page.select_option("select[name=country]", "BR")
    page.click("form button[type=submit]")
    page.wait_for_url("**/account/")
    # when she opens her address book and first gets the postcode wrong
    page.goto("/account/addresses/")
    page.fill("input[name=name]", "Maria Silva")
    page.select_option("select[name=country_code]", "BR")
    page.fill("input[name=country_area]", "SP")
    page.fill("input[name=city]", "São Paulo")
    page.fill("input[name=city_area]", "Bela Vista")
    page.fill("input[name=postal_code]", "0131")
    page.fill("textarea[name=street_address]", "Av. Paulista, 1000")
    page.fill("input[name=phone]", "(11) 96123-4567")
    page.click("#address-form button[type=submit]")
    # then she is told what is wrong and nothing is saved
    assert "e.g." in page.locator("#address-form .errorlist").inner_text()
    assert not Address.objects.exists()
    # when she corrects it
    page.fill("input[name=postal_code]", "01310-100")
    page.click("#address-form button[type=submit]")
    # then the address is listed, normalised, with the phone in international form
    listed = page.locator("#address-list .address").first
    assert "Maria Silva" in listed.inner_text()
    assert "+5511961234567" in listed.inner_text()
    user = User.objects.get(email="maria@example.test")
    assert user.roles == ["buyer"] and user.buyer_profile.display_currency == "BRL"
