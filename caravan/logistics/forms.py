from django import forms
from django.utils.translation import gettext_lazy as _

from caravan.account.forms import country_choices
from caravan.pricing.selectors import iso_currencies


def currency_choices() -> list[tuple[str, str]]:
    return [("", _("Local currency")), *((code, code) for code in iso_currencies())]


class CalculatorForm(forms.Form):
    """Parses the calculator's query; ranges and countries are checked by the selector, so the
    page and the API give the same messages."""

    weight_g = forms.IntegerField(label=_("Weight (g)"),
                                  widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    length_cm = forms.DecimalField(label=_("Length (cm)"), max_digits=12)
    width_cm = forms.DecimalField(label=_("Width (cm)"), max_digits=12)
    height_cm = forms.DecimalField(label=_("Height (cm)"), max_digits=12)
    country = forms.CharField(label=_("Ship to"), max_length=64,
                              widget=forms.Select(choices=country_choices))
    currency = forms.CharField(label=_("Show prices in"), max_length=8, required=False,
                               widget=forms.Select(choices=currency_choices))
