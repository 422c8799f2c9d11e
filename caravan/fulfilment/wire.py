"""The carriers' event format on the wire: one JSON object per request, signed over its bytes.

    {"id": "evt-123", "tracking_number": "RS123456785CN", "kind": "in_transit",
     "location": "Shanghai, CN", "description": "Departed from the exchange office",
     "occurred_at": "2026-03-02T08:15:00Z"}
"""

import json
from datetime import datetime
from typing import Literal

from django.utils.translation import gettext as _
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from caravan.core.api import validation_fields
from caravan.core.errors import InvalidInput

from .constants import TRACKING_KINDS

SIGNATURE_HEADER = "X-Caravan-Signature"


class CarrierEvent(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=100)
    tracking_number: str = Field(min_length=1, max_length=40)
    kind: Literal[TRACKING_KINDS]  # type: ignore[valid-type]  (the values of a tuple)
    location: str = Field("", max_length=200)
    description: str = Field("", max_length=300)
    occurred_at: AwareDatetime


def event_parse(body: bytes) -> CarrierEvent:
    """The event in `body`, or InvalidInput (422) saying what is wrong with it."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput(_("The body is not JSON."), code="malformed_body") from None
    if not isinstance(data, dict):
        raise InvalidInput(_("The body must be one JSON object."), code="malformed_body")
    try:
        event = CarrierEvent.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(_("Some fields are invalid."),
                           fields=validation_fields(exc.errors())) from None
    return event


def event_body(*, event_id: str, tracking_number: str, kind: str, occurred_at: datetime,
               location: str = "", description: str = "") -> bytes:
    """An event as a carrier sends it (the simulator posts these, signed, like a carrier)."""
    return json.dumps({"id": event_id, "tracking_number": tracking_number, "kind": kind,
                       "location": location, "description": description,
                       "occurred_at": occurred_at.isoformat()}, sort_keys=True).encode()
