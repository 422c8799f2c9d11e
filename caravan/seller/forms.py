from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from caravan.account.forms import country_choices

from .constants import SettlementCurrency


def seller_country_choices():
    return [(code, name) for code, name in country_choices() if code in settings.SELLER_COUNTRIES]


class ShopForm(forms.Form):
    name = forms.CharField(label=_("Shop name"), max_length=120)
    slug = forms.SlugField(label=_("Shop address"), max_length=60, required=False,
                           help_text=_("Lowercase letters, digits and hyphens; leave empty to "
                                       "derive it from the name."))
    country = forms.ChoiceField(label=_("Country of registration"), choices=seller_country_choices)
    registration_number = forms.CharField(
        label=_("Business registration number"), max_length=40,
        help_text=_("In mainland China: the 18-character unified social credit code."))
    settlement_currency = forms.ChoiceField(label=_("Settlement currency"),
                                            choices=SettlementCurrency.choices)
    description = forms.CharField(label=_("About the shop"), required=False, max_length=4000,
                                  widget=forms.Textarea(attrs={"rows": 3}))
