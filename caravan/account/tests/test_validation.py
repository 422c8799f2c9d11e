import pytest

from caravan.account.validation import normalize_address
from caravan.core.errors import InvalidInput

# One real address per country; phones are the countries' mobile formats.
VALID = {
    "CN": dict(country_area="北京市", city="东城区", postal_code="100010",
               street_address="王府井大街1号", phone="13123456789"),
    "US": dict(country_area="CA", city="Mountain View", postal_code="94043",
               street_address="1600 Amphitheatre Pkwy", phone="(201) 555-0123"),
    "RU": dict(country_area="Москва", city="Москва", postal_code="101000",
               street_address="ул. Мясницкая, д. 1", phone="8 912 345-67-89"),
    "BR": dict(country_area="SP", city="São Paulo", city_area="Bela Vista",
               postal_code="01310-100", street_address="Av. Paulista, 1000",
               phone="(11) 96123-4567"),
    "DE": dict(city="Berlin", postal_code="10115", street_address="Invalidenstraße 1",
               phone="01512 3456789"),
    "FR": dict(city="Paris", postal_code="75001", street_address="1 Rue de Rivoli",
               phone="06 12 34 56 78"),
    "ES": dict(country_area="Madrid", city="Madrid", postal_code="28013",
               street_address="Calle Mayor 1", phone="612 34 56 78"),
    "GB": dict(city="London", postal_code="SW1A 1AA", street_address="10 Downing Street",
               phone="07400 123456"),
    "JP": dict(country_area="東京都", postal_code="100-0001",
               street_address="千代田区千代田1-1", phone="090-1234-5678"),
    "KR": dict(country_area="서울특별시", city="종로구", postal_code="03045",
               street_address="세종대로 175", phone="010-2000-0000"),
}


@pytest.mark.parametrize("country", sorted(VALID))
def test_valid_addresses_normalise_with_e164_phone(country):
    # given a real address written as a local would
    data = {"name": "Test Buyer", "country_code": country.lower(), **VALID[country]}
    # when it is normalised
    cleaned = normalize_address(data)
    # then it is accepted, the country is upper-case and the phone is in E.164
    assert cleaned["country_code"] == country
    assert cleaned["phone"].startswith("+")
    assert cleaned["name"] == "Test Buyer"


@pytest.mark.parametrize(("country", "postal_code"), [
    ("DE", "1011"), ("US", "9404"), ("GB", "XX1"), ("BR", "0131"), ("RU", "10100"),
    ("JP", "1000"), ("CN", "10001"), ("KR", "0304"), ("FR", "7500"), ("ES", "2801"),
])
def test_wrong_postcode_for_the_country_is_refused_with_an_example(country, postal_code):
    data = {"name": "Test Buyer", "country_code": country, **VALID[country],
            "postal_code": postal_code}
    with pytest.raises(InvalidInput) as refused:
        normalize_address(data)
    assert list(refused.value.fields) == ["postal_code"]
    assert "e.g." in refused.value.fields["postal_code"][0]


def test_missing_required_fields_are_each_named():
    # given a US address without state, city and name
    data = {"country_code": "US", "postal_code": "94043", "street_address": "1 Main St",
            "phone": "+12015550123"}
    with pytest.raises(InvalidInput) as refused:
        normalize_address(data)
    assert {"name", "country_area", "city"} <= set(refused.value.fields)


def test_bad_phone_is_refused_on_its_field():
    data = {"name": "A", "country_code": "DE", **VALID["DE"], "phone": "12"}
    with pytest.raises(InvalidInput) as refused:
        normalize_address(data)
    assert list(refused.value.fields) == ["phone"]


def test_phone_of_another_country_must_carry_its_prefix():
    # a German mobile number written without +49 is not valid in France
    data = {"name": "A", "country_code": "FR", **VALID["FR"], "phone": "01512 3456789"}
    with pytest.raises(InvalidInput):
        normalize_address(data)
    data["phone"] = "+49 1512 3456789"
    assert normalize_address(data)["phone"] == "+4915123456789"


def test_a_field_the_country_does_not_use_is_refused_not_dropped():
    # Japanese addresses carry the ward in the street lines, not in a city field
    data = {"name": "A", "country_code": "JP", **VALID["JP"], "city": "千代田区"}
    with pytest.raises(InvalidInput) as refused:
        normalize_address(data)
    assert list(refused.value.fields) == ["city"]


def test_unknown_country_is_refused():
    with pytest.raises(InvalidInput) as refused:
        normalize_address({"name": "A", "country_code": "XX", "street_address": "1",
                           "phone": "+4915123456789"})
    assert "country_code" in refused.value.fields


def test_unknown_subdivision_is_refused_with_choices():
    data = {"name": "A", "country_code": "US", **VALID["US"], "country_area": "Atlantis"}
    with pytest.raises(InvalidInput) as refused:
        normalize_address(data)
    assert "country_area" in refused.value.fields
