import pytest

from caravan.catalog.imports import products_import_csv
from caravan.catalog.models import Product
from caravan.catalog.tests.factories import CategoryFactory
from caravan.core.errors import InvalidInput

pytestmark = pytest.mark.django_db

HEADER = ("category,title_en,title_zh-hans,sku,options,price,stock,weight_g,length_cm,width_cm,"
          "height_cm,hs_code,sale_unit,lot_size,submit\n")


def test_good_rows_are_saved_and_bad_rows_reported_with_reasons(seller):
    # given a file with two good rows and three bad ones
    CategoryFactory(slug="phone-cases")
    rows = [
        "phone-cases,Clear phone case,透明手机壳,PC-1,colour=clear,3.99,100,40,18,10,2,392690,,,no",
        "phone-cases,Bad price case,,PC-2,,abc,100,40,18,10,2,,,,no",
        "no-such-category,Lost case,,PC-3,,3.99,100,40,18,10,2,,,,no",
        "phone-cases,Heavy case,,PC-4,,3.99,100,-40,18,10,2,,,,no",
        "phone-cases,Case lot of ten,,PC-5,,19.90,100,400,20,15,8,392690,lot,10,no",
    ]
    data = (HEADER + "\n".join(rows) + "\n").encode()
    # when it is imported
    results = products_import_csv(shop=seller.shop, actor=seller, data=data)
    # then each row has its own answer, numbered as in a spreadsheet
    assert [(r.row, r.ok) for r in results] == [(2, True), (3, False), (4, False), (5, False),
                                                (6, True)]
    assert "price" in results[1].errors
    assert "category" in results[2].errors
    assert "weight_g" in results[3].errors
    assert Product.objects.count() == 2
    lot = Product.objects.get(pk=results[4].product_id)
    assert (lot.sale_unit, lot.lot_size, lot.min_price) == ("lot", 10, 1990)


def test_a_file_without_required_columns_is_refused_whole(seller):
    with pytest.raises(InvalidInput) as refused:
        products_import_csv(shop=seller.shop, actor=seller, data=b"title_en,price\nA,1\n")
    assert "category" in refused.value.message


def test_a_file_that_is_not_utf8_is_refused(seller):
    with pytest.raises(InvalidInput):
        products_import_csv(shop=seller.shop, actor=seller, data=HEADER.encode("utf-16"))
