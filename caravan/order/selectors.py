"""Reads of orders, each scoped to who asks: a buyer sees own orders, a seller own shop's."""

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.seller.models import Shop

from .errors import OrderNotFound
from .models import CancellationRequest, HeldFundsCase, Order, OrderLine

# What a seller may know of the buyer: whom and where to ship (DOMAIN.md §9: nothing of the
# buyer's payment, not even the card's last digits, nor the buyer's e-mail).
SELLER_SHIP_TO_FIELDS = ("name", "company_name", "street_address", "city_area", "city",
                         "country_area", "postal_code", "sorting_code", "country_code", "phone")


def _orders():
    return Order.objects.select_related("shop").prefetch_related(
        Prefetch("lines", queryset=OrderLine.objects.order_by("id")))


def buyer_orders(*, buyer: User, after: int | None, limit: int) -> list[Order]:
    orders = _orders().filter(buyer=buyer).order_by("-id")
    if after:
        orders = orders.filter(id__lt=after)
    return list(orders[:limit])


def buyer_order(*, buyer: User, order_id: int) -> Order:
    order = _orders().filter(buyer=buyer, pk=order_id).first()
    if order is None:
        raise OrderNotFound(_("No such order."))
    return order


def seller_orders(*, shop: Shop, status: str | None, after: int | None,
                  limit: int) -> list[Order]:
    """Newest first, so new orders are on top."""
    orders = _orders().filter(shop=shop).order_by("-id")
    if status:
        orders = orders.filter(status=status)
    if after:
        orders = orders.filter(id__lt=after)
    return list(orders[:limit])


def seller_order(*, shop: Shop, order_id: int) -> Order:
    order = _orders().filter(shop=shop, pk=order_id).first()
    if order is None:
        raise OrderNotFound(_("No such order in your shop."))
    return order


def order_view(order: Order, *, for_seller: bool = False) -> dict:
    ship_to = order.ship_to
    if for_seller:
        ship_to = {k: v for k, v in ship_to.items() if k in SELLER_SHIP_TO_FIELDS}
    return {
        "id": order.id, "number": order.number, "status": order.status,
        "shop_id": order.shop_id, "shop_name": order.shop.name, "currency": order.currency,
        "items_total": order.items_total, "shipping_total": order.shipping_total,
        "tax_total": order.tax_total, "total": order.total,
        "shipping_service": order.shipping_service,
        "shipping_days_min": order.shipping_days_min,
        "shipping_days_max": order.shipping_days_max,
        "import_tax_notice": order.import_tax.get("notice", ""), "ship_to": ship_to,
        "lines": [{"sku_id": line.sku_id, "product_id": line.product_id, "title": line.title,
                   "options": line.options, "unit_price": line.unit_price,
                   "quantity": line.quantity, "line_total": line.line_total}
                  for line in order.lines.all()],
        "created_at": order.created_at.isoformat(),
        "paid_at": order.paid_at.isoformat() if order.paid_at else None,
    }


def cancellation_of(*, order: Order, request_id: int):
    found = CancellationRequest.objects.filter(order=order, pk=request_id).first()
    if found is None:
        raise OrderNotFound(_("No such cancellation request."))
    return found


def held_cases(*, status: str) -> list:
    return list(HeldFundsCase.objects.filter(status=status).select_related("order")
                .order_by("id")[:200])


def held_case(*, case_id: int):
    case = HeldFundsCase.objects.select_related("order").filter(pk=case_id).first()
    if case is None:
        raise OrderNotFound(_("No such case."))
    return case
