from django.db.models import prefetch_related_objects

from caravan.order.selectors import order_view

from .models import Cart, Checkout
from .summary import cart_groups, money


def cart_view(*, cart: Cart | None, country: str | None, language: str) -> dict:
    groups = cart_groups(cart=cart, country=country, language=language) if cart else []
    return {
        "country": country,
        "items_total": money(sum(group.items_total for group in groups)),
        "groups": [{
            "shop_id": group.shop.pk, "shop_name": group.shop.name,
            "items_total": money(group.items_total), "problem": group.problem,
            "cheapest_service": group.cheapest(),
            "shipping_options": [{**option, "price": money(option["price"])}
                                 for option in sorted(group.options.values(),
                                                      key=lambda o: (o["price"], o["service"]))],
            "lines": [{"id": line.line.pk, "sku": line.line.sku_id,
                       "product_id": line.line.sku.product_id, "title": line.title,
                       "options": line.line.sku.options, "unit_price": money(line.unit_price),
                       "quantity": line.quantity, "line_total": money(line.total),
                       "problem": line.problem} for line in group.lines],
        } for group in groups],
    }


def checkout_view(checkout: Checkout) -> dict:
    from caravan.payment.models import PaymentAttempt
    from caravan.payment.services import payment_public

    attempt = checkout.attempt_in_hand
    if attempt is None and checkout.payment_attempt_id:
        attempt = PaymentAttempt.objects.filter(pk=checkout.payment_attempt_id).first()
    orders = checkout.orders_in_hand
    if orders is None:
        orders = list(checkout.orders.select_related("shop").order_by("id"))
    prefetch_related_objects(orders, "lines")
    return {"checkout_id": checkout.pk, "status": checkout.status,
            "total": money(checkout.total), "orders": [order_view(o) for o in orders],
            "payment": payment_public(attempt) if attempt else None}
