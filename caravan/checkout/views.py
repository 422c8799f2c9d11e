"""Cart and checkout pages. The card form posts to the sandbox's tokenisation endpoint from the
browser; this server only ever receives the token."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from caravan.account.selectors import address_get, address_list, address_snapshot
from caravan.core.errors import DomainError
from caravan.core.ratelimit import client_ip

from . import cart as carts
from .models import Checkout
from .selectors import cart_view, checkout_view
from .services import checkout_place


def _session_key(request) -> str:
    if not request.session.session_key:
        request.session.save()
    return request.session.session_key


def request_cart(request, *, create: bool = False):
    """The account's cart when logged in, else the visitor's session cart."""
    if request.user.is_authenticated:
        return carts.cart_get(user=request.user, create=create)
    return carts.cart_get(session_key=_session_key(request), create=create)


def _country(request) -> str | None:
    profile = getattr(request.user, "buyer_profile", None) if request.user.is_authenticated \
        else None
    country = request.GET.get("country") or (profile.country if profile else None)
    return country.upper()[:2] if country else None


def cart_page(request):
    view = cart_view(cart=request_cart(request), country=_country(request),
                     language=get_language() or "en")
    return render(request, "checkout/cart.html", {"cart": view})


@require_POST
def cart_add_view(request):
    try:
        carts.cart_add(cart=request_cart(request, create=True),
                       sku_id=int(request.POST.get("sku", "0")),
                       quantity=int(request.POST.get("quantity", "1")))
    except (DomainError, ValueError) as exc:
        messages.error(request, getattr(exc, "message", _("Choose a quantity.")))
        return redirect(request.POST.get("next") or "checkout:cart")
    messages.success(request, _("Added to your cart."))
    return redirect("checkout:cart")


@require_POST
def cart_line_view(request, line_id: int):
    cart = request_cart(request)
    try:
        line = carts.cart_line_of(cart=cart, line_id=line_id) if cart else None
        if line is None:
            raise DomainError(_("No such line in your cart."))
        if request.POST.get("remove"):
            carts.cart_line_remove(line=line)
        else:
            carts.cart_line_update(line=line, quantity=int(request.POST.get("quantity", "1")))
    except (DomainError, ValueError) as exc:
        messages.error(request, getattr(exc, "message", _("Choose a quantity.")))
    return redirect("checkout:cart")


def _checkout_context(request, **extra) -> dict:
    country = request.POST.get("country") or _country(request)
    addresses = list(address_list(user=request.user)) if request.user.is_buyer else []
    if not country and addresses:
        country = addresses[0].country_code
    return {"cart": cart_view(cart=request_cart(request), country=country,
                              language=get_language() or "en"),
            "addresses": addresses, "country": country,
            "idempotency_key": request.POST.get("idempotency_key") or uuid.uuid4().hex, **extra}


@login_required
def checkout_page(request):
    if request.method != "POST":
        return render(request, "checkout/checkout.html", _checkout_context(request))
    try:
        address = _chosen_address(request)
        shipping = {int(k.split("-", 1)[1]): v for k, v in request.POST.items()
                    if k.startswith("shipping-")}
        done = checkout_place(
            buyer=request.user, cart=request_cart(request), key=request.POST["idempotency_key"],
            body={"address": address, "shipping": shipping,
                  "token": request.POST.get("payment_token", "")},
            address=address, shipping=shipping,
            payment_token=request.POST.get("payment_token", ""), client_ip=client_ip(request))
    except DomainError as exc:
        response = render(request, "checkout/checkout.html",
                          _checkout_context(request, error=exc), status=exc.status)
        for name, value in getattr(exc, "headers", {}).items():  # Retry-After when limited
            response[name] = value
        return response
    return redirect("checkout:done", checkout_id=done.pk)


def _chosen_address(request) -> dict:
    saved = address_get(user=request.user, address_id=int(request.POST.get("address_id") or 0))
    return address_snapshot(saved)


@login_required
def checkout_done(request, checkout_id: int):
    checkout = get_object_or_404(Checkout, pk=checkout_id, buyer=request.user)
    return render(request, "checkout/done.html", {"checkout": checkout_view(checkout)})
