from django.utils.translation import get_language
from ninja import Header, Router, Status

from caravan.account.selectors import address_get, address_snapshot
from caravan.account.validation import normalize_address
from caravan.checkout import cart as carts
from caravan.checkout import selectors
from caravan.checkout.services import checkout_place
from caravan.core.api import ObjectId, errors
from caravan.core.errors import InvalidInput
from caravan.core.ratelimit import client_ip

from .schemas import CartItemIn, CartItemPatch, CartOut, CheckoutIn, CheckoutOut

router = Router(tags=["cart and checkout"])


def _cart_view(request, country: str | None):
    cart = carts.cart_get(user=request.user)
    profile = getattr(request.user, "buyer_profile", None)
    country = (country or (profile.country if profile else "") or "").upper() or None
    return selectors.cart_view(cart=cart, country=country, language=get_language() or "en")


@router.get("/cart", response={200: CartOut, **errors(401, 403)})
def cart_detail(request, country: str | None = None):
    return _cart_view(request, country)


@router.post("/cart/items", response={201: CartOut, **errors(401, 403, 404, 409)})
def cart_item_add(request, payload: CartItemIn):
    cart = carts.cart_get(user=request.user, create=True)
    carts.cart_add(cart=cart, sku_id=payload.sku, quantity=payload.quantity)
    return Status(201, _cart_view(request, None))


@router.patch("/cart/items/{line_id}", response={200: CartOut, **errors(401, 403, 404, 409)})
def cart_item_update(request, line_id: ObjectId, payload: CartItemPatch):
    cart = carts.cart_get(user=request.user, create=True)
    carts.cart_line_update(line=carts.cart_line_of(cart=cart, line_id=line_id),
                           quantity=payload.quantity)
    return _cart_view(request, None)


@router.delete("/cart/items/{line_id}", response={200: CartOut, **errors(401, 403, 404)})
def cart_item_remove(request, line_id: ObjectId):
    cart = carts.cart_get(user=request.user, create=True)
    carts.cart_line_remove(line=carts.cart_line_of(cart=cart, line_id=line_id))
    return _cart_view(request, None)


def _address(request, payload: CheckoutIn) -> dict:
    if payload.address_id:
        saved = address_get(user=request.user, address_id=payload.address_id)
        return address_snapshot(saved)
    if payload.address is None:
        raise InvalidInput("Give an address or an address_id.",
                           fields={"address": ["Give an address or an address_id."]})
    return normalize_address(payload.address.dict())


@router.post("/checkout", response={200: CheckoutOut, 201: CheckoutOut,
                                    **errors(401, 403, 404, 409, 429)})
def checkout(request, payload: CheckoutIn,
             idempotency_key: str = Header("", alias="Idempotency-Key", max_length=100)):
    """Place one order per seller and pay them with one card payment, into escrow.

    Send an `Idempotency-Key` header: the same key and body answer as the first request did
    (no second order, no second charge); the same key with another body is refused (409).
    New checkouts are limited per buyer and per client address (429 with Retry-After)."""
    done = checkout_place(
        buyer=request.user, cart=carts.cart_get(user=request.user), key=idempotency_key,
        body=payload.dict(), address=_address(request, payload),
        shipping={choice.shop_id: choice.service for choice in payload.shipping},
        payment_token=payload.payment_token, client_ip=client_ip(request))
    return Status(201, selectors.checkout_view(done))
