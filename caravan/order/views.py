from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from caravan.core.errors import DomainError
from caravan.seller.errors import NoShop
from caravan.seller.selectors import shop_of

from . import aftersale, selectors


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
    return render(request, "order/detail.html", {
        "order": selectors.order_view(order), "events": order.events.all(),
        "cancellations": order.cancellations.order_by("-id")})


@login_required
@require_POST
def buyer_order_action(request, order_id: int):
    """Confirm receipt, or ask to cancel before shipment."""
    try:
        order = selectors.buyer_order(buyer=request.user, order_id=order_id)
        if request.POST.get("action") == "confirm":
            aftersale.order_confirm_receipt(order=order, buyer=request.user)
            messages.success(request, _("Thank you! The seller is paid from escrow."))
        else:
            aftersale.cancellation_request(order=order, buyer=request.user,
                                           reason=request.POST.get("reason") or "—")
            messages.success(request, _("Cancellation requested. The seller has 48 hours."))
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("order:detail", order_id=order_id)


@login_required
@require_POST
def seller_cancellation_answer(request, order_id: int, request_id: int):
    try:
        order = selectors.seller_order(shop=shop_of(user=request.user), order_id=order_id)
        aftersale.cancellation_decide(
            request=selectors.cancellation_of(order=order, request_id=request_id),
            actor=request.user, approve=request.POST.get("approve") == "1",
            answer=request.POST.get("answer", ""))
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("seller:order", order_id=order_id)


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
                  {"order": selectors.order_view(order, for_seller=True), "for_seller": True,
                   "cancellations": order.cancellations.order_by("-id")})
