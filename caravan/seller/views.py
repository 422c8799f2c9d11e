from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from caravan.core.errors import DomainError
from caravan.core.forms import form_refused

from . import services
from .forms import ShopForm
from .models import Shop


@login_required
def shop_page(request):
    """Onboarding for a user without a shop; the shop's details and edit form otherwise."""
    shop = Shop.objects.filter(owner=request.user).first()
    initial = ({field: getattr(shop, field) for field in ShopForm.base_fields} if shop
               else {"country": request.user.country or "CN"})
    form = ShopForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if v != "" or k == "description"}
        try:
            if shop:
                services.shop_update(shop=shop, actor=request.user, **data)
            else:
                services.shop_create(owner=request.user, **data)
        except DomainError as exc:
            form_refused(form, exc)
        else:
            messages.success(request, _("Shop saved.") if shop else
                             _("Your shop is open for verification. We will review it shortly."))
            return redirect("seller:shop")
    status = 422 if request.method == "POST" else 200
    return render(request, "seller/shop.html", {"form": form, "shop": shop}, status=status)
