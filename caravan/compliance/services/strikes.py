"""Strike points for upheld IP complaints, and the penalties their total brings."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction

from caravan.account.models import User
from caravan.catalog import services as catalog_services
from caravan.core import clock
from caravan.core.outbox import outbox_write
from caravan.seller.constants import ShopStatus
from caravan.seller.models import Shop
from caravan.seller.services import shop_set_status

from ..constants import RightKind
from ..models import IpComplaint, Strike
from ..selectors import strike_total


def strike_points_for(kind: str) -> int:
    return {RightKind.TRADEMARK: settings.STRIKE_POINTS_TRADEMARK,
            RightKind.COPYRIGHT: settings.STRIKE_POINTS_COPYRIGHT,
            RightKind.PATENT: settings.STRIKE_POINTS_PATENT}[kind]


@transaction.atomic
def strike_add(*, complaint: IpComplaint, actor: User | None) -> Strike:
    """The strike for an upheld complaint (at most one), then the penalties the total reaches."""
    # The shop's row is the lock: concurrent strikes on one shop see each other's points.
    shop = Shop.objects.select_for_update().get(pk=complaint.shop_id)
    now = clock.now()
    strike, created = Strike.objects.get_or_create(complaint=complaint, defaults={
        "shop": shop, "points": strike_points_for(complaint.kind), "created_at": now,
        "expires_at": now + timedelta(days=settings.STRIKE_POINTS_TTL_DAYS),
        "reason": f"upheld {complaint.kind} complaint {complaint.pk}"})
    if created:
        total = strike_total(shop_id=shop.pk)
        outbox_write(topic="shop.strike", recipient=shop.owner,
                     payload={"complaint_id": complaint.pk, "points": strike.points,
                              "total": total, "freeze_at": settings.STRIKE_FREEZE_AT,
                              "close_at": settings.STRIKE_CLOSE_AT})
        _penalise(shop, total=total, actor=actor)
    return strike


def _penalise(shop: Shop, *, total: int, actor: User | None) -> None:
    """At FREEZE_AT points every live listing is suspended; at CLOSE_AT the shop is too.

    Checked on every new strike, so a shop above a threshold is penalised again for each new
    infringement (listings put live again meanwhile are frozen again).
    """
    if total >= settings.STRIKE_FREEZE_AT:
        reason = f"{total} strike points (listings freeze at {settings.STRIKE_FREEZE_AT})"
        frozen = catalog_services.listings_suspend_shop(shop=shop, actor=actor, reason=reason)
        outbox_write(topic="shop.listings_frozen", recipient=shop.owner,
                     payload={"total": total, "listings": frozen})
    if total >= settings.STRIKE_CLOSE_AT and shop.status != ShopStatus.SUSPENDED:
        reason = f"{total} strike points (shop closes at {settings.STRIKE_CLOSE_AT})"
        shop_set_status(shop=shop, to=ShopStatus.SUSPENDED, actor=actor, reason=reason)
        outbox_write(topic="shop.suspended", recipient=shop.owner,
                     payload={"total": total, "reason": reason})
