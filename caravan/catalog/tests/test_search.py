import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from caravan.catalog import search
from caravan.catalog.selectors import product_search
from caravan.catalog.tests.factories import CategoryFactory, ProductFactory, live_product
from caravan.seller.constants import ShopStatus

pytestmark = pytest.mark.django_db


def test_tokens_fold_case_width_and_accents_and_split_han_into_bigrams():
    assert search.tokens("ＰＨＯＮＥ Café") == ["phone", "cafe"]
    assert search.tokens("手机壳") == ["手机", "机壳"]
    assert search.tokens("Платье, красное!") == ["платье", "красное"]


def found(q, **filters):
    return [p.id for p in product_search(q=q, **filters)["items"]]


def test_finds_products_by_words_in_their_own_language():
    # given listings titled in Chinese, Russian and English
    zh = live_product(title="苹果手机壳 透明 防摔")
    ru = live_product(title="Летнее платье в цветочек")
    en = live_product(title="Wireless Bluetooth Headphones")
    # then each is found by a word of its own language, and only it
    assert found("手机") == [zh.id]
    assert found("防摔") == [zh.id]
    assert found("платье") == [ru.id]
    assert found("ПЛАТЬЕ летнее") == [ru.id]
    assert found("headphones") == [en.id]
    assert found("bluetooth wireless") == [en.id]
    assert found("headphone") == [en.id]  # a word is a prefix match
    assert found("nothing-like-this") == []


def test_inactive_listings_and_listings_of_inactive_shops_are_never_found():
    live = live_product(title="Silk scarf")
    draft = ProductFactory(title="Silk scarf draft")
    search.index_product(draft.pk)
    suspended_shop = live_product(title="Silk scarf elsewhere")
    suspended_shop.shop.status = ShopStatus.SUSPENDED
    suspended_shop.shop.save()
    assert found("silk") == [live.id]


def test_a_listing_leaves_the_index_when_it_stops_being_active():
    product = live_product(title="Ceramic teapot")
    product.status = "delisted"
    product.save()
    search.index_product(product.pk)
    assert found("teapot") == []


def test_filters_sort_and_keyset_pages():
    parent = CategoryFactory()
    child = CategoryFactory(parent=parent)
    other = CategoryFactory()
    cheap = live_product(title="Lamp one", category=child, min_price=500)
    mid = live_product(title="Lamp two", category=child, min_price=1500)
    dear = live_product(title="Lamp three", category=other, min_price=9000)
    assert found("lamp", sort="price_asc") == [cheap.id, mid.id, dear.id]
    assert found("lamp", category_id=parent.id, sort="price_desc") == [mid.id, cheap.id]
    assert found("lamp", min_price=1000, max_price=9000, sort="price_asc") == [mid.id, dear.id]
    first = product_search(q="lamp", sort="price_asc", limit=2)
    second = product_search(q="lamp", sort="price_asc", limit=2, cursor=first["next_cursor"])
    assert [p.id for p in first["items"] + second["items"]] == [cheap.id, mid.id, dear.id]
    newest = product_search(q="lamp", limit=1)
    rest = product_search(q="lamp", limit=5, cursor=newest["next_cursor"])
    assert len({p.id for p in newest["items"] + rest["items"]}) == 3


def test_facets_count_by_category_level():
    parent = CategoryFactory(name="Lighting")
    child = CategoryFactory(parent=parent, name="Lamps")
    live_product(title="Desk lamp", category=child)
    live_product(title="Floor lamp", category=child)
    live_product(title="Lamp shade", category=CategoryFactory(name="Home"))
    top = product_search(q="lamp")["facets"]
    assert [(f["name"], f["count"]) for f in top] == [("Lighting", 2), ("Home", 1)]
    below = product_search(q="lamp", category_id=parent.id)["facets"]
    assert [(f["name"], f["count"]) for f in below] == [("Lamps", 2)]


def lamp_counts():
    return [f["count"] for f in product_search(q="lamp")["facets"]]


def test_facet_counts_are_kept_then_counted_again_by_a_worker(settings):
    category = CategoryFactory(name="Lighting")
    live_product(title="Desk lamp", category=category)
    assert lamp_counts() == [1]
    live_product(title="Floor lamp", category=category)
    # fresh counts are answered as they were kept
    assert lamp_counts() == [1]
    # stale ones are answered too, while a worker counts again (here, inline)
    settings.SEARCH_FACET_CACHE_SECONDS = 0
    assert lamp_counts() == [1]
    assert lamp_counts() == [2]


def test_a_stale_count_is_sent_to_a_worker_once_per_window(settings, monkeypatch):
    from caravan.catalog import tasks

    live_product(title="Desk lamp")
    lamp_counts()
    sent = []
    monkeypatch.setattr(tasks, "facets_recount", lambda filters: sent.append(filters))
    settings.SEARCH_FACET_CACHE_SECONDS = 0
    for _ in range(3):
        lamp_counts()
    assert sent == [("lamp", None, None, None, None)]


def test_counts_no_worker_refreshed_are_counted_in_the_request(settings, monkeypatch):
    from caravan.catalog import tasks

    monkeypatch.setattr(tasks, "facets_recount", lambda filters: None)  # no worker running
    settings.SEARCH_FACET_STALE_SECONDS = 0  # kept counts expire at once
    category = CategoryFactory(name="Lighting")
    live_product(title="Desk lamp", category=category)
    assert lamp_counts() == [1]
    live_product(title="Floor lamp", category=category)
    assert lamp_counts() == [2]


def test_search_query_count_is_bounded():
    for n in range(6):
        live_product(title=f"Phone case {n}")
    product_search(q="phone")  # warm the category cache
    with CaptureQueriesContext(connection) as queries:
        product_search(q="phone", limit=5)
    assert len(queries) <= 5


postgres_only = pytest.mark.skipif("connection.vendor != 'postgresql'",
                                   reason="the plan choice is PostgreSQL's")


@pytest.mark.parametrize("broad", [True, False])
def test_both_plans_find_the_same_pages(monkeypatch, broad):
    # given lamps, and each plan forced in turn (the walk, or fetching every match)
    lamps = [live_product(title=f"Lamp {n}", min_price=100 * (n + 1)) for n in range(5)]
    live_product(title="Rug")
    monkeypatch.setattr(search, "_broad", lambda query: broad)
    with CaptureQueriesContext(connection) as queries:
        newest = product_search(q="lamp", limit=2)
    rest = product_search(q="lamp", limit=5, cursor=newest["next_cursor"])
    # then the pages are the same, newest first or by price
    assert [p.id for p in newest["items"] + rest["items"]] == [p.id for p in reversed(lamps)]
    assert found("lamp", sort="price_asc") == [p.id for p in lamps]
    if connection.vendor == "sqlite":  # the walk's sign: an id SQLite cannot look up
        assert ('(+"catalog_product"."id") IN (SELECT rowid' in queries[0]["sql"]) is broad


@postgres_only
@pytest.mark.parametrize(("matches", "indexed", "broad"), [
    (22_000, 200_000, True),  # a page of matches within the newest few hundred listings
    (800, 200_000, False),  # about 6,000 listings to walk for a page: fetch the 800 instead
    (5_000, 200_000, True),  # about 1,000 to walk, fewer than the matches
    (3, 10, False),  # a small catalogue: fetch the three
])
def test_the_walk_is_chosen_when_matches_are_dense(monkeypatch, matches, indexed, broad):
    monkeypatch.setattr(search, "_estimated_rows", lambda ts_query: (matches, indexed))
    assert search._broad("'lamp':*") is broad
    sql, _params = search.matching_ids_sql("lamp")
    assert sql.endswith("OFFSET 0") is not broad


@postgres_only
def test_the_plan_choice_reads_postgresqls_estimates_once_per_query():
    for n in range(3):
        live_product(title=f"Lamp {n}")
    with CaptureQueriesContext(connection) as first:
        search.matching_ids_sql("lamp")
    with CaptureQueriesContext(connection) as again:
        search.matching_ids_sql("lamp")
    assert [q["sql"].split()[0] for q in first] == ["EXPLAIN", "EXPLAIN"] and len(again) == 0


sqlite_only = pytest.mark.skipif("connection.vendor != 'sqlite'",
                                 reason="the walk is forced on SQLite only")


@sqlite_only
def test_sqlite_walks_when_matches_are_dense_and_counts_once_per_query():
    # given 30 listings, 8 of them lamps: 8^2 >= 30 x 24 is false, so the matches are fetched
    for n in range(30):
        live_product(title=f"Lamp {n}" if n < 8 else f"Rug {n}")
    assert search._counted_rows('"lamp"*') == (8, 30)
    assert search._broad('"lamp"*') is False
    # and "rug" (22 of 30) is not dense enough either; a word in every listing would be
    assert search._broad('"rug"*') is False
    with CaptureQueriesContext(connection) as again:
        search._broad('"lamp"*')
    assert len(again) == 0


@sqlite_only
def test_sqlite_counts_matches_only_as_far_as_the_threshold(monkeypatch):
    for n in range(3):
        live_product(title=f"Lamp {n}")
    monkeypatch.setattr(search, "SEARCH_PAGE", 1)  # threshold: isqrt(3 x 1) + 1 = 2
    assert search._counted_rows('"lamp"*') == (2, 3)
    assert search._broad('"lamp"*') is True
