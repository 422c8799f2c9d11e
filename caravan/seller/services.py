import importlib

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.crypto import get_random_string
from django.utils.text import slugify
from django.utils.translation import gettext as _
from stdnum.exceptions import ValidationError as StdnumError

from caravan.account.constants import Role
from caravan.account.models import User
from caravan.account.services import country_check, role_grant
from caravan.core.errors import InvalidInput
from caravan.core.states import transition

from .constants import REGISTRATION_VALIDATORS, SHOP_TRANSITIONS, SettlementCurrency, ShopStatus
from .errors import ShopExists, SlugTaken
from .models import Shop, ShopEvent

# Changing who the business is sends a verified shop back to verification.
IDENTITY_FIELDS = ("country", "registration_number")
SLUG_MAX = 60


def shop_country_check(country: str) -> str:
    code = country_check(country)
    if code not in settings.SELLER_COUNTRIES:
        raise InvalidInput(_("Shops can be opened from: %(list)s.")
                           % {"list": ", ".join(settings.SELLER_COUNTRIES)},
                           fields={"country": [_("Sellers from this country are not admitted.")]})
    return code


def registration_check(*, country: str, number: str) -> str:
    """The compact registration number, checked with python-stdnum where it knows the format."""
    number = (number or "").strip()
    if not number:
        raise InvalidInput(_("A business registration number is required."),
                           fields={"registration_number": [_("This field is required.")]})
    module_name = REGISTRATION_VALIDATORS.get(country)
    if module_name is None:
        return number
    validator = importlib.import_module(module_name)
    try:
        return validator.validate(number)
    except StdnumError as exc:
        raise InvalidInput(
            _("The business registration number is not valid."),
            fields={"registration_number": [_("Not a valid %(name)s: %(why)s") % {
                "name": validator.__doc__.split("\n", 1)[0].rstrip("."), "why": exc.message}]},
        ) from exc


def settlement_check(currency: str) -> str:
    code = (currency or "").upper()
    if code not in SettlementCurrency.values or code not in settings.SETTLEMENT_CURRENCIES:
        raise InvalidInput(_("Settlement is in USD or CNY."),
                           fields={"settlement_currency": [_("Choose USD or CNY.")]})
    return code


def _slug_for(name: str, wanted: str | None) -> str:
    if wanted and len(wanted) > SLUG_MAX:
        raise InvalidInput(_("The shop address is too long."),
                           fields={"slug": [_("At most %(n)d characters.") % {"n": SLUG_MAX}]})
    slug = slugify(wanted or name)[:SLUG_MAX].strip("-")
    if wanted and slug != wanted:
        raise InvalidInput(_("Use lowercase letters, digits and hyphens."),
                           fields={"slug": [_("Use lowercase letters, digits and hyphens.")]})
    return slug or f"shop-{get_random_string(8).lower()}"


@transaction.atomic
def shop_create(*, owner: User, name: str, country: str, registration_number: str,
                settlement_currency: str = "USD", slug: str | None = None,
                description: str = "") -> Shop:
    country = shop_country_check(country)
    fields = {
        "name": name.strip(),
        "country": country,
        "registration_number": registration_check(country=country, number=registration_number),
        "settlement_currency": settlement_check(settlement_currency),
        "slug": _slug_for(name, slug),
        "description": description.strip(),
    }
    if not fields["name"]:
        raise InvalidInput(_("A shop name is required."), fields={"name": [_("Required.")]})
    if Shop.objects.filter(owner=owner).exists():
        raise ShopExists(_("You have a shop already."))
    if Shop.objects.filter(slug=fields["slug"]).exists():
        raise SlugTaken(_("This shop address is taken."), fields={"slug": [_("Taken.")]})
    try:
        with transaction.atomic():
            shop = Shop.objects.create(owner=owner, **fields)
    except IntegrityError as exc:  # a concurrent request took the owner or the slug
        raise ShopExists(_("You have a shop already, or the address is taken.")) from exc
    role_grant(user=owner, role=Role.SELLER)
    return shop


@transaction.atomic
def shop_update(*, shop: Shop, actor: User, **changes) -> Shop:
    changes = {k: v for k, v in changes.items() if v is not None}
    if "country" in changes:
        changes["country"] = shop_country_check(changes["country"])
    if {"country", "registration_number"} & changes.keys():
        changes["registration_number"] = registration_check(
            country=changes.get("country", shop.country),
            number=changes.get("registration_number", shop.registration_number))
    if "settlement_currency" in changes:
        changes["settlement_currency"] = settlement_check(changes["settlement_currency"])
    if "slug" in changes:
        changes["slug"] = _slug_for(shop.name, changes["slug"])
        if Shop.objects.filter(slug=changes["slug"]).exclude(pk=shop.pk).exists():
            raise SlugTaken(_("This shop address is taken."), fields={"slug": [_("Taken.")]})
    if "name" in changes and not changes["name"].strip():
        raise InvalidInput(_("A shop name is required."), fields={"name": [_("Required.")]})
    identity_changed = any(changes.get(f, getattr(shop, f)) != getattr(shop, f)
                           for f in IDENTITY_FIELDS)
    for field, value in changes.items():
        setattr(shop, field, value)
    # Only the edited columns: a status moved meanwhile by an operator must not be written back.
    shop.save(update_fields=list(changes))
    if identity_changed and shop.status == ShopStatus.ACTIVE:
        shop_set_status(shop=shop, to=ShopStatus.PENDING, actor=actor,
                        reason="business identity changed; verification needed again")
    return shop


def shop_set_status(*, shop: Shop, to: ShopStatus, actor: User | None, reason: str) -> ShopEvent:
    return transition(shop, to=to, table=SHOP_TRANSITIONS, event_model=ShopEvent, actor=actor,
                      reason=reason, shop=shop)
