"""The cart: lines per SKU, for a buyer or for an anonymous visitor's session."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.catalog.constants import ListingStatus
from caravan.catalog.models import Sku
from caravan.core.errors import InvalidInput, NotFound
from caravan.core.models import locked
from caravan.seller.constants import ShopStatus

from .constants import MAX_CART_LINES, MAX_LINE_QUANTITY
from .errors import CartProblem
from .models import Cart, CartLine


def cart_get(*, user: User | None = None, session_key: str | None = None,
             create: bool = False) -> Cart | None:
    lookup = {"owner": user} if user is not None else {"session_key": session_key}
    if not any(lookup.values()):
        return None
    cart = Cart.objects.filter(**lookup).first()
    if cart is None and create:
        try:
            with transaction.atomic():
                cart = Cart.objects.create(**lookup)
        except IntegrityError:  # created meanwhile by a parallel request
            cart = Cart.objects.get(**lookup)
    return cart


def sku_on_sale(sku_id: int) -> Sku:
    sku = (Sku.objects.select_related("product__shop")
           .filter(pk=sku_id, product__status=ListingStatus.ACTIVE,
                   product__shop__status=ShopStatus.ACTIVE).first())
    if sku is None:
        raise NotFound(_("This item is not on sale."), code="sku_not_on_sale")
    return sku


def _quantity_check(quantity: int, sku: Sku) -> None:
    if not 1 <= quantity <= MAX_LINE_QUANTITY:
        raise InvalidInput(_("Quantity is out of range."),
                           fields={"quantity": [_("From 1 to %(n)d.") % {"n": MAX_LINE_QUANTITY}]})
    if quantity > sku.stock:
        raise CartProblem(_("Only %(n)d left.") % {"n": sku.stock},
                          fields={"quantity": [_("Only %(n)d left.") % {"n": sku.stock}]},
                          code="insufficient_stock")


@transaction.atomic
def cart_add(*, cart: Cart, sku_id: int, quantity: int) -> CartLine:
    """Add units of a SKU; a SKU already in the cart gets the units added to its line."""
    sku = sku_on_sale(sku_id)
    # the cart's row first: two adds of a new SKU at once would both find no line to lock
    Cart.objects.select_for_update().filter(pk=cart.pk).first()
    line = CartLine.objects.select_for_update().filter(cart=cart, sku=sku).first()
    total = quantity + (line.quantity if line else 0)
    _quantity_check(total, sku)
    if line is None:
        if cart.lines.count() >= MAX_CART_LINES:
            raise CartProblem(_("A cart holds at most %(n)d items.") % {"n": MAX_CART_LINES})
        line = CartLine.objects.create(cart=cart, sku=sku, quantity=quantity)
    else:
        line.quantity = total
        line.save(update_fields=["quantity"])
    cart.save(update_fields=["updated_at"])
    return line


@transaction.atomic
def cart_line_update(*, line: CartLine, quantity: int) -> CartLine:
    _quantity_check(quantity, sku_on_sale(line.sku_id))
    line = locked(line, _("No such line in your cart."))
    line.quantity = quantity
    line.save(update_fields=["quantity"])
    return line


def cart_line_remove(*, line: CartLine) -> None:
    line.delete()


@transaction.atomic
def cart_merge(*, source: Cart, target: Cart) -> Cart:
    """A visitor logs in: the session cart's lines join the account's cart (quantities add up,
    capped by stock), and the session cart goes."""
    for line in source.lines.select_related("sku"):
        existing = CartLine.objects.filter(cart=target, sku_id=line.sku_id).first()
        wanted = line.quantity + (existing.quantity if existing else 0)
        quantity = max(1, min(wanted, line.sku.stock, MAX_LINE_QUANTITY))
        CartLine.objects.update_or_create(cart=target, sku_id=line.sku_id,
                                          defaults={"quantity": quantity})
    source.delete()
    return target


def cart_line_of(*, cart: Cart, line_id: int) -> CartLine:
    line = CartLine.objects.filter(cart=cart, pk=line_id).first()
    if line is None:
        raise NotFound(_("No such line in your cart."))
    return line
