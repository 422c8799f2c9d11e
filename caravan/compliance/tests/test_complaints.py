"""IP complaints end to end: brand registration, take-down, counter-notice, decision, strikes."""

from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from caravan.account.tests.factories import BuyerFactory
from caravan.catalog.tests.factories import ProductFactory
from caravan.compliance import services
from caravan.compliance.constants import ComplaintStatus
from caravan.compliance.models import IpComplaint, IpComplaintEvent, Strike
from caravan.core.outbox import OutboxMessage
from caravan.seller.models import ShopEvent
from caravan.seller.tests.factories import ShopFactory

from .factories import BrandFactory
from .test_licences import upload

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def holder(db):
    return BuyerFactory()


@pytest.fixture
def brand(holder):
    return BrandFactory(owner=holder, name="Quixotica")


@pytest.fixture
def listing(seller):
    return ProductFactory(shop=seller.shop, status="active", title="Quixotica phone case")


def topics(user) -> list[str]:
    return list(OutboxMessage.objects.filter(recipient=user).order_by("id")
                .values_list("topic", flat=True))


def file_complaint(holder, brand, listing, **extra):
    return upload(holder, "/api/store/ip-complaints",
                  {"brand_id": brand.id, "product_id": listing.id,
                   "evidence": "Registered mark, see certificate.", **extra},
                  {"evidence_file": SimpleUploadedFile("proof.png", PNG)})


def complaint_of(response) -> IpComplaint:
    assert response.status_code == 201, response.content
    return IpComplaint.objects.get(pk=response.json()["id"])


def test_rights_holder_registers_a_brand_that_an_operator_approves(api, holder, operator):
    # when a rights holder registers a brand
    response = api(holder).post("/api/store/brands", {
        "name": "Quixotica", "aliases": ["奎克"], "registration_number": "TM-778899",
        "jurisdictions": ["cn", "EU"]})

    # then it waits for an operator, who approves it
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "pending"
    assert response.json()["jurisdictions"] == ["CN", "EU"]
    brand_id = response.json()["id"]
    pending = api(operator).get("/api/admin/brands?status=pending").json()["items"]
    assert [b["id"] for b in pending] == [brand_id]
    decided = api(operator).post(f"/api/admin/brands/{brand_id}/decision",
                                 {"decision": "approve", "reason": "checked the register"})
    assert decided.json()["status"] == "approved"
    assert topics(holder) == ["brand.approved"]
    assert api(holder).get("/api/store/brands").json()[0]["status"] == "approved"


def test_brand_with_an_unknown_jurisdiction_is_422(api, holder):
    response = api(holder).post("/api/store/brands", {
        "name": "Quixotica", "registration_number": "TM-1", "jurisdictions": ["XX"]})

    assert response.status_code == 422 and "jurisdictions" in response.json()["fields"]


def test_complaint_takes_the_listing_down_at_once_and_notifies_both(holder, brand, listing,
                                                                    seller):
    # when the rights holder complains
    complaint = complaint_of(file_complaint(holder, brand, listing))

    # then the listing is down, the deadline is set, the evidence kept, both parties told
    listing.refresh_from_db()
    assert listing.status == "taken_down"
    assert complaint.status == ComplaintStatus.OPEN and complaint.kind == "trademark"
    assert complaint.counter_notice_due_at == complaint.created_at + timedelta(days=3)
    assert complaint.evidence_file.name.endswith(".png")
    assert topics(seller) == ["listing.taken_down", "ip_complaint.filed"]
    assert topics(holder) == ["brand.approved", "ip_complaint.filed"]
    assert IpComplaintEvent.objects.filter(complaint=complaint, to_status="open").exists()


@pytest.mark.parametrize("case", ["not_live", "foreign_brand", "pending_brand", "own_listing"])
def test_complaint_refused_without_a_live_listing_or_an_own_approved_right(holder, brand,
                                                                           listing, case):
    if case == "not_live":
        listing.status = "draft"
        listing.save()
    elif case == "foreign_brand":
        brand = BrandFactory()
    elif case == "pending_brand":
        brand = BrandFactory(owner=holder, status="pending")
    else:
        listing = ProductFactory(shop=ShopFactory(owner=holder), status="active")

    response = file_complaint(holder, brand, listing)

    assert response.status_code in (404, 409), response.content
    assert not IpComplaint.objects.exists()
    listing.refresh_from_db()
    assert listing.status != "taken_down"


def test_seller_answers_with_a_counter_notice_and_operator_rejects(api, holder, brand, listing,
                                                                   seller, operator):
    complaint = complaint_of(file_complaint(holder, brand, listing))

    # when the seller files a counter-notice before the deadline
    response = api(seller).post(f"/api/seller/ip-complaints/{complaint.id}/counter-notice",
                                {"text": "We are an authorised reseller; invoice attached."})

    # then the complaint waits for an operator and the rights holder is told
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "countered"
    assert "ip_complaint.countered" in topics(holder)
    queue = api(operator).get("/api/admin/ip-complaints?status=countered").json()["items"]
    assert [c["id"] for c in queue] == [complaint.id]

    # when the operator rejects the complaint, the listing comes back, with no strike
    decided = api(operator).post(f"/api/admin/ip-complaints/{complaint.id}/decision",
                                 {"decision": "reject", "reason": "authorised reseller"})
    assert decided.json()["status"] == "rejected"
    listing.refresh_from_db()
    assert listing.status == "active"
    assert not Strike.objects.exists()
    assert topics(seller)[-1] == "ip_complaint.rejected"
    assert topics(holder)[-1] == "ip_complaint.rejected"


def test_upheld_complaint_keeps_the_listing_down_and_adds_strike_points(api, holder, brand,
                                                                        listing, seller,
                                                                        operator):
    complaint = complaint_of(file_complaint(holder, brand, listing))

    response = api(operator).post(f"/api/admin/ip-complaints/{complaint.id}/decision",
                                  {"decision": "uphold", "reason": "counterfeit"})

    assert response.json()["status"] == "upheld"
    listing.refresh_from_db()
    assert listing.status == "taken_down"
    strike = Strike.objects.get(complaint=complaint)
    assert (strike.shop, strike.points) == (seller.shop, 2)
    assert topics(seller)[-2:] == ["ip_complaint.upheld", "shop.strike"]
    strikes = api(seller).get("/api/seller/strikes").json()
    assert (strikes["total"], strikes["freeze_at"]) == (2, 6)
    # a decided complaint is decided once
    again = api(operator).post(f"/api/admin/ip-complaints/{complaint.id}/decision",
                               {"decision": "reject", "reason": "changed my mind"})
    assert again.status_code == 409


def test_strike_thresholds_freeze_listings_then_close_the_shop(settings, holder, brand, seller,
                                                               operator):
    # given thresholds of 2 points to freeze and 4 to close, 2 points per complaint
    settings.STRIKE_FREEZE_AT, settings.STRIKE_CLOSE_AT = 2, 4
    shop = seller.shop
    bystander = ProductFactory(shop=shop, status="active", title="Plain mug")

    def uphold_one():
        product = ProductFactory(shop=shop, status="active", title="Quixotica copy")
        complaint = services.complaint_file(complainant=holder, brand_id=brand.id,
                                            product_id=product.id, evidence="fake")
        services.complaint_decide(complaint=complaint, actor=operator, uphold=True,
                                  reason="counterfeit")

    # when the first complaint is upheld, the shop's live listings are frozen
    uphold_one()
    bystander.refresh_from_db()
    assert bystander.status == "suspended"
    assert "shop.listings_frozen" in topics(seller)
    shop.refresh_from_db()
    assert shop.status == "active"

    # when a second one is, the shop is suspended, recorded with the reason
    uphold_one()
    shop.refresh_from_db()
    assert shop.status == "suspended"
    event = ShopEvent.objects.filter(shop=shop).last()
    assert (event.to_status, event.actor) == ("suspended", operator)
    assert "4 strike points" in event.reason
    assert topics(seller)[-1] == "shop.suspended"


def test_expired_strikes_no_longer_count(holder, brand, listing, seller, operator, settings):
    settings.STRIKE_POINTS_TTL_DAYS = 30
    complaint = complaint_of(file_complaint(holder, brand, listing))
    services.complaint_decide(complaint=complaint, actor=operator, uphold=True, reason="fake")

    from caravan.compliance.selectors import strike_total

    assert strike_total(shop_id=seller.shop.id) == 2
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        assert strike_total(shop_id=seller.shop.id) == 0


def test_unanswered_complaint_is_upheld_by_the_sweep_once(holder, brand, listing, seller):
    complaint = complaint_of(file_complaint(holder, brand, listing))

    # before the deadline the sweep leaves it alone
    assert services.complaints_sweep(now=complaint.counter_notice_due_at
                                     - timedelta(minutes=1)) == 0

    # after it, the complaint is upheld with a strike, and a second run does nothing more
    with time_machine.travel(complaint.counter_notice_due_at + timedelta(minutes=1)):
        assert services.complaints_sweep() == 1
        assert services.complaints_sweep() == 0
    complaint.refresh_from_db()
    assert complaint.status == ComplaintStatus.UPHELD
    event = IpComplaintEvent.objects.filter(complaint=complaint).last()
    assert (event.actor, event.reason) == (None, "no counter-notice by the deadline")
    assert Strike.objects.filter(shop=seller.shop).count() == 1
    listing.refresh_from_db()
    assert listing.status == "taken_down"


def test_periodic_task_runs_the_sweep(holder, brand, listing):
    from caravan.compliance.tasks import sweep_ip_complaints

    complaint = complaint_of(file_complaint(holder, brand, listing))

    with time_machine.travel(complaint.counter_notice_due_at + timedelta(minutes=1)):
        sweep_ip_complaints()

    complaint.refresh_from_db()
    assert complaint.status == ComplaintStatus.UPHELD


def test_sweep_queues_for_an_operator_when_auto_uphold_is_off(settings, holder, brand, listing):
    settings.IP_COMPLAINT_AUTO_UPHOLD = False
    complaint = complaint_of(file_complaint(holder, brand, listing))

    assert services.complaints_sweep(now=complaint.counter_notice_due_at) == 1

    complaint.refresh_from_db()
    assert complaint.status == ComplaintStatus.IN_REVIEW
    assert not Strike.objects.exists()
    assert OutboxMessage.objects.filter(topic="ip_complaint.needs_decision").exists()


def test_counter_notice_after_the_deadline_is_409(api, holder, brand, listing, seller):
    complaint = complaint_of(file_complaint(holder, brand, listing))

    with time_machine.travel(complaint.counter_notice_due_at + timedelta(seconds=1)):
        response = api(seller).post(f"/api/seller/ip-complaints/{complaint.id}/counter-notice",
                                    {"text": "too late"})

    assert response.status_code == 409 and response.json()["code"] == "counter_notice_closed"


def test_sellers_see_and_answer_only_complaints_about_their_own_listings(api, holder, brand,
                                                                         listing, seller):
    complaint = complaint_of(file_complaint(holder, brand, listing))
    other = ShopFactory().owner

    assert api(other).get("/api/seller/ip-complaints").json()["items"] == []
    assert api(other).get(f"/api/seller/ip-complaints/{complaint.id}").status_code == 404
    answer = api(other).post(f"/api/seller/ip-complaints/{complaint.id}/counter-notice",
                             {"text": "not mine"})
    assert answer.status_code == 404
    own = api(seller).get("/api/seller/ip-complaints").json()["items"]
    assert [c["id"] for c in own] == [complaint.id]
    assert own[0]["brand_name"] == "Quixotica" and own[0]["has_evidence_file"] is True


def test_rights_holders_see_only_their_own_complaints(api, holder, brand, listing):
    complaint = complaint_of(file_complaint(holder, brand, listing))

    assert [c["id"] for c in api(holder).get("/api/store/ip-complaints").json()["items"]] == [
        complaint.id]
    assert api(BuyerFactory()).get("/api/store/ip-complaints").json()["items"] == []


def test_buyers_and_operators_may_not_use_the_seller_routes(api, buyer, operator):
    for user in (buyer, operator):
        assert api(user).get("/api/seller/ip-complaints").status_code == 403
        assert api(user).post("/api/seller/ip-complaints/1/counter-notice",
                              {"text": "x"}).status_code == 403
