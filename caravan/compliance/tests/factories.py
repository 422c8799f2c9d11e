from datetime import timedelta

import factory
from django.utils import timezone

from caravan.account.tests.factories import BuyerFactory
from caravan.compliance import services
from caravan.compliance.constants import BrandStatus, LicenceStatus, RightKind, RuleKind
from caravan.compliance.models import Brand, ComplianceRule, Licence
from caravan.seller.tests.factories import ShopFactory


class RuleFactory(factory.django.DjangoModelFactory):
    """Created through the service, so the compiled rules see it at once."""

    class Meta:
        model = ComplianceRule

    code = factory.Sequence(lambda n: f"test_rule_{n}")
    kind = RuleKind.PROHIBITED
    name = factory.LazyAttribute(lambda r: r.code.replace("_", " ").capitalize())
    reason = factory.LazyAttribute(lambda r: f"{r.name} is prohibited on the marketplace.")
    keywords = factory.LazyFunction(lambda: {"en": ["zorblax"]})
    exceptions = factory.LazyFunction(list)
    countries = factory.LazyFunction(list)
    is_active = True

    @classmethod
    def _create(cls, model_class, *args, category_ids=(), **kwargs):
        return services.rule_create(category_ids=category_ids, **kwargs)


class BrandFactory(factory.django.DjangoModelFactory):
    """An approved trademark by default; approval through the service, which the screening
    notices at once."""

    class Meta:
        model = Brand

    owner = factory.SubFactory(BuyerFactory)
    kind = RightKind.TRADEMARK
    name = factory.Sequence(lambda n: f"Quixotica{n}")
    aliases = factory.LazyFunction(list)
    registration_number = factory.Sequence(lambda n: f"TM-{100000 + n}")
    jurisdictions = factory.LazyFunction(lambda: ["CN", "EU"])

    @classmethod
    def _create(cls, model_class, *args, status=BrandStatus.APPROVED, **kwargs):
        brand = services.brand_register(**kwargs)
        if status != BrandStatus.PENDING:
            from caravan.account.tests.factories import OperatorFactory

            services.brand_decide(brand=brand, actor=OperatorFactory(),
                                  approve=status == BrandStatus.APPROVED, reason="test")
        return brand


class LicenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Licence

    shop = factory.SubFactory(ShopFactory)
    rule = factory.SubFactory(RuleFactory, kind=RuleKind.RESTRICTED)
    reference_number = factory.Sequence(lambda n: f"LIC-{n}")
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=365))
    status = LicenceStatus.PENDING
