"""Demo orders placed through the real cart, checkout, sandbox card and escrow, so that sellers
find orders waiting and the books hold real money. Keyed per buyer: a second run adds none."""

from caravan.account.models import Address, User
from caravan.account.selectors import address_snapshot
from caravan.catalog.constants import ListingStatus
from caravan.catalog.models import Sku
from caravan.checkout.cart import cart_add, cart_get
from caravan.checkout.models import Checkout
from caravan.checkout.services import checkout_place
from caravan.checkout.summary import cart_groups
from caravan.core.errors import DomainError
from caravan.payment.providers.sandbox import card_tokenise

from . import data

# Mostly good cards; a few declines so buyers see closed orders too (sandbox test numbers).
CARDS = ["4242424242424242"] * 4 + ["4000000000000002"]


def _address(buyer: User) -> dict | None:
    saved = Address.objects.filter(user=buyer).order_by("id").first()
    if saved is None:
        return None
    return address_snapshot(saved)


def _place(buyer: User, skus: list[Sku], card: str, key: str) -> bool:
    address = _address(buyer)
    if address is None:
        return False
    cart = cart_get(user=buyer, create=True)
    cart.lines.all().delete()
    for sku in skus:
        cart_add(cart=cart, sku_id=sku.id, quantity=1)
    groups = cart_groups(cart=cart, country=address["country_code"])
    shipping = {group.shop.pk: group.cheapest() for group in groups}
    if not groups or None in shipping.values():
        cart.lines.all().delete()
        return False
    token = card_tokenise(number=card, exp_month=12, exp_year=2031, cvc="123",
                          address_line1=address["street_address"],
                          postal_code=address["postal_code"]).token
    checkout_place(buyer=buyer, cart=cart, key=key, body={"demo": key}, address=address,
                   shipping=shipping, payment_token=token)
    return True


def place_demo_orders(count: int) -> int:
    """Up to `count` checkouts by the first demo buyers, each for one or two items."""
    skus = list(Sku.objects.filter(product__status=ListingStatus.ACTIVE, stock__gte=5,
                                   product__shop__status="active").order_by("id")[:count * 2])
    buyers = User.objects.filter(email__endswith=f"@{data.DEMO_DOMAIN}", is_buyer=True)
    placed = 0
    for n, buyer in enumerate(buyers.order_by("id")[:count]):
        key = f"demo-order-{n}"
        if Checkout.objects.filter(buyer=buyer, idempotency_key=key).exists() or not skus:
            continue
        picks = skus[n * 2 % len(skus):][:1 + n % 2]
        try:
            placed += _place(buyer, picks, CARDS[n % len(CARDS)], key)
        except DomainError:
            continue  # e.g. the seller does not ship there: the demo just has one order fewer
    return placed
