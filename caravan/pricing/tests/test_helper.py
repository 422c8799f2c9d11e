from decimal import Decimal as D

import pytest

from caravan.catalog.tests.factories import CategoryFactory, ProductFactory
from caravan.core.errors import InvalidInput
from caravan.logistics import services as logistics
from caravan.logistics.tests.factories import fx, lane, per_gram
from caravan.pricing.helper import price_suggestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    fx("CNY", "7")
    lane(code="post", countries=("US",), currency="USD",
         bands=[per_gram(2000, 1000, 200)])  # 2.00 USD + 10.00 USD per kg
    return CategoryFactory(commission_bps=800)


def suggest(shop, category, **kw):
    args = {"cost": D("100"), "cost_currency": "CNY", "margin_pct": D("30"),
            "category_id": category.id, **kw}
    return price_suggestion(shop=shop, **args)


def test_cost_plus_margin_plus_commission(setting, seller):
    # 100 CNY / 7 = 14.2857 USD; x 1.30 margin; / (1 - 8%) so the seller keeps it: 20.1863
    result = suggest(seller.shop, setting)
    assert result["suggested_price"] == {"amount": 2019, "currency": "USD"}
    assert result["cost_usd"] == {"amount": 1429, "currency": "USD"}
    assert result["fx"]["rate"] == str(D(1) / D(7))
    assert result["free_shipping_included"]["amount"] == 0


def test_free_shipping_is_folded_into_the_price(setting, seller):
    template = logistics.shipping_template_create(
        shop=seller.shop, name="free", groups=[{"services": ["post"], "charge": "free"}])
    # a 500 g parcel to the US costs 2 + 5 = 7.00 USD: (14.2857 + 7) x 1.3 / 0.92 = 30.0776
    result = suggest(seller.shop, setting, template_id=template.id,
                     parcel_input={"weight_g": 500, "length_cm": 20, "width_cm": 15,
                                   "height_cm": 5})
    assert result["free_shipping_included"] == {"amount": 700, "currency": "USD"}
    assert result["suggested_price"]["amount"] == 3008
    with pytest.raises(InvalidInput) as caught:
        suggest(seller.shop, setting, template_id=template.id)
    assert "weight_g" in caught.value.fields


def test_comparable_active_listings_of_the_category(setting, seller):
    for price in (1000, 2500, 4000):
        ProductFactory(category=setting, status="active", min_price=price)
    ProductFactory(category=setting, status="draft", min_price=100)
    result = suggest(seller.shop, setting)
    assert result["comparable"] == {"count": 3, "min": {"amount": 1000, "currency": "USD"},
                                    "median": {"amount": 2500, "currency": "USD"},
                                    "max": {"amount": 4000, "currency": "USD"}}
    assert result["position"] == "within"


@pytest.mark.parametrize(("change", "field"), [({"margin_pct": D("10")}, "margin_pct"),
                                               ({"margin_pct": D("51")}, "margin_pct"),
                                               ({"cost": D("0")}, "cost"),
                                               ({"cost_currency": "EUR"}, "cost_currency")])
def test_inputs_out_of_range_are_refused(setting, seller, change, field):
    with pytest.raises(InvalidInput) as caught:
        suggest(seller.shop, setting, **change)
    assert field in caught.value.fields
