from caravan.core.errors import Conflict, DomainError, InvalidInput, NotFound


class ShipmentNotFound(NotFound):
    code = "shipment_not_found"


class CarrierNotFound(NotFound):
    code = "carrier_not_found"


class NoLabel(NotFound):
    code = "no_label"


class AlreadyShipped(Conflict):
    code = "already_shipped"


class ServiceUnavailable(Conflict):
    code = "service_unavailable"


class SerialsExhausted(Conflict):
    code = "serials_exhausted"


class TrackingNumberInvalid(InvalidInput):
    code = "invalid_tracking_number"


class TrackingNumberTaken(Conflict):
    code = "tracking_number_taken"


class SignatureRejected(DomainError):
    """A carrier webhook whose signature is wrong, stale or unverifiable."""

    status = 401
    code = "invalid_signature"
