import factory

from caravan.account.tests.factories import SellerUserFactory
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop


class ShopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Shop

    owner = factory.SubFactory(SellerUserFactory)
    name = factory.Sequence(lambda n: f"Shop {n}")
    slug = factory.Sequence(lambda n: f"shop-{n}")
    country = "CN"
    settlement_currency = "USD"
    registration_number = "91110000600037341L"
    status = ShopStatus.ACTIVE
