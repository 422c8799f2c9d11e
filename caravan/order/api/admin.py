from ninja import Router, Schema
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.order import aftersale, selectors

router = Router(tags=["held funds"])


class CaseOut(Schema):
    id: int
    order_id: int
    order_number: str
    status: str
    reason: str
    decision_reason: str


class CaseDecisionIn(Schema):
    release: bool = Field(description="true: pay the seller; false: refund the buyer in full")
    reason: str = Field(min_length=1, max_length=500)


def _case(case) -> dict:
    return {"id": case.id, "order_id": case.order_id, "order_number": case.order.number,
            "status": case.status, "reason": case.reason,
            "decision_reason": case.decision_reason}


@router.get("/held-funds", response={200: list[CaseOut], **errors(401, 403)})
def case_list(request, status: str = "open"):
    return [_case(case) for case in selectors.held_cases(status=status)]


@router.post("/held-funds/{case_id}/decision",
             response={200: CaseOut, **errors(401, 403, 404, 409)})
def case_decide(request, case_id: ObjectId, payload: CaseDecisionIn):
    case = aftersale.held_case_decide(case=selectors.held_case(case_id=case_id),
                                      actor=request.user, release=payload.release,
                                      reason=payload.reason)
    return _case(case)
