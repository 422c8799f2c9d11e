"""Dispute pages: the buyer opens and follows a dispute from the order; the seller answers
from the seller centre. Every page reads through the owner-scoped selectors (404 otherwise)
and every form calls one service."""

import mimetypes

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from caravan.core.errors import DomainError, NotFound
from caravan.core.forms import form_refused
from caravan.order.selectors import buyer_order
from caravan.seller.errors import NoShop
from caravan.seller.selectors import shop_of

from . import selectors, services
from .constants import ANSWERABLE, NEGOTIATING, SellerDecision, Side
from .forms import MessageForm, OpenForm, ResponseForm, ReturnForm
from .models import DisputeMessage


def _found(read, **kwargs):
    try:
        return read(**kwargs)
    except NotFound as exc:
        raise Http404(exc.message) from exc


@login_required
def buyer_open(request, order_id: int):
    order = _found(buyer_order, buyer=request.user, order_id=order_id)
    form = OpenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            dispute = services.dispute_open(order=order, buyer=request.user, **form.cleaned_data)
        except DomainError as exc:
            form_refused(form, exc)
        else:
            messages.success(request, _("Your dispute is open; the seller has been told."))
            return redirect("dispute:buyer", dispute.pk)
    return render(request, "dispute/open.html", {
        "order": order, "form": form,
        "disputes": selectors.order_disputes(order_id=order.pk)})


def _buyer_action(request, dispute) -> None:
    action = request.POST.get("action")
    if action == "message":
        form = MessageForm(request.POST, request.FILES)
        if not form.is_valid():
            raise DomainError(_("Write a message or attach an image."))
        services.dispute_message_add(dispute=dispute, side=Side.BUYER, author=request.user,
                                     **form.cleaned_data)
    elif action == "accept_offer":
        services.dispute_accept_offer(dispute=dispute, buyer=request.user)
    elif action == "escalate":
        services.dispute_escalate(dispute=dispute, side=Side.BUYER, actor=request.user)
    elif action == "withdraw":
        services.dispute_withdraw(dispute=dispute, buyer=request.user)
    elif action == "return":
        form = ReturnForm(request.POST)
        if not form.is_valid():
            raise DomainError(_("Enter the carrier and the tracking number."))
        services.dispute_return_shipped(dispute=dispute, buyer=request.user,
                                        **form.cleaned_data)
    else:
        raise DomainError(_("Unknown action."))


@login_required
def buyer_detail(request, dispute_id: int):
    dispute = _found(selectors.buyer_dispute, buyer=request.user, dispute_id=dispute_id)
    if request.method == "POST":
        try:
            _buyer_action(request, dispute)
        except DomainError as exc:
            messages.error(request, exc.message)
        return redirect("dispute:buyer", dispute.pk)
    return render(request, "dispute/detail.html", {
        "dispute": dispute, "side": "buyer", "message_form": MessageForm(),
        "return_form": ReturnForm(), "negotiating": dispute.status in NEGOTIATING})


@login_required
def seller_list(request):
    try:
        shop = shop_of(user=request.user)
    except NoShop:
        return redirect("seller:shop")
    status = request.GET.get("status") or None
    disputes = selectors.seller_disputes(shop=shop, status=status, limit=100)
    return render(request, "dispute/seller_list.html", {"disputes": disputes, "status": status})


def _seller_action(request, dispute) -> ResponseForm | None:
    action = request.POST.get("action")
    if action == "respond":
        form = ResponseForm(request.POST)
        if not form.is_valid():
            return form
        try:
            services.dispute_respond(dispute=dispute, seller=request.user, **form.cleaned_data)
        except DomainError as exc:
            form_refused(form, exc)
            return form
    elif action == "message":
        form = MessageForm(request.POST, request.FILES)
        if not form.is_valid():
            raise DomainError(_("Write a message or attach an image."))
        services.dispute_message_add(dispute=dispute, side=Side.SELLER, author=request.user,
                                     **form.cleaned_data)
    elif action == "escalate":
        services.dispute_escalate(dispute=dispute, side=Side.SELLER, actor=request.user)
    else:
        raise DomainError(_("Unknown action."))
    return None


@login_required
def seller_detail(request, dispute_id: int):
    try:
        shop = shop_of(user=request.user)
    except NoShop as exc:
        raise Http404(exc.message) from exc
    dispute = _found(selectors.seller_dispute, shop=shop, dispute_id=dispute_id)
    response_form = ResponseForm(initial={"decision": SellerDecision.ACCEPT_FULL})
    if request.method == "POST":
        try:
            refused = _seller_action(request, dispute)
        except DomainError as exc:
            messages.error(request, exc.message)
            refused = None
        if refused is None:
            return redirect("dispute:seller", dispute.pk)
        response_form = refused  # shown again with its errors
    return render(request, "dispute/detail.html", {
        "dispute": dispute, "side": "seller", "message_form": MessageForm(),
        "response_form": response_form, "answerable": dispute.status in ANSWERABLE,
        "negotiating": dispute.status in NEGOTIATING})


@login_required
def evidence(request, dispute_id: int, message_id: int):
    """An evidence image, for the two sides of the dispute and operators only."""
    message = (DisputeMessage.objects.select_related("dispute__shop")
               .filter(pk=message_id, dispute_id=dispute_id).exclude(image="").first())
    user = request.user
    allowed = message is not None and (
        message.dispute.buyer_id == user.pk or message.dispute.shop.owner_id == user.pk
        or user.is_operator)
    if not allowed:
        raise Http404(_("No such image."))
    content_type = mimetypes.guess_type(message.image.name)[0] or "application/octet-stream"
    response = FileResponse(message.image.open("rb"), content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return response
