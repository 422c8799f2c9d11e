"""Carriers push tracking events here. No bearer token: each request is signed with the
carrier's secret (`X-Caravan-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`)."""

from ninja import Router

from caravan.core.api import errors
from caravan.fulfilment import services
from caravan.fulfilment.wire import CarrierEvent

from .schemas import CarrierEventOut

router = Router(tags=["carriers"])


@router.post("/{carrier}/events", response={200: CarrierEventOut, **errors(401, 404)},
             auth=None, openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": CarrierEvent.model_json_schema()}}}})
def carrier_event(request, carrier: str):
    """One tracking event. A replayed event id is acknowledged and changes nothing."""
    event, recorded = services.carrier_event_receive(carrier=carrier, body=request.body,
                                                     headers=request.headers)
    return {"received": True, "duplicate": not recorded, "applied": event.applied}
