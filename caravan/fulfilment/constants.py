from django.db import models
from django.utils.translation import gettext_lazy as _


class ShipmentMode(models.TextChoices):
    ONLINE = "online", _("Booked online with the platform")
    SELF = "self", _("Arranged by the seller")


class ShipmentStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    ACCEPTED = "accepted", _("Accepted by the carrier")
    IN_TRANSIT = "in_transit", _("In transit")
    CUSTOMS = "customs", _("In customs")
    OUT_FOR_DELIVERY = "out_for_delivery", _("Out for delivery")
    DELIVERED = "delivered", _("Delivered")
    RETURNED = "returned", _("Returned to sender")
    LOST = "lost", _("Lost")


# What a carrier can report: every status but the platform's own "booked".
TRACKING_KINDS = tuple(s for s in ShipmentStatus.values if s != ShipmentStatus.BOOKED)

S = ShipmentStatus
_ENDINGS = frozenset({S.DELIVERED, S.RETURNED, S.LOST})
SHIPMENT_TRANSITIONS = {
    # Carriers skip scans (an untracked leg, a missed hub), so any later stage may come next.
    S.BOOKED: frozenset({S.ACCEPTED, S.IN_TRANSIT, S.CUSTOMS, S.OUT_FOR_DELIVERY}) | _ENDINGS,
    S.ACCEPTED: frozenset({S.IN_TRANSIT, S.CUSTOMS, S.OUT_FOR_DELIVERY}) | _ENDINGS,
    S.IN_TRANSIT: frozenset({S.CUSTOMS, S.OUT_FOR_DELIVERY}) | _ENDINGS,
    # Released by customs, a parcel travels on to the delivery office.
    S.CUSTOMS: frozenset({S.IN_TRANSIT, S.OUT_FOR_DELIVERY}) | _ENDINGS,
    # A failed delivery attempt goes back to the depot.
    S.OUT_FOR_DELIVERY: frozenset({S.IN_TRANSIT}) | _ENDINGS,
    S.DELIVERED: frozenset(),
    S.RETURNED: frozenset(),
    # A parcel declared lost sometimes turns up after all.
    S.LOST: frozenset({S.DELIVERED, S.RETURNED}),
}
del S

# Shipments still on their way (a lost one may yet turn up, but nobody waits for it).
OPEN_STATUSES = frozenset(ShipmentStatus.values) - {ShipmentStatus.DELIVERED,
                                                    ShipmentStatus.RETURNED, ShipmentStatus.LOST}

# UPU S10 service indicators the platform issues, per postal service: R* registered, L* tracked
# letter post such as ePacket, U* untracked with a barcode, C* parcels. Unlisted postal
# services get the registered indicator.
S10_INDICATORS = {"cpost-registered": "RS", "cpost-ordinary": "UA", "epacket": "LX",
                  "hkpost-registered": "RR", "cpost-air-parcel": "CP"}
S10_DEFAULT_INDICATOR = "RS"
# The post each postal carrier's numbers belong to (the S10 country code).
POST_COUNTRIES = {"china-post": "CN", "hongkong-post": "HK"}
# The platform's own lines: this prefix and a 12-digit serial.
PLATFORM_PREFIX = "CVN"
PLATFORM_CARRIER = "caravan"

# Customs forms: postal parcels declare on a CN22 up to this value (UPU: 300 SDR, about USD
# 400); above it, and for express, a CN23 with a commercial invoice.
CN22 = "CN22"
CN23 = "CN23"
CN22_MAX_VALUE_USD = 40_000  # minor units
