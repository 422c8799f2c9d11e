from ninja import Query, Router, Schema
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.order import aftersale, selectors
from caravan.order.api.store import CancellationOut, cancellation_view
from caravan.order.constants import OrderStatus
from caravan.seller.selectors import shop_of

from .schemas import OrderOut, OrderPage

router = Router(tags=["orders"])


class Filter(Schema):
    status: OrderStatus | None = None
    cursor: ObjectId | None = None
    limit: int = Field(20, ge=1, le=100)


@router.get("/orders", response={200: OrderPage, **errors(401, 403, 404)})
def order_list(request, filters: Query[Filter]):
    orders = selectors.seller_orders(shop=shop_of(user=request.user), status=filters.status,
                                     after=filters.cursor, limit=filters.limit)
    return {"items": [selectors.order_view(o, for_seller=True) for o in orders],
            "next_cursor": orders[-1].id if len(orders) == filters.limit else None}


@router.get("/orders/{order_id}", response={200: OrderOut, **errors(401, 403, 404)})
def order_detail(request, order_id: ObjectId):
    order = selectors.seller_order(shop=shop_of(user=request.user), order_id=order_id)
    return selectors.order_view(order, for_seller=True)


class DecisionIn(Schema):
    approve: bool
    answer: str = Field("", max_length=500)


@router.post("/orders/{order_id}/cancellation-requests/{request_id}/decision",
             response={200: CancellationOut, **errors(401, 403, 404, 409)})
def cancellation_decide(request, order_id: ObjectId, request_id: ObjectId, payload: DecisionIn):
    order = selectors.seller_order(shop=shop_of(user=request.user), order_id=order_id)
    pending = selectors.cancellation_of(order=order, request_id=request_id)
    decided = aftersale.cancellation_decide(request=pending, actor=request.user,
                                            approve=payload.approve, answer=payload.answer)
    return cancellation_view(decided)
