"""Checkout: one request makes one order per seller, reserves their stock and takes one card
payment into escrow. A retried request (same Idempotency-Key) finds its checkout and carries on
from where the first stopped, so nothing is ordered or charged twice."""

import hashlib
import json
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.catalog.models import Sku
from caravan.compliance.screening import screen_listing
from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.money import Money
from caravan.core.ratelimit import attempt_count
from caravan.order.constants import OrderStatus
from caravan.order.errors import OutOfStock
from caravan.order.models import Order, OrderLine
from caravan.order.services import order_close_unpaid, order_mark_paid, order_number
from caravan.payment.constants import AttemptStatus
from caravan.payment.models import PaymentAttempt
from caravan.payment.services import payment_authorise, payment_capture, payment_void
from caravan.pricing.selectors import convert
from caravan.pricing.services import import_tax_quote

from .constants import CheckoutStatus
from .errors import CartProblem, EmptyCart, IdempotencyMismatch, ShippingChoiceMissing
from .models import Cart, Checkout
from .summary import Group, cart_groups


def request_hash(body: dict) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


def _existing(buyer: User, key: str, digest: str) -> Checkout | None:
    checkout = Checkout.objects.filter(buyer=buyer, idempotency_key=key).first()
    if checkout is not None and checkout.request_hash != digest:
        raise IdempotencyMismatch(_("This Idempotency-Key was used for another request."))
    return checkout


def _check_groups(groups: list[Group], shipping: dict[int, str], country: str) -> None:
    problems: dict[str, list[str]] = {}
    for group in groups:
        for line in group.lines:
            if line.problem:
                problems[f"lines.{line.line.pk}"] = [f"{line.title}: {line.problem}"]
            screening = screen_listing(shop_id=group.shop.pk, texts=[line.title],
                                       category_id=line.line.sku.product.category_id,
                                       ship_to=[country])
            if screening.outcome != "clear":
                problems[f"lines.{line.line.pk}"] = [_("%(t)s cannot be sent to %(c)s.")
                                                     % {"t": line.title, "c": country}]
        if group.problem:
            problems[f"shops.{group.shop.pk}"] = [group.problem]
        elif shipping.get(group.shop.pk) not in group.options:
            problems[f"shipping.{group.shop.pk}"] = [_("Choose one of: %(s)s.")
                                                    % {"s": ", ".join(sorted(group.options))}]
    if problems:
        error = ShippingChoiceMissing if all(k.startswith("shipping.") for k in problems) else \
            CartProblem
        raise error(_("Some items cannot be checked out as they are."), fields=problems)


def _reserve(groups: list[Group]) -> None:
    """Take the units off sale, in SKU order so concurrent checkouts never deadlock. The
    conditional update and the stock >= 0 constraint make overselling impossible."""
    lines = sorted((line for group in groups for line in group.lines),
                   key=lambda line: line.line.sku_id)
    for line in lines:
        taken = Sku.objects.filter(pk=line.line.sku_id, stock__gte=line.quantity).update(
            stock=F("stock") - line.quantity)
        if not taken:
            raise OutOfStock(_("%(t)s sold out meanwhile.") % {"t": line.title},
                             fields={f"lines.{line.line.pk}": [_("Sold out.")]})


def _settlement(shop, total: int) -> tuple[str, int, Decimal, str]:
    """The seller's currency and the order's value in it, at the rate in force (recorded)."""
    if shop.settlement_currency == "USD":
        return "USD", total, Decimal(1), ""
    conversion = convert(Money(total, "USD"), shop.settlement_currency)
    return conversion.money.currency, conversion.money.amount, conversion.rate, conversion.source


def _order_for(*, group: Group, service: str, address: dict, country: str) -> Order:
    """The seller group's order, priced (goods, shipping, import tax, settlement), not saved."""
    option = group.options[service]
    items, shipping = group.items_total, option["price"]
    tax = import_tax_quote(country=country, goods=Money(items, "USD"),
                           shipping=Money(shipping, "USD"))
    total = items + shipping + (tax.tax.amount if tax.collected else 0)
    currency, settlement_total, rate, source = _settlement(group.shop, total)
    return Order(
        number=order_number(), shop=group.shop, items_total=items, shipping_total=shipping,
        tax_total=tax.tax.amount if tax.collected else 0, total=total,
        settlement_currency=currency, settlement_total=settlement_total, fx_rate=rate,
        fx_source=source, import_tax=tax.as_dict(), shipping_service=service,
        shipping_days_min=option["days_min"], shipping_days_max=option["days_max"],
        protection_days=option["protection_days"], handling_days=option["handling_days"],
        ship_to=address, ship_to_country=country,
        payment_due_at=clock.now() + timedelta(minutes=settings.PAYMENT_WINDOW_MINUTES))


def _create_order(*, checkout: Checkout, order: Order, group: Group) -> Order:
    order.checkout, order.buyer = checkout, checkout.buyer
    order.save(force_insert=True)
    OrderLine.objects.bulk_create([OrderLine(
        order=order, sku=line.line.sku, product_id=line.line.sku.product_id, title=line.title,
        options=line.line.sku.options, sale_unit=line.line.sku.product.sale_unit,
        lot_size=line.line.sku.product.lot_size, unit_price=line.unit_price,
        quantity=line.quantity, line_total=line.total, shipping=0) for line in group.lines])
    return order


@transaction.atomic
def _place(*, buyer: User, cart: Cart, key: str, digest: str, address: dict,
           shipping: dict[int, str], payment_token: str) -> Checkout:
    country = address["country_code"]
    groups = cart_groups(cart=cart, country=country)
    if not groups:
        raise EmptyCart(_("Your cart is empty."))
    _check_groups(groups, shipping, country)
    _reserve(groups)
    orders = [_order_for(group=group, service=shipping[group.shop.pk], address=address,
                         country=country) for group in groups]
    checkout = Checkout.objects.create(buyer=buyer, idempotency_key=key, request_hash=digest,
                                       total=sum(order.total for order in orders),
                                       payment_token=payment_token)
    for order, group in zip(orders, groups, strict=True):
        _create_order(checkout=checkout, order=order, group=group)
    line_ids = [line.line.pk for group in groups for line in group.lines]
    if cart.lines.filter(pk__in=line_ids).delete()[0] != len(line_ids):
        # another checkout of this cart (another key) took these lines first: all of this goes
        raise CartProblem(_("Your cart changed while you were checking out; look at it again."))
    return checkout


def _refuse_sold_out(cart: Cart) -> None:
    """One read before any write: once a flash sale is sold out, the late attempts are answered
    at once instead of queueing for the write lock. `_reserve` stays the guard."""
    short = cart.lines.filter(sku__stock__lt=F("quantity")).values_list("pk", "sku__stock")
    problems = {f"lines.{pk}": [_("Only %(n)d left.") % {"n": stock}] for pk, stock in short}
    if problems:
        raise CartProblem(_("Some items cannot be checked out as they are."), fields=problems)


def checkout_place(*, buyer: User, cart: Cart | None, key: str, body: dict, address: dict,
                   shipping: dict[int, str], payment_token: str,
                   client_ip: str | None = None) -> Checkout:
    """Place (or, for a retried key, resume) a checkout; returns it paid or declined.
    From a client (`client_ip` given) a new key counts against the abuse limits
    RATE_LIMITS["checkout"] (per buyer and address) before anything is reserved; a retried
    key does not count again."""
    if not key or len(key) > 100:
        raise InvalidInput(_("An Idempotency-Key header is required."),
                           fields={"Idempotency-Key": [_("Send a unique key, at most 100 "
                                                         "characters.")]})
    digest = request_hash(body)
    checkout = _existing(buyer, key, digest)
    placed_now = checkout is None
    if placed_now:
        if cart is None:
            raise EmptyCart(_("Your cart is empty."))
        _refuse_sold_out(cart)
        if client_ip is not None:
            attempt_count(scope="checkout", account=buyer.pk, ip=client_ip)
        try:
            checkout = _place(buyer=buyer, cart=cart, key=key, digest=digest, address=address,
                              shipping=shipping, payment_token=payment_token)
        except IntegrityError:  # the same key raced in from a parallel request
            checkout, placed_now = _existing(buyer, key, digest), False
            if checkout is None:
                raise
    if checkout.status == CheckoutStatus.PLACED:
        checkout = _pay(checkout, placed_now=placed_now)
    return checkout


def checkout_resume(*, checkout: Checkout) -> Checkout:
    """Carry a placed checkout on from where it stopped (a crash, a payment under review)."""
    return _pay(checkout)


def _window_closed(orders) -> bool:
    return any(order.status != OrderStatus.PENDING_PAYMENT for order in orders)


def _release(checkout_id: int) -> None:
    """The payment window closed the orders before anything carried this checkout on (a crash
    with no retry, a review decided late): the card's authorisation is voided, never captured,
    and the checkout ends declined."""
    attempt = PaymentAttempt.objects.filter(
        idempotency_key=f"checkout-{checkout_id}-authorise").first()
    with transaction.atomic():
        checkout = Checkout.objects.select_for_update().get(pk=checkout_id)
        if checkout.status != CheckoutStatus.PLACED:
            return
        if attempt is not None and attempt.status == AttemptStatus.AUTHORISED:
            payment_void(attempt=attempt, key=f"checkout-{checkout_id}-void",
                         reason="the payment window ended")
        for order in checkout.orders.select_for_update().filter(
                status=OrderStatus.PENDING_PAYMENT).order_by("pk"):
            order_close_unpaid(order=order, actor=None, reason="the payment window ended")
        checkout.status = CheckoutStatus.DECLINED
        checkout.payment_attempt_id = attempt.pk if attempt else None
        checkout.save(update_fields=["status", "payment_attempt_id", "updated_at"])


def _pay(checkout: Checkout, *, placed_now: bool = False) -> Checkout:
    """Authorise and capture the checkout's total once; then every order is paid, or closed
    with its stock returned. Each step is keyed, so running it again repeats nothing.
    Answers the checkout as it now stands."""
    # orders placed by this very request are inside their payment window
    if not placed_now and _window_closed(checkout.orders.all()):
        _release(checkout.pk)  # the token may have expired too: authorise nothing now
        return Checkout.objects.get(pk=checkout.pk)
    attempt = payment_authorise(
        checkout_id=checkout.pk, buyer=checkout.buyer, token=checkout.payment_token,
        amount=Money(checkout.total, checkout.currency), channel="USD",
        key=f"checkout-{checkout.pk}-authorise")
    with transaction.atomic():
        checkout = Checkout.objects.select_for_update().get(pk=checkout.pk)
        if checkout.status != CheckoutStatus.PLACED:
            return checkout
        checkout.payment_attempt_id = attempt.pk
        if attempt.status == "authorised" and attempt.needs_review:
            # the orders wait, holding stock, for the fraud team's decision
            checkout.save(update_fields=["payment_attempt_id", "updated_at"])
            return checkout
        orders = list(checkout.orders.select_for_update(of=("self",)).select_related("shop")
                      .order_by("pk"))
        if _window_closed(orders):
            _release(checkout.pk)
            return Checkout.objects.get(pk=checkout.pk)
        if attempt.status == "authorised":
            attempt = payment_capture(attempt=attempt, key=f"checkout-{checkout.pk}-capture")
        if attempt.status == "captured":
            for order in orders:
                order_mark_paid(order=order, provider=attempt.provider, actor=None)
            checkout.status = CheckoutStatus.PAID
        else:
            for order in orders:
                order_close_unpaid(order=order, actor=None,
                                   reason=f"payment declined: {attempt.decline_code or 'n/a'}")
            checkout.status = CheckoutStatus.DECLINED
        checkout.save(update_fields=["status", "payment_attempt_id", "updated_at"])
    checkout.attempt_in_hand, checkout.orders_in_hand = attempt, orders
    return checkout
