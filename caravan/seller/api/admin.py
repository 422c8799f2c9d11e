from ninja import Query, Router, Schema
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.seller import selectors, services
from caravan.seller.constants import ShopStatus

from .schemas import ShopOut, ShopPage, ShopStatusIn

router = Router(tags=["shops"])


class ShopFilter(Schema):
    status: ShopStatus | None = None
    cursor: ObjectId | None = None
    limit: int = Field(50, ge=1, le=200)


@router.get("/shops", response={200: ShopPage, **errors(401, 403)})
def shop_list(request, filters: Query[ShopFilter]):
    shops = selectors.shop_page(status=filters.status, after=filters.cursor, limit=filters.limit)
    next_cursor = shops[-1].id if len(shops) == filters.limit else None
    return {"items": shops, "next_cursor": next_cursor}


@router.post("/shops/{shop_id}/status", response={200: ShopOut, **errors(401, 403, 404, 409)})
def shop_status(request, shop_id: ObjectId, payload: ShopStatusIn):
    shop = selectors.shop_get(shop_id=shop_id)
    services.shop_set_status(shop=shop, to=ShopStatus(payload.status), actor=request.user,
                             reason=payload.reason)
    return shop
