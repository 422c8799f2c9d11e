import hashlib
import secrets
from datetime import timedelta

import pycountry
from babel.languages import get_official_languages
from babel.numbers import get_territory_currencies
from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext as _

from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.models import locked
from caravan.core.ratelimit import Attempt, attempt_count, attempt_forgive, attempts_clear

from .constants import ADDRESS_FIELDS, MAX_ADDRESSES_PER_BUYER, Role
from .errors import BadCredentials, EmailTaken, TooManyAddresses, WeakPassword
from .models import Address, ApiToken, BuyerProfile, User
from .validation import normalize_address


def country_check(country: str, *, field: str = "country") -> str:
    code = (country or "").strip().upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise InvalidInput(_("Unknown country."),
                           fields={field: [_("Use an ISO 3166-1 code.")]})
    return code


def default_currency(country: str) -> str:
    currencies = get_territory_currencies(country, tender=True)
    return currencies[0] if currencies else "USD"


def default_language(country: str) -> str:
    for language in get_official_languages(country, de_facto=True):
        try:
            return get_supported_language_variant(language.replace("_", "-").lower())
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def password_check(password: str, user: User | None = None) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise WeakPassword(_("The password is too weak."),
                           fields={"password": list(exc.messages)}) from exc


def buyer_profile_ensure(*, user: User, country: str) -> BuyerProfile:
    profile, _created = BuyerProfile.objects.get_or_create(
        user=user,
        defaults={"country": country, "language": default_language(country),
                  "display_currency": default_currency(country)},
    )
    return profile


def role_grant(*, user: User, role: Role) -> None:
    flag = {Role.BUYER: "is_buyer", Role.SELLER: "is_seller", Role.OPERATOR: "is_operator"}[role]
    if not getattr(user, flag):
        setattr(user, flag, True)
        user.save(update_fields=[flag])
    if role == Role.BUYER:
        buyer_profile_ensure(user=user, country=user.country or "US")


@transaction.atomic
def user_signup(*, email: str, password: str, role: Role, country: str) -> User:
    country = country_check(country)
    email = User.objects.normalize_email(email).lower()
    password_check(password, User(email=email))
    if User.objects.filter(email=email).exists():
        raise EmailTaken(_("An account with this e-mail exists."),
                         fields={"email": [_("This e-mail is taken.")]})
    try:
        with transaction.atomic():
            user = User.objects.create_user(email, password, country=country)
    except IntegrityError as exc:  # a concurrent sign-up won the race for this e-mail
        raise EmailTaken(_("An account with this e-mail exists.")) from exc
    role_grant(user=user, role=role)
    return user


@transaction.atomic
def operator_create(*, email: str, password: str) -> User:
    """A new operator account, or an existing account made operator (its password is kept)."""
    email = User.objects.normalize_email(email).lower()
    user = User.objects.filter(email=email).first()
    if user is None:
        password_check(password, User(email=email))
        user = User.objects.create_user(email, password)
    user.is_operator = user.is_staff = user.is_superuser = True
    user.save(update_fields=["is_operator", "is_staff", "is_superuser"])
    return user


def buyer_profile_update(*, user: User, **changes) -> BuyerProfile:
    profile = buyer_profile_ensure(user=user, country=user.country or "US")
    if "country" in changes:
        changes["country"] = country_check(changes["country"])
    if "language" in changes and changes["language"] not in dict(settings.LANGUAGES):
        raise InvalidInput(_("Unsupported language."), fields={"language": [_("Not offered.")]})
    if "display_currency" in changes:
        changes["display_currency"] = currency_check(changes["display_currency"])
    for field, value in changes.items():
        setattr(profile, field, value)
    profile.save(update_fields=list(changes))
    return profile


def currency_check(code: str) -> str:
    code = (code or "").strip().upper()
    if pycountry.currencies.get(alpha_3=code) is None:
        raise InvalidInput(_("Unknown currency."),
                           fields={"display_currency": [_("Use an ISO 4217 code.")]})
    return code


# --- API tokens ---

def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def login_attempt(*, email: str, client_ip: str) -> Attempt:
    """Count a log-in attempt against the e-mail tried and the client address (the pages and
    the API share the counters); raises RateLimited over RATE_LIMITS["login"]. Forgive it
    (`attempt_forgive`) when the password was right, so only failures add up."""
    return attempt_count(scope="login", account=(email or "").strip().lower(), ip=client_ip)


def login_attempts_clear(*, email: str) -> None:
    """The owner proved themselves (a password reset): the e-mail's failed log-ins are lifted."""
    attempts_clear(scope="login", account=(email or "").strip().lower())


def token_issue(*, email: str, password: str,
                client_ip: str | None = None) -> tuple[str, ApiToken]:
    """A new bearer token: the raw value (shown once) and its stored record. Asked by a client
    (`client_ip` given), it is limited like any log-in: over the limit the password is not even
    checked."""
    attempt = login_attempt(email=email, client_ip=client_ip) if client_ip is not None \
        else None
    user = authenticate(username=(email or "").strip().lower(), password=password)
    if user is None or not user.is_active:
        raise BadCredentials(_("E-mail or password is wrong."))
    if attempt is not None:
        attempt_forgive(attempt)
    raw = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, key_hash=token_hash(raw), prefix=raw[:8],
                                    expires_at=clock.now() + settings.API_TOKEN_TTL)
    return raw, token


def token_revoke(*, token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=clock.now())


def tokens_purge(*, grace: timedelta = timedelta(days=7)) -> int:
    """Delete tokens expired or revoked more than `grace` ago; returns how many."""
    cutoff = clock.now() - grace
    expired = ApiToken.objects.filter(expires_at__lt=cutoff)
    revoked = ApiToken.objects.filter(revoked_at__lt=cutoff)
    return expired.delete()[0] + revoked.delete()[0]


# --- address book ---

def _address_book_locked(user_id: int) -> None:
    """Writers of one buyer's addresses take turns on the buyer's row: moving the default
    touches every address, so two writers locking addresses in their own order would deadlock."""
    User.objects.select_for_update().filter(pk=user_id).first()


@transaction.atomic
def address_create(*, user: User, data: dict) -> Address:
    fields = normalize_address(data)
    _address_book_locked(user.pk)  # two creations at once cannot pass the limit together
    count = Address.objects.filter(user=user).count()
    if count >= MAX_ADDRESSES_PER_BUYER:
        raise TooManyAddresses(_("An address book holds at most %(n)d addresses.")
                               % {"n": MAX_ADDRESSES_PER_BUYER})
    address = Address.objects.create(user=user, is_default=count == 0, **fields)
    if data.get("is_default") and count:
        address_set_default(address=address)
    return address


@transaction.atomic
def address_update(*, address: Address, data: dict) -> Address:
    _address_book_locked(address.user_id)
    address = locked(address, _("No such address."))
    current = {field: getattr(address, field) for field in (*ADDRESS_FIELDS, "phone")}
    fields = normalize_address({**current, **{k: v for k, v in data.items() if v is not None}})
    for field, value in fields.items():
        setattr(address, field, value)
    address.save()
    if data.get("is_default"):
        address_set_default(address=address)
    return address


def address_set_default(*, address: Address) -> None:
    Address.objects.filter(user_id=address.user_id).exclude(pk=address.pk).update(is_default=False)
    Address.objects.filter(pk=address.pk).update(is_default=True)
    address.is_default = True


@transaction.atomic
def address_delete(*, address: Address) -> None:
    _address_book_locked(address.user_id)
    address = locked(address, _("No such address."))
    user_id, was_default = address.user_id, address.is_default
    address.delete()
    if was_default:
        successor = Address.objects.filter(user_id=user_id).order_by("id").first()
        if successor:
            address_set_default(address=successor)
