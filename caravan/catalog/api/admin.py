from ninja import Query, Router, Schema
from pydantic import Field

from caravan.catalog import selectors, services
from caravan.core.api import ObjectId, errors

from .schemas import ReviewDecisionIn, ReviewPage, SubmitOut

router = Router(tags=["listing reviews"])


class ReviewFilter(Schema):
    cursor: ObjectId | None = None
    limit: int = Field(50, ge=1, le=200)


@router.get("/reviews", response={200: ReviewPage, **errors(401, 403)})
def review_list(request, filters: Query[ReviewFilter]):
    items = selectors.review_queue(after=filters.cursor, limit=filters.limit)
    next_cursor = str(items[-1]["id"]) if len(items) == filters.limit else None
    return {"items": items, "next_cursor": next_cursor}


@router.post("/reviews/{product_id}/decision",
             response={200: SubmitOut, **errors(401, 403, 404, 409)})
def review_decide(request, product_id: ObjectId, payload: ReviewDecisionIn):
    product = selectors.product_any(product_id=product_id)
    services.listing_review_decide(product=product, actor=request.user, approve=payload.approve,
                                   reason=payload.reason)
    return {"id": product.id, "status": product.status, "hits": []}
