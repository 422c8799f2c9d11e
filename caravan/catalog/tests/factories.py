from decimal import Decimal

import factory
from django.utils import timezone

from caravan.catalog.models import Category, Product, ProductTranslation, Sku
from caravan.seller.tests.factories import ShopFactory


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    slug = factory.Sequence(lambda n: f"category-{n}")
    name = factory.Sequence(lambda n: f"Category {n}")
    commission_bps = 800


class ProductFactory(factory.django.DjangoModelFactory):
    """A listing with an English title and one SKU; pass status="active" for a live one."""

    class Meta:
        model = Product
        skip_postgeneration_save = True

    shop = factory.SubFactory(ShopFactory)
    category = factory.SubFactory(CategoryFactory)
    min_price = 1999
    status = "draft"
    published_at = factory.LazyAttribute(
        lambda p: timezone.now() if p.status == "active" else None)

    @factory.post_generation
    def title(obj, create, extracted, **kwargs):
        if create:
            ProductTranslation.objects.create(product=obj, language="en",
                                              title=extracted or f"Product {obj.pk}")

    @factory.post_generation
    def sku(obj, create, extracted, **kwargs):
        if create:
            Sku.objects.create(product=obj, code=f"SKU-{obj.pk}", price=obj.min_price, stock=10,
                               weight_g=250, length_cm=Decimal("20"), width_cm=Decimal("15"),
                               height_cm=Decimal("5"), hs_code="851712")


def live_product(**kwargs) -> Product:
    """An active listing, indexed for search."""
    from caravan.catalog import search

    product = ProductFactory(status="active", **kwargs)
    search.index_product(product.pk)
    return product
