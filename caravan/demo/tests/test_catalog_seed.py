import re
from io import StringIO

import pytest
from django.core.management import call_command

from caravan.account.tests.factories import SellerUserFactory
from caravan.catalog import search
from caravan.catalog.models import (
    Category,
    CategoryAttribute,
    ListingEvent,
    Product,
    SearchDocument,
    Sku,
)
from caravan.catalog.selectors import product_search
from caravan.compliance.matcher import Matcher, Phrase
from caravan.compliance.seed_data import RULES
from caravan.demo import catalog_data, data
from caravan.demo.catalog import generate_products, leaf_slug, seed_category_tree
from caravan.seller.constants import ShopStatus
from caravan.seller.tests.factories import ShopFactory

OTHER_LANGUAGES = {"zh-hans", "ru", "es", "pt", "fr"}
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
CYRILLIC_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def compliance_matcher() -> Matcher:
    phrases = []
    for rule in RULES:
        phrases += [Phrase(word, rule["code"]) for words in rule["keywords"].values()
                    for word in words]
        phrases += [Phrase(word, rule["code"], exception=True) for word in rule["exceptions"]]
    return Matcher.build(phrases)


def all_leaves():
    return [(top, branch, leaf) for top, branches in catalog_data.TREE.items()
            for branch in branches for leaf in branch.leaves]


def found(product: Product, q: str) -> bool:
    return product.pk in {item.pk for item in product_search(q=q, limit=100)["items"]}


@pytest.fixture
def demo_shops(db):
    """The first six demo shops under demo e-mails; the third is still pending verification."""
    return [ShopFactory(owner=SellerUserFactory(email=f"seller{n:02d}@{data.DEMO_DOMAIN}"),
                        name=spec["name"], country=spec["country"],
                        status=ShopStatus.PENDING if spec.get("pending") else ShopStatus.ACTIVE)
            for n, spec in enumerate(data.SHOPS[:6], start=1)]


@pytest.fixture
def catalogue(demo_shops):
    generate_products(60)
    return Product.objects.prefetch_related("translations", "skus")


# --- static data (no database) -------------------------------------------------------------------

def test_tree_covers_every_top_level_category_with_two_levels_below():
    # given the static tree and the 30 top-level categories
    tops = [slug for slug, _name, _bps in data.CATEGORIES]

    # then every top-level category has 3-4 branches of 2-3 leaves, each slug fits the column
    assert list(catalog_data.TREE) == tops
    assert set(catalog_data.TOP_TRANSLATIONS) == set(tops)
    for branches in catalog_data.TREE.values():
        assert 3 <= len(branches) <= 4
        assert all(2 <= len(branch.leaves) <= 3 for branch in branches)
    leaves = all_leaves()
    assert len({leaf.slug for _top, _branch, leaf in leaves}) == len(leaves)
    assert max(len(leaf_slug(*entry)) for entry in leaves) <= 80


def test_leaves_have_customs_data_and_titles_in_three_languages_at_least():
    # given every third-level category
    for _top, branch, leaf in all_leaves():
        # then it has a six-digit HS code, sane ranges and titles in English, Chinese, Russian
        assert re.fullmatch(r"\d{6}", leaf.hs_code), leaf.slug
        assert 0 < leaf.grams[0] <= leaf.grams[1] and 0 < leaf.cents[0] <= leaf.cents[1]
        assert all(cm > 0 for cm in leaf.size_cm)
        assert leaf.titles and all({"en", "zh-hans", "ru"} <= set(t) for t in leaf.titles)
        codes = [attribute.code for attribute in branch.attributes]
        assert len(codes) == len(set(codes)), branch.slug


def test_demo_titles_pass_screening_and_restricted_items_hit_their_rule():
    # given the seeded compliance rules
    matcher = compliance_matcher()

    # then no ordinary title or category name names a rule's keyword ...
    for _top, branch, leaf in all_leaves():
        texts = [leaf.name, *leaf.translations.values(), branch.name, *branch.translations.values()]
        texts += [text for title in leaf.titles for text in title.values()]
        assert matcher.find(texts) == set(), leaf.slug
    # ... and each restricted item names exactly its rule, in every language it is written in
    leaf_slugs = {leaf.slug for _top, _branch, leaf in all_leaves()}
    for item in catalog_data.RESTRICTED:
        assert item.leaf in leaf_slugs
        for text in item.title.values():
            assert matcher.find([text]) == {item.rule}, text


# --- the category tree ---------------------------------------------------------------------------

@pytest.mark.django_db
def test_category_tree_has_three_levels_named_in_six_languages():
    # given an empty database

    # when the tree is seeded
    created = seed_category_tree()

    # then 30 top-level categories each have branches, each branch has leaves
    tops = Category.objects.filter(parent=None)
    assert tops.count() == 30
    for top in tops:
        branches = list(top.children.all())
        assert len(branches) >= 2
        assert all(branch.children.count() >= 2 for branch in branches)
    assert created == Category.objects.count()
    # and every category is named in English and the five other languages
    for category in Category.objects.all():
        assert category.name
        assert set(category.name_translations) == OTHER_LANGUAGES
        assert all(category.name_translations.values()), category.slug
    # and the second level carries the attributes, e.g. phone cases vary by model
    accessories = Category.objects.get(
        slug="phones-telecommunications--mobile-phone-accessories")
    model = accessories.attributes.get(code="compatible_model")
    assert model.kind == "choice" and "iPhone 15" in model.options


@pytest.mark.django_db
def test_seeding_the_tree_again_changes_nothing():
    # given a seeded tree
    seed_category_tree()
    before = (Category.objects.count(), CategoryAttribute.objects.count())

    # when it is seeded again
    created = seed_category_tree()

    # then nothing was added
    assert created == 0
    assert (Category.objects.count(), CategoryAttribute.objects.count()) == before


# --- generated listings --------------------------------------------------------------------------

def test_generating_twice_creates_the_count_once(demo_shops):
    # given 60 generated listings
    assert generate_products(60) == 60
    skus = Sku.objects.count()

    # when the same count is generated again, then a larger one
    again = generate_products(60)
    more = generate_products(75)

    # then the second run added nothing and the third only the 15 missing listings
    assert again == 0 and more == 15
    assert Product.objects.count() == 75
    assert Sku.objects.filter(code__endswith="-1").count() == 75 and skus < Sku.objects.count()


def test_listings_go_to_active_demo_shops_across_the_tree(catalogue, demo_shops):
    # given 60 generated listings

    # then they sit in third-level categories, in active shops only, and spread out
    shop_ids = {product.shop_id for product in catalogue}
    pending = next(shop for shop in demo_shops if shop.status == ShopStatus.PENDING)
    assert pending.pk not in shop_ids and len(shop_ids) >= 4
    assert all(product.category.parent.parent_id for product in catalogue)
    assert len({product.category.parent.parent_id for product in catalogue}) >= 20


def test_every_live_listing_is_found_by_a_word_of_its_titles(catalogue):
    # given the live listings
    live = [product for product in catalogue if product.status == "active"]
    titles = {p.pk: {tr.language: tr.title for tr in p.translations.all()} for p in live}

    # then a word of the English title finds each one ...
    for product in live:
        word = max(re.findall(r"\w+", titles[product.pk]["en"]), key=len)
        assert found(product, word), (word, titles[product.pk]["en"])
    # ... and so do a Chinese word of a Chinese title and a Russian word of a Russian one
    chinese = [p for p in live if "zh-hans" in titles[p.pk]]
    russian = [p for p in live if "ru" in titles[p.pk]]
    assert chinese and russian
    for product in chinese:
        assert found(product, max(HAN_RUN.findall(titles[product.pk]["zh-hans"]), key=len))
    for product in russian:
        assert found(product, max(CYRILLIC_WORD.findall(titles[product.pk]["ru"]), key=len))


def test_search_index_holds_what_search_document_makes(catalogue):
    # given the live listings and their index entries
    documents = dict(SearchDocument.objects.values_list("product_id", "tokens"))

    # then each entry is search.document of the brand, titles and descriptions
    for product in catalogue.filter(status="active"):
        texts = [text for tr in sorted(product.translations.all(), key=lambda tr: tr.pk)
                 for text in (tr.title, tr.description)]
        assert documents[product.pk] == search.document(product.brand_name, *texts)


def test_listings_are_priced_stocked_and_sold_by_piece_or_lot(catalogue):
    # given 60 generated listings

    # then every SKU has a price and no negative stock, the listing shows the lowest price
    for product in catalogue:
        skus = list(product.skus.all())
        assert 1 <= len(skus) <= 4
        assert all(sku.price > 0 and sku.stock >= 0 and sku.weight_g > 0 for sku in skus)
        assert all(re.fullmatch(r"\d{6}", sku.hs_code) for sku in skus)
        assert {sku.origin_country for sku in skus} <= {"CN", "HK"}
        assert product.min_price == min(sku.price for sku in skus)
        assert "en" in {tr.language for tr in product.translations.all()}
    # and lots hold at least two pieces, pieces exactly one
    assert all(p.lot_size >= 2 for p in catalogue.filter(sale_unit="lot"))
    assert all(p.lot_size == 1 for p in catalogue.filter(sale_unit="piece"))


def test_larger_catalogue_has_lots_and_several_languages(demo_shops):
    # given 400 generated listings
    generate_products(400)

    # then cheap goods come in lots of 5 to 100, and titles in all six languages
    lots = set(Product.objects.filter(sale_unit="lot").values_list("lot_size", flat=True))
    assert lots and lots <= {5, 10, 20, 50, 100}
    languages = set(Product.objects.values_list("translations__language", flat=True))
    assert languages == {"en", *OTHER_LANGUAGES}


def test_restricted_items_wait_for_review_with_the_reason(catalogue):
    # given 60 generated listings
    held = catalogue.filter(status="pending_review")

    # then some are restricted items held for a licence, unpublished and not searchable
    assert held.count() >= 1
    rule_codes = {item.rule for item in catalog_data.RESTRICTED}
    for product in held:
        event = ListingEvent.objects.get(product=product, to_status="pending_review")
        assert event.from_status == "submitted" and event.actor is None
        assert event.reason.startswith("held: licence required")
        assert any(code in event.reason for code in rule_codes)
        assert product.published_at is None
        assert not SearchDocument.objects.filter(product=product).exists()
    live = catalogue.filter(status="active")
    assert live.count() == 60 - held.count()
    assert all(product.published_at for product in live)


def test_no_active_demo_shop_means_no_listings(db):
    # given no shop at all

    # when listings are asked for
    created = generate_products(10)

    # then none is created (listings need a shop), the tree is there anyway
    assert created == 0 and Product.objects.count() == 0
    assert Category.objects.filter(parent=None).count() == 30


@pytest.mark.django_db
def test_seed_demo_reports_the_listings():
    # given a small demo
    out = StringIO()

    # when the command seeds it with 30 listings
    call_command("seed_demo", buyers=0, sellers=4, products=30, stdout=out)

    # then the listings are in the summary and in the database
    assert "products      30   (30 new;" in out.getvalue()
    assert Product.objects.count() == 30
    assert Category.objects.filter(parent=None).count() == 30
    assert Category.objects.count() > 300
