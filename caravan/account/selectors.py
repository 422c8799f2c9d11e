from caravan.core import clock
from caravan.core.errors import NotFound

from .models import Address, ApiToken, User
from .services import token_hash


def token_lookup(raw: str) -> ApiToken | None:
    """The live token for a raw bearer value, with its user, or None."""
    if not raw or len(raw) > 128:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=token_hash(raw), revoked_at__isnull=True, expires_at__gt=clock.now())
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    return token


def address_list(*, user: User):
    return Address.objects.filter(user=user).order_by("id")


def address_get(*, user: User, address_id: int) -> Address:
    address = Address.objects.filter(user=user, pk=address_id).first()
    if address is None:
        raise NotFound("No such address in your address book.")
    return address


SNAPSHOT_FIELDS = ("name", "company_name", "country_code", "country_area", "city", "city_area",
                   "postal_code", "sorting_code", "street_address", "phone")


def address_snapshot(address: Address) -> dict:
    """The address as an order keeps it: a copy that later edits of the book do not change."""
    return {field: getattr(address, field) for field in SNAPSHOT_FIELDS}
