from ninja import Query, Router, Schema, Status
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.order import aftersale, selectors

from .schemas import OrderOut, OrderPage

router = Router(tags=["orders"])


class Page(Schema):
    cursor: ObjectId | None = None
    limit: int = Field(20, ge=1, le=100)


@router.get("/orders", response={200: OrderPage, **errors(401, 403)})
def order_list(request, page: Query[Page]):
    orders = selectors.buyer_orders(buyer=request.user, after=page.cursor, limit=page.limit)
    return {"items": [selectors.order_view(o) for o in orders],
            "next_cursor": orders[-1].id if len(orders) == page.limit else None}


@router.get("/orders/{order_id}", response={200: OrderOut, **errors(401, 403, 404)})
def order_detail(request, order_id: ObjectId):
    return selectors.order_view(selectors.buyer_order(buyer=request.user, order_id=order_id))


class CancellationIn(Schema):
    reason: str = Field(min_length=1, max_length=500)


class CancellationOut(Schema):
    id: int
    order_id: int
    status: str
    reason: str
    respond_by: str
    answer: str


def cancellation_view(request_row) -> dict:
    return {"id": request_row.id, "order_id": request_row.order_id,
            "status": request_row.status, "reason": request_row.reason,
            "respond_by": request_row.respond_by.isoformat(), "answer": request_row.answer}


@router.post("/orders/{order_id}/confirm-receipt",
             response={200: OrderOut, **errors(401, 403, 404, 409)})
def confirm_receipt(request, order_id: ObjectId):
    """The buyer has the goods: the order completes and the seller is paid from escrow."""
    order = selectors.buyer_order(buyer=request.user, order_id=order_id)
    aftersale.order_confirm_receipt(order=order, buyer=request.user)
    return selectors.order_view(selectors.buyer_order(buyer=request.user, order_id=order_id))


@router.post("/orders/{order_id}/cancellation-requests",
             response={201: CancellationOut, **errors(401, 403, 404, 409)})
def cancellation_request(request, order_id: ObjectId, payload: CancellationIn):
    order = selectors.buyer_order(buyer=request.user, order_id=order_id)
    created = aftersale.cancellation_request(order=order, buyer=request.user,
                                             reason=payload.reason)
    return Status(201, cancellation_view(created))
