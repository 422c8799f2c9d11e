"""A request reads its object, then writes it; another request may delete it in between.

The write must answer "not found" and change nothing: a plain save would insert the deleted row
again, and a save of some fields would fail with a server error.
"""

from decimal import Decimal

import pytest
from django.db import connection

from caravan.account.models import Address
from caravan.account.services import address_delete, address_update
from caravan.account.tests.factories import AddressFactory, BuyerFactory
from caravan.catalog.services import product_update
from caravan.catalog.tests.factories import ProductFactory, live_product
from caravan.checkout.cart import cart_add, cart_get, cart_line_update
from caravan.checkout.models import CartLine
from caravan.compliance.errors import RuleNotFound
from caravan.compliance.models import ComplianceRule
from caravan.compliance.services.rules import rule_delete, rule_update
from caravan.compliance.tests.factories import RuleFactory
from caravan.core.errors import InvalidInput, NotFound
from caravan.core.testing import in_threads
from caravan.logistics.models import Zone
from caravan.logistics.services import (
    shipping_template_create,
    shipping_template_delete,
    zone_save,
)
from caravan.logistics.tests.factories import ServiceFactory, ZoneFactory, fx
from caravan.pricing.models import FxRate
from caravan.pricing.services import fx_rate_update


def _gone(instance):
    type(instance).objects.filter(pk=instance.pk).delete()
    return instance


@pytest.mark.django_db
def test_an_address_deleted_meanwhile_is_not_written_again():
    address = _gone(AddressFactory())
    with pytest.raises(NotFound):
        address_update(address=address, data={"city": "Lyon"})
    with pytest.raises(NotFound):
        address_delete(address=address)
    assert not Address.objects.exists()


@pytest.mark.django_db
def test_a_zone_deleted_meanwhile_is_not_written_again():
    zone = _gone(ZoneFactory())
    with pytest.raises(NotFound):
        zone_save(zone=zone, name="Back")
    assert not Zone.objects.exists()


@pytest.mark.django_db
def test_an_fx_rate_deleted_meanwhile_is_not_found():
    rate = _gone(fx("CNY", "7"))
    with pytest.raises(NotFound):
        fx_rate_update(fx_rate=rate, rate=Decimal("7.1"))
    assert not FxRate.objects.exists()


@pytest.mark.django_db
def test_a_rule_deleted_meanwhile_is_not_found():
    rule = _gone(RuleFactory())
    with pytest.raises(RuleNotFound):
        rule_update(rule=rule, name="Back")
    with pytest.raises(RuleNotFound):
        rule_delete(rule=rule)
    assert not ComplianceRule.objects.filter(pk=rule.pk).exists()


@pytest.mark.django_db
def test_a_cart_line_removed_meanwhile_is_not_found():
    product = live_product()
    cart = cart_get(user=BuyerFactory(), create=True)
    line = _gone(cart_add(cart=cart, sku_id=product.skus.get().pk, quantity=1))
    with pytest.raises(NotFound):
        cart_line_update(line=line, quantity=2)
    assert not CartLine.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_a_product_saved_with_a_template_being_deleted_keeps_no_broken_reference():
    # given a product and a template of its shop
    ServiceFactory(code="post")
    product = ProductFactory()
    template = shipping_template_create(shop=product.shop, name="t",
                                        groups=[{"services": ["post"]}])

    def work(i):
        if i:
            return shipping_template_delete(template=template)
        return product_update(product=product, actor=product.shop.owner,
                              shipping_template_id=template.pk).pk

    # when the seller saves the product with it while deleting it elsewhere
    results, refusals = in_threads(2, work)
    # then either the save came first (and the delete cleared it) or it was refused
    assert set(refusals) <= {InvalidInput.code}
    product.refresh_from_db()
    assert product.shipping_template_id is None
