"""screen_listing, the interface the catalog calls on submit and on edit."""

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.db.models import F
from django.utils import timezone

from caravan.catalog.tests.factories import CategoryFactory
from caravan.compliance import screening, services
from caravan.compliance.constants import BrandStatus, LicenceStatus, RuleKind
from caravan.compliance.models import ComplianceRule, RulesVersion
from caravan.compliance.screening import screen_listing
from caravan.seller.tests.factories import ShopFactory

from .factories import BrandFactory, LicenceFactory, RuleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db):
    services.compliance_seed()


@pytest.fixture
def shop(db):
    return ShopFactory()


@pytest.fixture
def category(db):
    return CategoryFactory()


def screen(shop, category, *texts, **kwargs):
    return screen_listing(shop_id=shop.id, category_id=category.id, texts=texts, **kwargs)


@pytest.mark.parametrize("title", [
    "Diet pills, fast results",
    "正品减肥药 快速瘦身",
    "Таблетки для похудения 60 шт",
    "Pastillas para adelgazar naturales",
    "Pílulas para emagrecer",
    "Pilules amaigrissantes bio",
])
def test_diet_pills_are_rejected_in_six_languages(seeded, shop, category, title):
    # when a listing names diet pills in any of the six seeded languages
    result = screen(shop, category, title)

    # then it is rejected with the rule's code and a readable reason
    assert result.outcome == "rejected"
    assert [hit.code for hit in result.hits] == ["diet_pills"]
    assert result.hits[0].kind == "prohibited"
    assert result.hits[0].reason == "Diet pills are prohibited on the marketplace."
    assert result.hits[0].rule_id == ComplianceRule.objects.get(code="diet_pills").id


@pytest.mark.parametrize("title", [
    "Memory foam pillow", "Crystal wine glasses, set of 6", "Hot glue gun 20W",
    "象牙白 雪纺连衣裙", "Seed beads 2mm, 1000 pcs", "Summer floral dress",
])
def test_seeded_rules_leave_ordinary_goods_alone(seeded, shop, category, title):
    assert screen(shop, category, title).outcome == "clear"


def test_word_boundaries_for_alphabetic_scripts(shop, category):
    # given rules with the bare words "pill" and "gun"
    RuleFactory(code="pill", keywords={"en": ["pill"]})
    RuleFactory(code="gun", keywords={"en": ["gun"]})

    # then neither matches inside a longer word, both match on their own
    assert screen(shop, category, "Soft pillow", "the season has begun").outcome == "clear"
    assert [h.code for h in screen(shop, category, "one pill, one gun").hits] == ["gun", "pill"]


def test_cjk_keyword_matches_inside_a_run_of_text(shop, category):
    RuleFactory(code="cjk", keywords={"zh": ["枪支"]})

    assert screen(shop, category, "出售各种枪支配件").outcome == "rejected"


def test_case_and_width_are_folded(seeded, shop, category):
    assert screen(shop, category, "ＤＩＥＴ　ＰＩＬＬＳ").outcome == "rejected"
    assert screen(shop, category, "DIET-PILLS").outcome == "rejected"
    assert screen(shop, category, "", brand_name="Diet Pills").outcome == "rejected"


def test_rule_scoped_to_a_category_applies_to_its_descendants_only(shop):
    # given a rule limited to a parent category
    parent = CategoryFactory()
    child, other = CategoryFactory(parent=parent), CategoryFactory()
    RuleFactory(code="scoped", keywords={"en": ["zorblax"]}, category_ids=[parent.id])

    # then listings in the parent or its child are hit, others are not
    assert screen(shop, parent, "zorblax").outcome == "rejected"
    assert screen(shop, child, "zorblax").outcome == "rejected"
    assert screen(shop, other, "zorblax").outcome == "clear"


def test_rule_scoped_to_countries_applies_when_shipping_there(shop, category):
    RuleFactory(code="no_au", keywords={"en": ["zorblax"]}, countries=["AU"])

    assert screen(shop, category, "zorblax", ship_to=["us", "au"]).outcome == "rejected"
    assert screen(shop, category, "zorblax", ship_to=["US"]).outcome == "clear"
    assert screen(shop, category, "zorblax").outcome == "clear"


def test_inactive_rule_is_not_applied(shop, category):
    RuleFactory(code="off", keywords={"en": ["zorblax"]}, is_active=False)

    assert screen(shop, category, "zorblax").outcome == "clear"


def test_restricted_goods_are_held_until_a_licence_is_approved_and_valid(shop, category):
    # given a restricted rule and no licence
    rule = RuleFactory(code="med_dev", kind=RuleKind.RESTRICTED, keywords={"en": ["zorbo meter"]})
    assert screen(shop, category, "Zorbo meter").outcome == "review"

    # a pending licence changes nothing, another shop's approved one neither
    licence = LicenceFactory(shop=shop, rule=rule)
    LicenceFactory(rule=rule, status=LicenceStatus.APPROVED)
    assert screen(shop, category, "Zorbo meter").outcome == "review"

    # an approved, unexpired licence clears it
    licence.status = LicenceStatus.APPROVED
    licence.expires_at = timezone.now() + timedelta(days=30)
    licence.save()
    assert screen(shop, category, "Zorbo meter") == screening.CLEAR

    # and once it has expired the listing is held again
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        result = screen(shop, category, "Zorbo meter")
    assert result.outcome == "review" and result.hits[0].code == "med_dev"


def test_licence_does_not_lift_a_prohibition(shop, category):
    rule = RuleFactory(code="banned", keywords={"en": ["zorblax"]}, kind=RuleKind.RESTRICTED)
    LicenceFactory(shop=shop, rule=rule, status=LicenceStatus.APPROVED)
    services.rule_update(rule=rule, kind=RuleKind.PROHIBITED)

    assert screen(shop, category, "zorblax").outcome == "rejected"


def test_prohibited_wins_over_restricted_and_all_hits_are_reported(shop, category):
    RuleFactory(code="a_restricted", kind=RuleKind.RESTRICTED, keywords={"en": ["zorbo meter"]})
    RuleFactory(code="b_prohibited", keywords={"en": ["zorblax"]})

    result = screen(shop, category, "zorbo meter and zorblax")

    assert result.outcome == "rejected"
    assert [(h.code, h.kind) for h in result.hits] == [("b_prohibited", "prohibited"),
                                                        ("a_restricted", "restricted")]


def test_protected_brand_without_authorisation_goes_to_review(shop, category):
    # given an approved brand with an alias, and a pending one
    brand = BrandFactory(name="Quixotica", aliases=["奎克"])
    BrandFactory(name="Pendingbrand", status=BrandStatus.PENDING)

    # then naming it in a text or as the brand sends the listing to review
    result = screen(shop, category, "Case for Quixotica phones")
    assert result.outcome == "review"
    assert result.hits[0].kind == "brand" and result.hits[0].code == f"brand:{brand.id}"
    assert screen(shop, category, "手机壳", brand_name="奎克").outcome == "review"
    assert screen(shop, category, "Pendingbrand case").outcome == "clear"

    # an approved authorisation clears it
    LicenceFactory(shop=shop, rule=None, brand=brand, status=LicenceStatus.APPROVED)
    assert screen(shop, category, "Quixotica case").outcome == "clear"


def test_brand_owner_may_name_its_own_brand(category):
    brand = BrandFactory()
    own_shop = ShopFactory(owner=brand.owner)

    assert screen(own_shop, category, f"Original {brand.name}").outcome == "clear"


def test_editing_a_rule_invalidates_the_compiled_rules(shop, category):
    # given a compiled rule set that does not know "zorblax"
    rule = RuleFactory(code="edited", keywords={"en": ["quux"]})
    assert screen(shop, category, "zorblax").outcome == "clear"

    # when the rule is edited
    services.rule_update(rule=rule, keywords={"en": ["quux", "zorblax"]})

    # then the next screening uses the new keywords
    assert screen(shop, category, "zorblax").outcome == "rejected"


def test_a_bump_by_another_process_is_seen_once_the_cached_version_expires(shop, category):
    # given rules compiled and cached in this process
    assert screen(shop, category, "zorblax").outcome == "clear"
    before = screening.compiled_rules()

    # when another process adds a rule and bumps the version (committed, as far as we see)
    rule = ComplianceRule.objects.create(code="elsewhere", kind="prohibited", name="x",
                                         reason="x", keywords={"en": ["zorblax"]})
    assert RulesVersion.objects.filter(pk=1).update(version=F("version") + 1) == 1
    # then until the cached version number expires this process keeps its compiled rules
    assert screening.compiled_rules() is before
    cache.delete(screening.VERSION_KEY)  # what COMPLIANCE_VERSION_TTL_SECONDS does

    # and afterwards it recompiles
    result = screen(shop, category, "zorblax")
    assert result.outcome == "rejected" and result.hits[0].rule_id == rule.id
    assert screening.compiled_rules() is not before


def test_clean_listing_costs_no_query_once_compiled(shop, category, django_assert_num_queries):
    screen(shop, category, "warm up")

    with django_assert_num_queries(0):
        assert screen(shop, category, "Summer floral dress").outcome == "clear"


def test_catalog_submission_uses_the_screening(seeded):
    from caravan.catalog.services import listing_submit
    from caravan.catalog.tests.factories import ProductFactory

    # given draft listings, one naming diet pills in Russian
    banned = ProductFactory(title="Таблетки для похудения, 60 капсул")
    plain = ProductFactory(title="Summer floral dress")

    # when they are submitted
    outcome = listing_submit(product=banned, actor=banned.shop.owner)

    # then the banned one is rejected with the rule code, the plain one goes live
    assert outcome.status == "rejected"
    assert [hit.code for hit in outcome.hits] == ["diet_pills"]
    assert listing_submit(product=plain, actor=plain.shop.owner).status == "active"
