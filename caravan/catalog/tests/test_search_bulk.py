import pytest

from caravan.catalog import search
from caravan.catalog.selectors import product_search
from caravan.catalog.tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


def test_bulk_indexing_finds_the_same_as_one_by_one():
    products = [ProductFactory(status="active", title=f"Ceramic mug {n}") for n in range(3)]
    search.index_bulk([(p.pk, search.document(f"Ceramic mug {n}"))
                       for n, p in enumerate(products)])
    assert {p.id for p in product_search(q="mug")["items"]} == {p.id for p in products}
