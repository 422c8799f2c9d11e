from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from caravan.core.errors import DomainError
from caravan.core.forms import form_refused

from . import selectors
from .forms import CalculatorForm


def _initial(request) -> dict:
    profile = getattr(request.user, "buyer_profile", None) \
        if request.user.is_authenticated else None
    return {"country": profile.country if profile else "US", "weight_g": 500,
            "length_cm": 20, "width_cm": 15, "height_cm": 5}


@require_GET
def calculator(request):
    """The public logistics price calculator: every service's price and time for a parcel."""
    submitted = "weight_g" in request.GET or "country" in request.GET
    form = CalculatorForm(request.GET if submitted else None, initial=_initial(request))
    options, status = None, 200
    if submitted:
        if form.is_valid():
            try:
                options = selectors.calculator_options(**form.cleaned_data,
                                                       language=get_language())
            except DomainError as exc:
                form_refused(form, exc)
        if options is None and not request.htmx:
            status = 422  # htmx swaps only 2xx answers, and it must show the messages
    template = ("logistics/_calculator.html" if request.htmx
                else "logistics/calculator.html")
    return render(request, template, {"form": form, "options": options}, status=status)
