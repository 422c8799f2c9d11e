from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from caravan.core.errors import DomainError
from caravan.core.forms import form_refused

from . import selectors, services
from .constants import Role
from .forms import AddressForm, PreferencesForm


@login_required
def account_home(request):
    user = request.user
    profile = getattr(user, "buyer_profile", None)
    initial = ({"country": profile.country, "language": profile.language,
                "display_currency": profile.display_currency} if profile else {})
    form = PreferencesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            profile = services.buyer_profile_update(user=user, **form.cleaned_data)
        except DomainError as exc:
            form_refused(form, exc)
        else:
            messages.success(request, _("Preferences saved."))
            response = redirect("account:home")
            response.set_cookie("django_language", profile.language, samesite="Lax")
            return response
    return render(request, "account/home.html", {"form": form, "profile": profile})


def _buyer_required(request):
    if not request.user.is_buyer:
        services.role_grant(user=request.user, role=Role.BUYER)


@login_required
def address_book(request):
    _buyer_required(request)
    form = AddressForm(request.POST or None,
                       initial={"country_code": request.user.buyer_profile.country})
    if request.method == "POST" and form.is_valid():
        try:
            services.address_create(user=request.user, data=form.cleaned_data)
        except DomainError as exc:
            form_refused(form, exc)
        else:
            messages.success(request, _("Address saved."))
            return redirect("account:addresses")
    status = 422 if request.method == "POST" else 200
    return render(request, "account/addresses.html",
                  {"form": form, "addresses": selectors.address_list(user=request.user)},
                  status=status)


@login_required
@require_POST
def address_delete(request, address_id: int):
    try:
        address = selectors.address_get(user=request.user, address_id=address_id)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        services.address_delete(address=address)
        messages.success(request, _("Address removed."))
    return redirect("account:addresses")
