"""Zone and template writes that meet a deletion, or another write, in between."""

import pytest
from django.db import connection

from caravan.core.errors import InvalidInput, NotFound
from caravan.core.testing import in_threads
from caravan.logistics.models import (
    Carrier,
    Destination,
    RateBand,
    ShippingTemplate,
    TemplateCoverage,
    Zone,
)
from caravan.logistics.services import (
    carrier_save,
    shipping_template_create,
    shipping_template_update,
    zone_set_bands,
    zone_set_countries,
)
from caravan.seller.tests.factories import ShopFactory

from .factories import CarrierFactory, ServiceFactory, ZoneFactory, per_gram


@pytest.mark.django_db
def test_countries_for_a_zone_deleted_since_it_was_read_are_refused_as_not_found():
    # given a zone read by one request and deleted by another
    zone = ZoneFactory()
    Zone.objects.filter(pk=zone.pk).delete()
    # when the first request sets its countries, then nothing is written
    with pytest.raises(NotFound):
        zone_set_countries(zone=zone, countries=["DE"])
    assert not Destination.objects.exists()


@pytest.mark.django_db
def test_bands_for_a_zone_deleted_since_it_was_read_are_refused_as_not_found():
    zone = ZoneFactory(service=ServiceFactory(max_weight_g=2000))
    Zone.objects.filter(pk=zone.pk).delete()
    with pytest.raises(NotFound):
        zone_set_bands(zone=zone, bands=[per_gram(2000, 8000)])
    assert not RateBand.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_zones_claiming_the_same_countries_at_once_leave_each_country_in_one_zone():
    # given a service with two zones
    service = ServiceFactory()
    zones = [ZoneFactory(service=service), ZoneFactory(service=service)]
    # when both claim the same countries at the same moment, five times over
    results, refusals = in_threads(
        2, lambda i: [len(zone_set_countries(zone=zones[i], countries=["DE", "FR", "IT"]))
                      for _ in range(5)])
    # then every write went through, and each country sits in exactly one zone
    assert refusals == [] and sorted(results) == [[3] * 5, [3] * 5]
    rows = Destination.objects.filter(service=service)
    assert sorted(rows.values_list("country", flat=True)) == ["DE", "FR", "IT"]
    assert len({row.zone_id for row in rows}) == 1


@pytest.mark.django_db
def test_saving_a_template_deleted_since_it_was_read_is_refused_as_not_found():
    ServiceFactory(code="post")
    template = shipping_template_create(shop=ShopFactory(), name="t",
                                        groups=[{"services": ["post"]}])
    ShippingTemplate.objects.filter(pk=template.pk).delete()
    with pytest.raises(NotFound):
        shipping_template_update(template=template, name="u", handling_days=3, not_served=[],
                                 groups=[{"services": ["post"]}])
    assert not TemplateCoverage.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_saves_of_one_template_at_once_leave_one_set_of_rules():
    ServiceFactory(code="post")
    template = shipping_template_create(shop=ShopFactory(), name="t",
                                        groups=[{"services": ["post"]}])
    groups = [[{"services": ["post"]}],
              [{"countries": ["DE"], "services": ["post"]}, {"services": ["post"]}]]
    results, refusals = in_threads(2, lambda i: [shipping_template_update(
        template=template, name=f"v{i}", handling_days=3, not_served=[],
        groups=groups[i]).pk for _ in range(5)])
    assert refusals == [] and len(results) == 2
    template.refresh_from_db()
    assert template.groups.count() == {"v0": 1, "v1": 2}[template.name]
    assert TemplateCoverage.objects.filter(template=template).count() == len(
        TemplateCoverage.objects.filter(template=template).values("country").distinct())


@pytest.mark.django_db
def test_a_code_taken_between_the_check_and_the_save_is_refused(monkeypatch):
    # given a carrier, and the unique check passed by a request racing another
    CarrierFactory(code="post")
    monkeypatch.setattr(Carrier, "validate_unique", lambda self, exclude=None: None)
    # when it saves the same code, then it is refused on the code and nothing is written
    with pytest.raises(InvalidInput) as refused:
        carrier_save(code="post", name="Post again")
    assert "code" in refused.value.fields
    assert Carrier.objects.filter(code="post").count() == 1
