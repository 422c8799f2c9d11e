import factory

from caravan.account.models import Address, BuyerProfile, User
from caravan.core.testing import TEST_PASSWORD


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.test")
    country = "US"
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class BuyerFactory(UserFactory):
    is_buyer = True
    profile = factory.RelatedFactory(
        "caravan.account.tests.factories.BuyerProfileFactory", factory_related_name="user")


class BuyerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BuyerProfile

    country = factory.LazyAttribute(lambda p: p.user.country)
    language = "en"
    display_currency = "USD"


class SellerUserFactory(UserFactory):
    is_seller = True
    country = "CN"


class OperatorFactory(UserFactory):
    is_operator = True
    is_staff = True
    is_superuser = True


class AddressFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Address

    user = factory.SubFactory(BuyerFactory)
    name = "Ada Lovelace"
    country_code = "DE"
    city = "BERLIN"
    postal_code = "10115"
    street_address = "Invalidenstraße 1"
    phone = "+4930901820"
