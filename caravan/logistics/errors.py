from caravan.core.errors import Conflict


class ShippingUnavailable(Conflict):
    """The chosen service cannot carry this parcel to this country (reason in `fields`)."""

    code = "shipping_unavailable"
