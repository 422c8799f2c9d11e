"""Tags that put the shipping panels on pages other apps own (the order page):
`{% seller_shipping order.id %}` and `{% buyer_tracking order.id %}`."""

from django import template

from caravan.order.selectors import seller_order
from caravan.seller.selectors import shop_of

from .. import selectors
from ..views import ship_context

register = template.Library()


@register.inclusion_tag("fulfilment/_ship_form.html", takes_context=True)
def seller_shipping(context, order_id: int) -> dict:
    request = context["request"]
    order = seller_order(shop=shop_of(user=request.user), order_id=order_id)
    return {**ship_context(order), "request": request, "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("fulfilment/_timeline.html", takes_context=True)
def buyer_tracking(context, order_id: int) -> dict:
    request = context["request"]
    return {"tracking": selectors.buyer_tracking(buyer=request.user, order_id=order_id),
            "request": request}
