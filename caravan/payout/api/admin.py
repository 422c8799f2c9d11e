from ninja import Query, Router, Schema
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.payout import selectors
from caravan.payout.constants import WithdrawalStatus

from .schemas import PayoutPage, withdrawal_out

router = Router(tags=["payouts"])


class PayoutFilter(Schema):
    status: WithdrawalStatus | None = None
    cursor: ObjectId | None = None
    limit: int = Field(50, ge=1, le=200)


@router.get("/payouts", response={200: PayoutPage, **errors(401, 403)})
def payout_list(request, filters: Query[PayoutFilter]):
    """Every shop's withdrawals, newest first; `cursor` is the last id of the previous page."""
    rows = selectors.payouts_page(status=filters.status, after=filters.cursor,
                                  limit=filters.limit)
    return {"items": [withdrawal_out(w, for_operator=True) for w in rows],
            "next_cursor": rows[-1].pk if len(rows) == filters.limit else None}
