"""IP complaints: filed by a brand's owner, answered by the seller, decided by an operator.

Filing takes the listing down at once. The seller may file a counter-notice until
`counter_notice_due_at` (COUNTER_NOTICE_DAYS after filing); a counter-notice sends the complaint
to the operator. An operator may decide at any time before that, too. A complaint the seller
left unanswered past the deadline is taken as accepted, like an unanswered claim in a buyer
dispute (DOMAIN.md §5): `complaints_sweep` upholds it (strike included) when
IP_COMPLAINT_AUTO_UPHOLD is on, the default, or else queues it for an operator. Abuse of
that rule is limited because only operator-approved rights may be complained under.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.catalog import services as catalog_services
from caravan.catalog.constants import ListingStatus
from caravan.catalog.models import Product
from caravan.core import clock
from caravan.core.errors import IllegalTransition, InvalidInput
from caravan.core.outbox import outbox_write
from caravan.core.states import transition

from ..constants import COMPLAINT_TRANSITIONS, ComplaintStatus
from ..errors import BrandNotFound, CounterNoticeClosed, ListingNotLive, OwnListing
from ..models import Brand, IpComplaint, IpComplaintEvent
from .brands import brand_usable
from .documents import document_check
from .strikes import strike_add

logger = logging.getLogger(__name__)


def _notify_both(complaint: IpComplaint, topic: str, **payload) -> None:
    payload = {"complaint_id": complaint.pk, "product_id": complaint.product_id, **payload}
    outbox_write(topic=topic, recipient=complaint.shop.owner, payload=payload)
    outbox_write(topic=topic, recipient=complaint.complainant, payload=payload)


def _clean_text(text: str, field: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidInput(_("Explain the case."), fields={field: [_("This field is required.")]})
    return text


@transaction.atomic
def complaint_file(*, complainant: User, brand_id: int, product_id: int, evidence: str,
                   evidence_file: UploadedFile | None = None) -> IpComplaint:
    """A rights holder's complaint about a live listing; the listing goes down at once."""
    brand = Brand.objects.filter(pk=brand_id, owner=complainant).first()
    if brand is None:
        raise BrandNotFound(_("You have no such registered brand or work."),
                            fields={"brand_id": [_("Not one of your rights.")]})
    brand_usable(brand=brand)
    evidence = _clean_text(evidence, "evidence")
    evidence_file = document_check(file=evidence_file, field="evidence_file")
    product = (Product.objects.select_for_update().select_related("shop__owner")
               .filter(pk=product_id, status=ListingStatus.ACTIVE).first())
    if product is None:
        raise ListingNotLive(_("No such live listing."), fields={"product_id": [_("Not live.")]})
    if product.shop.owner_id == complainant.pk:
        raise OwnListing(_("This listing is your own."))
    now = clock.now()
    complaint = IpComplaint.objects.create(
        complainant=complainant, brand=brand, product=product, shop=product.shop,
        kind=brand.kind, evidence=evidence, evidence_file=evidence_file, created_at=now,
        counter_notice_due_at=now + timedelta(days=settings.COUNTER_NOTICE_DAYS))
    IpComplaintEvent.objects.create(complaint=complaint, from_status="", to_status=complaint.status,
                                    actor=complainant, reason="filed",
                                    created_at=complaint.created_at)
    catalog_services.listing_take_down(
        product=product, actor=complainant,
        reason=f"IP complaint {complaint.pk}: {brand.kind} “{brand.name}”")
    _notify_both(complaint, "ip_complaint.filed", kind=complaint.kind, brand=brand.name,
                 counter_notice_due_at=complaint.counter_notice_due_at.isoformat())
    return complaint


@transaction.atomic
def complaint_counter_notice(*, complaint: IpComplaint, actor: User, text: str) -> IpComplaint:
    """The seller's answer, before the deadline; the complaint then waits for an operator."""
    text = _clean_text(text, "text")
    complaint = IpComplaint.objects.select_for_update().get(pk=complaint.pk)
    if complaint.status != ComplaintStatus.OPEN or clock.now() >= complaint.counter_notice_due_at:
        raise CounterNoticeClosed(_("A counter-notice is no longer possible for this complaint."))
    complaint.counter_notice = text
    complaint.counter_noticed_at = clock.now()
    complaint.save(update_fields=["counter_notice", "counter_noticed_at"])
    transition(complaint, to=ComplaintStatus.COUNTERED, table=COMPLAINT_TRANSITIONS,
               event_model=IpComplaintEvent, actor=actor, reason="counter-notice filed",
               complaint=complaint)
    outbox_write(topic="ip_complaint.countered", recipient=complaint.complainant,
                 payload={"complaint_id": complaint.pk, "product_id": complaint.product_id})
    outbox_write(topic="ip_complaint.needs_decision", payload={"complaint_id": complaint.pk})
    return complaint


@transaction.atomic
def complaint_decide(*, complaint: IpComplaint, actor: User | None, uphold: bool,
                     reason: str) -> IpComplaint:
    """Uphold (listing stays down, strike on the shop) or reject (listing restored)."""
    to = ComplaintStatus.UPHELD if uphold else ComplaintStatus.REJECTED
    transition(complaint, to=to, table=COMPLAINT_TRANSITIONS, event_model=IpComplaintEvent,
               actor=actor, reason=reason, complaint=complaint)
    complaint.decided_at = clock.now()
    complaint.decision_reason = reason[:500]
    complaint.save(update_fields=["decided_at", "decision_reason"])
    _notify_both(complaint, f"ip_complaint.{to}", reason=reason)
    if uphold:
        strike_add(complaint=complaint, actor=actor)
    else:
        product = Product.objects.select_for_update().get(pk=complaint.product_id)
        # The seller may have delisted it meanwhile; only a listing still down comes back.
        if product.status == ListingStatus.TAKEN_DOWN:
            catalog_services.listing_restore(product=product, actor=actor,
                                             reason=f"IP complaint {complaint.pk} rejected")
    return complaint


def complaints_sweep(*, now: datetime | None = None) -> int:
    """Act on complaints whose counter-notice deadline passed unanswered; how many.

    Each complaint is handled in its own transaction and only if still open, so the sweep may
    run twice, or in several workers at once, without acting twice.
    """
    now = now or clock.now()
    due = list(IpComplaint.objects.filter(status=ComplaintStatus.OPEN,
                                          counter_notice_due_at__lte=now)
               .order_by("counter_notice_due_at", "pk").values_list("pk", flat=True))
    done = 0
    for pk in due:
        try:
            done += _sweep_one(pk)
        except IllegalTransition:  # another worker or an operator got there first
            logger.info("complaint %s moved meanwhile; skipped", pk)
    return done


@transaction.atomic
def _sweep_one(pk: int) -> int:
    complaint = (IpComplaint.objects.select_for_update(skip_locked=True)
                 .select_related("shop__owner", "complainant")
                 .filter(pk=pk, status=ComplaintStatus.OPEN).first())
    if complaint is None:
        return 0
    reason = "no counter-notice by the deadline"
    if settings.IP_COMPLAINT_AUTO_UPHOLD:
        complaint_decide(complaint=complaint, actor=None, uphold=True, reason=reason)
    else:
        transition(complaint, to=ComplaintStatus.IN_REVIEW, table=COMPLAINT_TRANSITIONS,
                   event_model=IpComplaintEvent, actor=None, reason=reason, complaint=complaint)
        outbox_write(topic="ip_complaint.needs_decision", payload={"complaint_id": complaint.pk})
    return 1
