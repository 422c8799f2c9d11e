from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from caravan.core.errors import DomainError
from caravan.seller.errors import NoShop
from caravan.seller.selectors import shop_of

from . import selectors


@login_required
def buyer_order_list(request):
    orders = selectors.buyer_orders(buyer=request.user, after=None, limit=100)
    return render(request, "order/buyer_list.html", {"orders": orders})


@login_required
def buyer_order_detail(request, order_id: int):
    try:
        order = selectors.buyer_order(buyer=request.user, order_id=order_id)
    except DomainError as exc:
        raise Http404(exc.message) from exc
    return render(request, "order/detail.html", {"order": selectors.order_view(order),
                                                 "events": order.events.all()})


@login_required
def seller_order_list(request):
    try:
        shop = shop_of(user=request.user)
    except NoShop:
        return redirect("seller:shop")
    orders = selectors.seller_orders(shop=shop, status=request.GET.get("status") or None,
                                     after=None, limit=100)
    return render(request, "order/seller_list.html", {"orders": orders, "shop": shop})


@login_required
def seller_order_detail(request, order_id: int):
    try:
        order = selectors.seller_order(shop=shop_of(user=request.user), order_id=order_id)
    except DomainError as exc:
        raise Http404(exc.message) from exc
    return render(request, "order/detail.html",
                  {"order": selectors.order_view(order, for_seller=True), "for_seller": True})
