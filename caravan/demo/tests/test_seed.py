from io import StringIO

import phonenumbers
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from stdnum.cn import uscc

from caravan.account.constants import ADDRESS_FIELDS
from caravan.account.models import Address, BuyerProfile, User
from caravan.account.validation import normalize_address
from caravan.catalog.models import Category
from caravan.demo import data
from caravan.demo.management.commands.seed_demo import cn_credit_code, mobile_example
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop, ShopEvent


def seed(**options) -> str:
    """Accounts and shops only, unless a test asks for listings (test_catalog_seed does)."""
    out = StringIO()
    call_command("seed_demo", stdout=out, **{"products": 0, **options})
    return out.getvalue()


def table_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count()
            for model in (User, BuyerProfile, Address, Shop, ShopEvent, Category)}


# --- static data (no database) -------------------------------------------------------------------

def test_address_table_covers_required_countries():
    # given the sample buyer addresses
    countries = {address["country_code"] for address in data.BUYER_ADDRESSES}

    # then they span at least 30 countries, including the largest buyer markets
    assert len(countries) >= 30
    assert set(data.REQUIRED_BUYER_COUNTRIES) <= countries
    assert {"CN", "US", "RU", "BR", "DE", "FR", "ES", "GB", "JP", "KR"} <= countries


@pytest.mark.parametrize("sample", data.BUYER_ADDRESSES,
                         ids=lambda a: f"{a['country_code']}-{a['city'] or a['country_area']}")
def test_every_sample_address_validates(sample):
    # given a sample address with a name and the country's example mobile number
    raw = {**sample, "name": "Ana Costa", "phone": mobile_example(sample["country_code"])}

    # when the address book's validation normalises it
    cleaned = normalize_address(raw)

    # then it is accepted, keeps every field given, and the phone is E.164 of that country
    assert cleaned["country_code"] == sample["country_code"]
    dropped = [field for field, value in sample.items() if value and not cleaned[field]]
    assert dropped == []
    number = phonenumbers.parse(cleaned["phone"])
    assert phonenumbers.region_code_for_number(number) == sample["country_code"]


def test_categories_are_thirty_with_commissions_of_five_to_eight_percent():
    # given the category table
    slugs = [slug for slug, _name, _bps in data.CATEGORIES]

    # then there are 30 unique slugs, in marketplace order, each charging 5-8%
    assert len(slugs) == 30 == len(set(slugs))
    assert [name for _slug, name, _bps in data.CATEGORIES[:3]] == [
        "Apparel & Accessories", "Phones & Telecommunications", "Shoes"]
    assert all(500 <= bps <= 800 for _slug, _name, bps in data.CATEGORIES)


def test_shops_are_sixteen_chinese_and_four_hong_kong_in_known_categories():
    # given the demo shops
    countries = [shop["country"] for shop in data.SHOPS]
    category_slugs = {slug for slug, _name, _bps in data.CATEGORIES}

    # then 16 are in mainland China, 4 in Hong Kong, each selling in an existing category
    assert len(data.SHOPS) == 20
    assert countries.count("CN") == 16 and countries.count("HK") == 4
    assert all(shop["category"] in category_slugs for shop in data.SHOPS)
    assert len({shop["name"] for shop in data.SHOPS}) == 20


def test_credit_codes_are_valid_and_stable():
    # given the same shop number twice and a different one
    first, again, other = (cn_credit_code("440300", 1), cn_credit_code("440300", 1),
                           cn_credit_code("440300", 2))

    # then the codes are valid USCCs of the region, deterministic, and distinct per shop
    assert uscc.validate(first) == first
    assert first.startswith("91440300")
    assert first == again != other


# --- the command ---------------------------------------------------------------------------------

@pytest.mark.django_db
def test_small_seed_creates_expected_accounts():
    # given an empty database

    # when a small data set is seeded
    output = seed(buyers=12, sellers=5)

    # then categories, the operator, the sellers with shops and the buyers exist
    assert Category.objects.filter(parent__isnull=True).count() == 30
    operator = User.objects.get(email=data.OPERATOR_EMAIL)
    assert operator.is_operator and operator.is_staff
    sellers = User.objects.filter(email__startswith="seller", is_seller=True)
    assert sellers.count() == Shop.objects.count() == 5
    assert Shop.objects.filter(status=ShopStatus.ACTIVE).count() == 4
    pending = Shop.objects.get(status=ShopStatus.PENDING)
    assert pending.owner.email == "seller03@caravan.test"
    assert ShopEvent.objects.filter(actor=operator, reason="demo data").count() == 4
    assert set(Shop.objects.values_list("country", flat=True)) == {"CN", "HK"}
    buyers = User.objects.filter(email__startswith="buyer", is_buyer=True)
    assert buyers.count() == BuyerProfile.objects.count() == 12
    for buyer in buyers:
        addresses = list(buyer.addresses.all())
        assert 1 <= len(addresses) <= 2
        assert [a.is_default for a in addresses].count(True) == 1
        assert {a.country_code for a in addresses} == {buyer.country}
        assert buyer.buyer_profile.country == buyer.country
    assert "seller01@caravan.test" in output and "buyer001@caravan.test" in output


@pytest.mark.django_db
def test_seeding_twice_creates_nothing_new():
    # given a seeded database
    seed(buyers=10, sellers=4)
    before = table_counts()
    operator_hash = User.objects.get(email=data.OPERATOR_EMAIL).password

    # when the command runs again with the same sizes
    seed(buyers=10, sellers=4)

    # then no row was added and the operator's password was left alone
    assert table_counts() == before
    assert User.objects.get(email=data.OPERATOR_EMAIL).password == operator_hash


@pytest.mark.django_db
def test_larger_second_run_adds_only_the_missing_accounts():
    # given a small seed
    seed(buyers=3, sellers=2)

    # when a larger one follows
    seed(buyers=5, sellers=3)

    # then only the difference was created
    assert User.objects.filter(email__startswith="buyer").count() == 5
    assert Shop.objects.count() == 3
    assert Category.objects.filter(parent__isnull=True).count() == 30


@pytest.mark.django_db
def test_seeded_addresses_revalidate():
    # given seeded buyers
    seed(buyers=20, sellers=0)

    # when each stored address is validated again
    for address in Address.objects.all():
        stored = {field: getattr(address, field) for field in (*ADDRESS_FIELDS, "phone")}

        # then it passes unchanged
        assert normalize_address(stored) == stored


@pytest.mark.django_db
def test_default_seed_spans_thirty_countries_and_logs_in():
    # given the default sizes

    # when the command seeds them
    seed()

    # then 200 buyers live in 30+ countries and 20 shops settle in USD or CNY
    buyers = User.objects.filter(email__startswith="buyer")
    assert buyers.count() == 200
    assert buyers.values("country").distinct().count() >= 30
    assert Shop.objects.count() == 20
    assert Shop.objects.filter(status=ShopStatus.PENDING).count() == 2
    currencies = set(Shop.objects.values_list("settlement_currency", flat=True))
    assert currencies == {"USD", "CNY"}
    for shop in Shop.objects.filter(country="CN"):
        assert uscc.is_valid(shop.registration_number)
    # and the demo password opens every kind of account
    for email in (data.OPERATOR_EMAIL, "seller20@caravan.test", "buyer200@caravan.test"):
        assert User.objects.get(email=email).check_password(data.DEMO_PASSWORD)


@pytest.mark.django_db
def test_too_many_sellers_is_refused():
    # given more sellers than there are demo shops
    # when / then the command refuses before writing anything
    with pytest.raises(CommandError):
        seed(sellers=len(data.SHOPS) + 1)
    assert User.objects.count() == 0
