"""For operators: the arbitration queue and decisions."""

from ninja import Query, Router
from pydantic import Field

from caravan.core.api import ObjectId, errors

from .. import selectors, services
from .common import page_of
from .schemas import DisputeDecisionIn, DisputeOut, DisputePage, ListFilter

router = Router(tags=["disputes"])


class QueueFilter(ListFilter):
    limit: int = Field(50, ge=1, le=200)


@router.get("/disputes", response={200: DisputePage, **errors(401, 403)})
def dispute_list(request, filters: Query[QueueFilter]):
    """`?status=arbitration` is the queue of disputes waiting for a decision."""
    disputes = selectors.operator_disputes(status=filters.status, after=filters.cursor,
                                           limit=filters.limit)
    return page_of(disputes, filters.limit)


@router.get("/disputes/{dispute_id}", response={200: DisputeOut, **errors(401, 403, 404)})
def dispute_detail(request, dispute_id: ObjectId):
    return selectors.dispute_view(selectors.operator_dispute(dispute_id=dispute_id))


@router.post("/disputes/{dispute_id}/decision",
             response={200: DisputeOut, **errors(401, 403, 404, 409)})
def dispute_decide(request, dispute_id: ObjectId, payload: DisputeDecisionIn):
    """full, partial (`amount`, minor units) or none, with a `reason`; `counterfeit` doubles a
    full refund of a counterfeit claim, the second part charged to the seller."""
    services.dispute_decide(dispute=selectors.operator_dispute(dispute_id=dispute_id),
                            operator=request.user, outcome=payload.outcome,
                            amount=payload.amount, reason=payload.reason,
                            counterfeit=payload.counterfeit)
    return selectors.dispute_view(selectors.operator_dispute(dispute_id=dispute_id))
