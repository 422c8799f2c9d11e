from ninja import Query, Router, Schema
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.order import selectors

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
