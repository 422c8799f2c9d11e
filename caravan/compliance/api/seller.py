"""For sellers: licences for restricted goods, answers to IP complaints, strike points."""

from django.conf import settings
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile

from caravan.compliance import selectors, services
from caravan.core.api import ObjectId, errors
from caravan.seller.selectors import shop_of

from .schemas import (
    ComplaintFilter,
    ComplaintOut,
    ComplaintPage,
    CounterNoticeIn,
    LicenceIn,
    LicenceOut,
    StrikesOut,
)
from .store import next_cursor

router = Router(tags=["compliance"])


@router.post("/licences", response={201: LicenceOut, **errors(401, 403, 404, 409)})
def licence_submit(request, payload: Form[LicenceIn], document: File[UploadedFile] = None):
    """Upload a licence (multipart form) for a restricted rule or a brand authorisation."""
    licence = services.licence_submit(shop=shop_of(user=request.user), document=document,
                                      **payload.dict())
    return Status(201, licence)


@router.get("/licences", response={200: list[LicenceOut], **errors(401, 403, 404)})
def licence_list(request):
    return selectors.licences_of(shop=shop_of(user=request.user))


@router.get("/ip-complaints", response={200: ComplaintPage, **errors(401, 403, 404)})
def complaint_list(request, filters: Query[ComplaintFilter]):
    items = selectors.complaints_of_shop(shop=shop_of(user=request.user), status=filters.status,
                                         after=filters.cursor, limit=filters.limit)
    return {"items": items, "next_cursor": next_cursor(items, filters.limit)}


@router.get("/ip-complaints/{complaint_id}", response={200: ComplaintOut, **errors(401, 403, 404)})
def complaint_detail(request, complaint_id: ObjectId):
    return selectors.complaint_of_shop(shop=shop_of(user=request.user), complaint_id=complaint_id)


@router.post("/ip-complaints/{complaint_id}/counter-notice",
             response={200: ComplaintOut, **errors(401, 403, 404, 409)})
def counter_notice(request, complaint_id: ObjectId, payload: CounterNoticeIn):
    complaint = selectors.complaint_of_shop(shop=shop_of(user=request.user),
                                            complaint_id=complaint_id)
    return services.complaint_counter_notice(complaint=complaint, actor=request.user,
                                             text=payload.text)


@router.get("/strikes", response={200: StrikesOut, **errors(401, 403, 404)})
def strikes(request):
    shop = shop_of(user=request.user)
    return {"total": selectors.strike_total(shop_id=shop.id),
            "items": selectors.strikes_of(shop=shop),
            "freeze_at": settings.STRIKE_FREEZE_AT, "close_at": settings.STRIKE_CLOSE_AT}
