from ninja import Router

from caravan.core.api import ObjectId, errors
from caravan.fulfilment import selectors

from .schemas import TrackingOut

router = Router(tags=["orders"])


@router.get("/orders/{order_id}/tracking", response={200: TrackingOut, **errors(401, 403, 404)})
def order_tracking(request, order_id: ObjectId):
    """Where the buyer's parcel is: the carrier, the tracking number and the carrier's scans."""
    return selectors.buyer_tracking(buyer=request.user, order_id=order_id)
