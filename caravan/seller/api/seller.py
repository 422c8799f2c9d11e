from ninja import Router, Status

from caravan.core.api import errors
from caravan.seller import selectors, services

from .schemas import ShopIn, ShopOut, ShopPatch

router = Router(tags=["shop"])


@router.get("/shop", response={200: ShopOut, **errors(401, 403, 404)})
def shop_detail(request):
    return selectors.shop_of(user=request.user)


@router.post("/shop", response={201: ShopOut, **errors(401, 403, 409)})
def shop_create(request, payload: ShopIn):
    return Status(201, services.shop_create(owner=request.user, **payload.dict()))


@router.patch("/shop", response={200: ShopOut, **errors(401, 403, 404, 409)})
def shop_update(request, payload: ShopPatch):
    shop = selectors.shop_of(user=request.user)
    return services.shop_update(shop=shop, actor=request.user, **payload.dict(exclude_none=True))
