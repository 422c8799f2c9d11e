import pycountry
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .constants import Role
from .services import role_grant


def country_choices() -> list[tuple[str, str]]:
    return sorted(((c.alpha_2, c.name) for c in pycountry.countries), key=lambda c: c[1])


class SignupExtraForm(forms.Form):
    """Fields allauth's sign-up form gains: the role and the country."""

    role = forms.ChoiceField(label=_("I want to"), choices=[
        (Role.BUYER.value, _("Buy")), (Role.SELLER.value, _("Sell"))], initial=Role.BUYER.value,
        widget=forms.RadioSelect)
    country = forms.ChoiceField(label=_("Country"), choices=country_choices)

    def signup(self, request, user):
        user.country = self.cleaned_data["country"]
        user.save(update_fields=["country"])
        role_grant(user=user, role=Role(self.cleaned_data["role"]))


class AddressForm(forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=200)
    country_code = forms.ChoiceField(label=_("Country"), choices=country_choices)
    country_area = forms.CharField(label=_("State / province / region"), max_length=100,
                                   required=False)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    city_area = forms.CharField(label=_("District"), max_length=100, required=False)
    postal_code = forms.CharField(label=_("Postal code"), max_length=20, required=False)
    street_address = forms.CharField(label=_("Street address"), max_length=300,
                                     widget=forms.Textarea(attrs={"rows": 2}))
    phone = forms.CharField(label=_("Phone"), max_length=32)


class PreferencesForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), choices=country_choices)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    display_currency = forms.ChoiceField(label=_("Show prices in"), choices=lambda: sorted(
        (c.alpha_3, f"{c.alpha_3} · {c.name}") for c in pycountry.currencies))
