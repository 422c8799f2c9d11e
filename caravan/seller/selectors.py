from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core.errors import NotFound

from .errors import NoShop
from .models import Shop


def shop_of(*, user: User) -> Shop:
    shop = Shop.objects.filter(owner=user).first()
    if shop is None:
        raise NoShop(_("You have no shop yet; create one first."))
    return shop


def shop_get(*, shop_id: int) -> Shop:
    shop = Shop.objects.filter(pk=shop_id).first()
    if shop is None:
        raise NotFound(_("No such shop."))
    return shop


def shop_page(*, status: str | None, after: int | None, limit: int) -> list[Shop]:
    """One page of shops in id order; `after` is the last id of the previous page (keyset)."""
    shops = Shop.objects.order_by("id")
    if status:
        shops = shops.filter(status=status)
    if after:
        shops = shops.filter(id__gt=after)
    return list(shops[:limit])
