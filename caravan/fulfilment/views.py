"""Pages: the seller's ship form and label, the buyer's tracking timeline. With htmx they
answer with the partial alone, so the order page can swap it in place."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from caravan.core.errors import DomainError
from caravan.core.forms import form_refused
from caravan.order.selectors import order_view, seller_order
from caravan.seller.selectors import shop_of

from . import selectors, services
from .forms import ShipForm


def _seller_order(request, order_id: int):
    try:
        return seller_order(shop=shop_of(user=request.user), order_id=order_id)
    except DomainError as exc:  # no shop, or not an order of this shop
        raise Http404(exc.message) from exc


def ship_context(order, *, form: ShipForm | None = None) -> dict:
    """The context of `fulfilment/_ship_form.html` for one of the seller's orders."""
    shipment = selectors.order_shipment(order=order)
    return {"order": order_view(order, for_seller=True),
            "shipment": selectors.shipment_view(shipment) if shipment else None,
            "service_name": selectors.service_name(order.shipping_service),
            "ship_form": form or ShipForm(carriers=selectors.carrier_choices())}


@login_required
@require_http_methods(["GET", "POST"])
def ship(request, order_id: int):
    order = _seller_order(request, order_id)
    form = ShipForm(request.POST or None, carriers=selectors.carrier_choices())
    if request.method == "POST" and form.is_valid():
        try:
            services.shipment_create(order=order, actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            form_refused(form, exc)
        else:
            if request.htmx:
                return render(request, "fulfilment/_ship_form.html", ship_context(order))
            messages.success(request, _("Shipped. The buyer has been told."))
            return redirect("seller:order", order_id=order.id)
    status = 422 if request.method == "POST" else 200
    template = "fulfilment/_ship_form.html" if request.htmx else "fulfilment/ship.html"
    return render(request, template, ship_context(order, form=form), status=status)


@login_required
@require_GET
def label(request, order_id: int):
    try:
        html = selectors.seller_label(shop=shop_of(user=request.user), order_id=order_id)
    except DomainError as exc:  # no shop, or not an order of this shop
        raise Http404(exc.message) from exc
    return HttpResponse(html)


@login_required
@require_GET
def tracking(request, order_id: int):
    try:
        context = {"tracking": selectors.buyer_tracking(buyer=request.user, order_id=order_id)}
    except DomainError as exc:
        raise Http404(exc.message) from exc
    template = "fulfilment/_timeline.html" if request.htmx else "fulfilment/tracking.html"
    return render(request, template, context)
