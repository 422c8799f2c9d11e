"""For buyers: open a dispute on an own order, add evidence, take an offer, return the goods,
escalate or withdraw. Another buyer's dispute or order is a 404."""

from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile

from caravan.core.api import ObjectId, errors
from caravan.order.selectors import buyer_order

from .. import selectors, services
from ..constants import Side
from .common import page_of
from .schemas import (
    DisputeIn,
    DisputeOut,
    DisputePage,
    EvidenceIn,
    ListFilter,
    MessageOut,
    ReturnIn,
)

router = Router(tags=["disputes"])


def _own(request, dispute_id: int):
    return selectors.buyer_dispute(buyer=request.user, dispute_id=dispute_id)


def _view(request, dispute_id: int) -> dict:
    return selectors.dispute_view(_own(request, dispute_id))


@router.post("/orders/{order_id}/disputes",
             response={201: DisputeOut, **errors(401, 403, 404, 409)})
def dispute_open(request, order_id: ObjectId, payload: DisputeIn):
    """Open a dispute: from DISPUTE_OPENS_AFTER_SHIPMENT_DAYS after shipment until
    DISPUTE_CLOSES_AFTER_COMPLETION_DAYS after completion; one open dispute per order."""
    order = buyer_order(buyer=request.user, order_id=order_id)
    dispute = services.dispute_open(order=order, buyer=request.user, reason=payload.reason,
                                    text=payload.text)
    return Status(201, _view(request, dispute.pk))


@router.get("/disputes", response={200: DisputePage, **errors(401, 403)})
def dispute_list(request, filters: Query[ListFilter]):
    disputes = selectors.buyer_disputes(buyer=request.user, status=filters.status,
                                        after=filters.cursor, limit=filters.limit)
    return page_of(disputes, filters.limit)


@router.get("/disputes/{dispute_id}", response={200: DisputeOut, **errors(401, 403, 404)})
def dispute_detail(request, dispute_id: ObjectId):
    return _view(request, dispute_id)


@router.post("/disputes/{dispute_id}/evidence",
             response={201: MessageOut, **errors(401, 403, 404, 409)})
def dispute_evidence(request, dispute_id: ObjectId, payload: Form[EvidenceIn],
                     image: File[UploadedFile] = None):
    """Multipart: `text` and/or `image` (PNG or JPEG, checked by content)."""
    message = services.dispute_message_add(dispute=_own(request, dispute_id), side=Side.BUYER,
                                           author=request.user, text=payload.text, image=image)
    return Status(201, selectors.message_view(message))


@router.post("/disputes/{dispute_id}/accept-offer",
             response={200: DisputeOut, **errors(401, 403, 404, 409)})
def dispute_accept_offer(request, dispute_id: ObjectId):
    services.dispute_accept_offer(dispute=_own(request, dispute_id), buyer=request.user)
    return _view(request, dispute_id)


@router.post("/disputes/{dispute_id}/escalate",
             response={200: DisputeOut, **errors(401, 403, 404, 409)})
def dispute_escalate(request, dispute_id: ObjectId):
    services.dispute_escalate(dispute=_own(request, dispute_id), side=Side.BUYER,
                              actor=request.user)
    return _view(request, dispute_id)


@router.post("/disputes/{dispute_id}/return",
             response={200: DisputeOut, **errors(401, 403, 404, 409)})
def dispute_return(request, dispute_id: ObjectId, payload: ReturnIn):
    """Under an accepted return: the goods are on their way back; refunded in full now."""
    services.dispute_return_shipped(dispute=_own(request, dispute_id), buyer=request.user,
                                    carrier=payload.carrier,
                                    tracking_number=payload.tracking_number)
    return _view(request, dispute_id)


@router.post("/disputes/{dispute_id}/withdraw",
             response={200: DisputeOut, **errors(401, 403, 404, 409)})
def dispute_withdraw(request, dispute_id: ObjectId):
    services.dispute_withdraw(dispute=_own(request, dispute_id), buyer=request.user)
    return _view(request, dispute_id)
