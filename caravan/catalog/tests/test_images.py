from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from caravan.catalog.models import ProductImage
from caravan.catalog.tests.factories import ProductFactory
from caravan.core.testing import ApiClient

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def png(width=800, height=600) -> bytes:
    out = BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(out, format="PNG")
    return out.getvalue()


def upload(client: ApiClient, product_id: int, data: bytes, name="photo.png"):
    return client.client.post(f"/api/seller/products/{product_id}/images",
                              {"image": SimpleUploadedFile(name, data)},
                              headers=client.headers)


def test_upload_stores_the_image_and_a_small_thumbnail(seller):
    product = ProductFactory(shop=seller.shop)
    response = upload(ApiClient(seller), product.id, png())
    assert response.status_code == 201, response.content
    stored = ProductImage.objects.get()
    with Image.open(stored.thumbnail.path) as thumb:
        assert max(thumb.size) == 320 and thumb.format == "WEBP"


@pytest.mark.parametrize(("data", "why"), [
    (b"not an image at all", "not a JPEG"),
    (png(100, 100), "at least"),
])
def test_bad_images_are_refused_and_nothing_is_stored(seller, data, why):
    product = ProductFactory(shop=seller.shop)
    response = upload(ApiClient(seller), product.id, data)
    assert response.status_code == 422
    assert why in response.json()["fields"]["image"][0]
    assert not ProductImage.objects.exists()


def test_images_of_another_shops_product_cannot_be_added(seller):
    theirs = ProductFactory()
    assert upload(ApiClient(seller), theirs.id, png()).status_code == 404
