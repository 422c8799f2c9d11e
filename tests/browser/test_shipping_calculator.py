import pytest

from caravan.logistics.tests.factories import first_additional, fx, lane, per_gram

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def services():
    fx("CNY", "7")
    fx("BRL", "5")
    lane(code="post", name="China Post Registered", countries=("BR", "DE"), currency="CNY",
         bands=[per_gram(2000, 9500, 1800)], days=(25, 60))
    lane(code="express", name="DHL Express", countries=("DE",), currency="CNY",
         service_class="express", volumetric_divisor=5000, max_weight_g=70000,
         max_sum_cm=None, max_longest_cm=None,
         bands=[first_additional(70000, 500, 30000, 500, 8000)], days=(5, 9))


def test_visitor_prices_a_parcel_and_is_told_what_is_wrong_with_bad_input(page, services):
    # given a visitor on the calculator
    page.goto("/shipping/calculator/")
    # when she prices 1 kg in a 20 x 15 x 10 cm box to Brazil
    page.fill("input[name=weight_g]", "1000")
    page.fill("input[name=length_cm]", "20")
    page.fill("input[name=width_cm]", "15")
    page.fill("input[name=height_cm]", "10")
    page.select_option("select[name=country]", "BR")
    page.click("#calculator-form button[type=submit]")
    # then the postal service is quoted in reais with its delivery time
    row = page.locator('#quotes tr.quote[data-service="post"]')
    row.wait_for()
    assert "R$" in row.inner_text() and "25–60" in row.inner_text()
    # and the express service says it does not deliver there
    assert "DHL Express does not deliver to BR" in page.locator("#refusals").inner_text()
    assert "1 USD = 5 BRL" in page.locator("#fx-note").inner_text()
    # when she enters a negative weight
    page.fill("input[name=weight_g]", "-5")
    page.click("#calculator-form button[type=submit]")
    # then she is told the weight is wrong, and no prices are shown
    page.locator("#errors-weight_g").wait_for()
    assert "whole number of grams" in page.locator("#errors-weight_g").inner_text()
    assert page.locator("#quotes").count() == 0
    # when a link names a country that does not exist
    page.goto("/shipping/calculator/?weight_g=500&length_cm=10&width_cm=10&height_cm=10"
              "&country=ZZ")
    # then the page says so
    assert "Unknown country" in page.locator("#errors-country").inner_text()
