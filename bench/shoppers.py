"""Buyers ready to check out, made before the timed part (runs in the Django process).

Each buyer gets a bearer token, a cart with one line and a fresh sandbox card token, so the timed
part is the checkout request alone. Rows are bulk-created: the per-row services would take
minutes for the 30,000 buyers of a full run, and they write the same rows. Card tokens come from
the sandbox's own `card_tokenise`, one distinct card number per buyer, so the risk rules see
ordinary traffic (no card velocity), and accounts are 90 days old (no new-account points).
"""

import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.test import Client

from caravan.account.models import ApiToken, BuyerProfile, User
from caravan.account.services import token_hash
from caravan.catalog.models import Sku
from caravan.checkout.cart import cart_add, cart_get
from caravan.checkout.models import Cart, CartLine
from caravan.checkout.summary import cart_groups
from caravan.core import clock
from caravan.payment.constants import TEST_CARDS
from caravan.payment.providers.sandbox import card_tokenise

COUNTRY = "DE"
ADDRESS = {"name": "Erika Mustermann", "country_code": "DE", "city": "Berlin",
           "postal_code": "10115", "street_address": "Invalidenstraße 1",
           "phone": "+4915123456789"}
BATCH = 2000


@dataclass(frozen=True)
class Offer:
    """A SKU that checks out to COUNTRY, with the shipping choice its checkout body names."""

    sku_id: int
    shop_id: int
    service: str


def luhn_card(n: int) -> str:
    """A valid 16-digit Visa-range number, distinct for each n, that no test card uses."""
    body = f"4{n:014d}"
    total = 0
    for i, ch in enumerate(reversed(body)):
        digit = int(ch) * (2 if i % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    number = body + str((10 - total % 10) % 10)
    if number in TEST_CARDS:
        raise ValueError(f"{number} is a sandbox test card")
    return number


def create_buyers(tag: str, count: int) -> list[tuple[User, str]]:
    """`count` buyers in COUNTRY with a bearer token each (the raw token is returned)."""
    password = make_password(None)  # they use bearer tokens only
    joined, now = clock.now() - timedelta(days=90), clock.now()
    prefix = f"bench-{tag}-"
    User.objects.bulk_create(
        [User(email=f"{prefix}{n:06d}@bench.caravan.test", password=password, country=COUNTRY,
              is_buyer=True, date_joined=joined) for n in range(count)], batch_size=BATCH)
    users = list(User.objects.filter(email__startswith=prefix).order_by("id"))
    BuyerProfile.objects.bulk_create(
        [BuyerProfile(user=u, country=COUNTRY, language="en", display_currency="EUR")
         for u in users], batch_size=BATCH)
    raw = [secrets.token_urlsafe(32) for _ in users]
    ApiToken.objects.bulk_create(
        [ApiToken(user=u, key_hash=token_hash(r), prefix=r[:8], expires_at=now + timedelta(days=1))
         for u, r in zip(users, raw, strict=True)], batch_size=BATCH)
    return list(zip(users, raw, strict=True))


def fill_carts(buyers: list[tuple[User, str]], offers: list[Offer]) -> None:
    """One line per buyer, the offers taken in turn."""
    Cart.objects.bulk_create([Cart(owner=user) for user, _raw in buyers], batch_size=BATCH)
    ids = [user.pk for user, _raw in buyers]
    carts = {}
    for start in range(0, len(ids), BATCH):
        carts.update(Cart.objects.filter(owner_id__in=ids[start:start + BATCH])
                     .values_list("owner_id", "id"))
    CartLine.objects.bulk_create(
        [CartLine(cart_id=carts[user.pk], sku_id=offers[n % len(offers)].sku_id, quantity=1)
         for n, (user, _raw) in enumerate(buyers)], batch_size=BATCH)


@transaction.atomic
def card_tokens(count: int, first: int) -> list[str]:
    return [card_tokenise(number=luhn_card(first + n), exp_month=12, exp_year=2031, cvc="123",
                          address_line1=ADDRESS["street_address"],
                          postal_code=ADDRESS["postal_code"]).token for n in range(count)]


def attempts(buyers: list[tuple[User, str]], offers: list[Offer], first_card: int) -> list[dict]:
    """One checkout request per buyer: headers and JSON body, as wrk will send them."""
    tokens = card_tokens(len(buyers), first_card)
    out = []
    for n, ((_user, raw), token) in enumerate(zip(buyers, tokens, strict=True)):
        offer = offers[n % len(offers)]
        out.append({"headers": {"Authorization": f"Bearer {raw}",
                                "Idempotency-Key": uuid.uuid4().hex},
                    "body": {"address": ADDRESS, "payment_token": token,
                             "shipping": [{"shop_id": offer.shop_id, "service": offer.service}]}})
    return out


def offer_for(sku: Sku, scratch: User) -> Offer | None:
    """The SKU's shipping choice to COUNTRY, or None when its group has a problem."""
    cart = cart_get(user=scratch, create=True)
    cart.lines.all().delete()
    cart_add(cart=cart, sku_id=sku.pk, quantity=1)
    groups = cart_groups(cart=cart, country=COUNTRY)
    cart.lines.all().delete()
    group = groups[0] if len(groups) == 1 else None
    if group is None or group.problem or any(line.problem for line in group.lines):
        return None
    service = group.cheapest()
    return Offer(sku.pk, group.shop.pk, service) if service else None


def checkout(client: Client, attempt: dict):
    headers = {"Authorization": attempt["headers"]["Authorization"],
               "Idempotency-Key": attempt["headers"]["Idempotency-Key"]}
    return client.post("/api/store/checkout", attempt["body"], content_type="application/json",
                       headers=headers)
