"""For sellers: their shop's disputes, answers, evidence, escalation. Another shop's is a 404."""

from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile

from caravan.core.api import ObjectId, errors
from caravan.seller.selectors import shop_of

from .. import selectors, services
from ..constants import Side
from .common import page_of
from .schemas import DisputeOut, DisputePage, EvidenceIn, ListFilter, MessageOut, ResponseIn

router = Router(tags=["disputes"])


def _own(request, dispute_id: int):
    return selectors.seller_dispute(shop=shop_of(user=request.user), dispute_id=dispute_id)


def _view(request, dispute_id: int) -> dict:
    return selectors.dispute_view(_own(request, dispute_id))


@router.get("/disputes", response={200: DisputePage, **errors(401, 403, 404)})
def dispute_list(request, filters: Query[ListFilter]):
    disputes = selectors.seller_disputes(shop=shop_of(user=request.user), status=filters.status,
                                         after=filters.cursor, limit=filters.limit)
    return page_of(disputes, filters.limit)


@router.get("/disputes/{dispute_id}", response={200: DisputeOut, **errors(401, 403, 404)})
def dispute_detail(request, dispute_id: ObjectId):
    return _view(request, dispute_id)


@router.post("/disputes/{dispute_id}/responses",
             response={200: DisputeOut, **errors(401, 403, 404, 409)})
def dispute_respond(request, dispute_id: ObjectId, payload: ResponseIn):
    """accept_full (refunded now), offer_partial with `amount`, accept_return (refunded when
    the buyer sends the goods back), or reject with `text` (add images via .../evidence)."""
    services.dispute_respond(dispute=_own(request, dispute_id), seller=request.user,
                             decision=payload.decision, text=payload.text,
                             amount=payload.amount)
    return _view(request, dispute_id)


@router.post("/disputes/{dispute_id}/evidence",
             response={201: MessageOut, **errors(401, 403, 404, 409)})
def dispute_evidence(request, dispute_id: ObjectId, payload: Form[EvidenceIn],
                     image: File[UploadedFile] = None):
    message = services.dispute_message_add(dispute=_own(request, dispute_id), side=Side.SELLER,
                                           author=request.user, text=payload.text, image=image)
    return Status(201, selectors.message_view(message))


@router.post("/disputes/{dispute_id}/escalate",
             response={200: DisputeOut, **errors(401, 403, 404, 409)})
def dispute_escalate(request, dispute_id: ObjectId):
    services.dispute_escalate(dispute=_own(request, dispute_id), side=Side.SELLER,
                              actor=request.user)
    return _view(request, dispute_id)
