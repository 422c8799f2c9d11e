from django.http import HttpResponse
from ninja import Router, Status

from caravan.core.api import ObjectId, errors
from caravan.fulfilment import selectors, services
from caravan.order.selectors import seller_order
from caravan.seller.selectors import shop_of

from .schemas import ShipmentIn, ShipmentOut

router = Router(tags=["shipments"])


@router.post("/orders/{order_id}/shipments",
             response={201: ShipmentOut, **errors(401, 403, 404, 409)})
def shipment_create(request, order_id: ObjectId, payload: ShipmentIn):
    """Ship a paid order before its ship-by time: book it online (a tracking number and a
    label are issued) or enter the carrier and tracking number of a parcel sent another way."""
    order = seller_order(shop=shop_of(user=request.user), order_id=order_id)
    shipment = services.shipment_create(order=order, actor=request.user, **payload.dict())
    return Status(201, selectors.shipment_view(shipment))


@router.get("/orders/{order_id}/shipment", response={200: ShipmentOut, **errors(401, 403, 404)})
def shipment_detail(request, order_id: ObjectId):
    shipment = selectors.seller_shipment(shop=shop_of(user=request.user), order_id=order_id)
    return selectors.shipment_view(shipment)


@router.get("/orders/{order_id}/label", response={**errors(401, 403, 404)},
            openapi_extra={"responses": {200: {"description": "The printable label (HTML)",
                                               "content": {"text/html": {}}}}})
def shipment_label(request, order_id: ObjectId):
    """The label with the customs declaration (CN22, or CN23 and invoice), ready to print."""
    html = selectors.seller_label(shop=shop_of(user=request.user), order_id=order_id)
    return HttpResponse(html, content_type="text/html; charset=utf-8")
