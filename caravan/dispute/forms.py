from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from caravan.core.money import Money

from .constants import TEXT_MAX, DisputeReason, SellerDecision


class OpenForm(forms.Form):
    reason = forms.ChoiceField(label=_("What is wrong?"), choices=DisputeReason.choices)
    text = forms.CharField(label=_("Tell the seller what happened"), max_length=TEXT_MAX,
                           widget=forms.Textarea(attrs={"rows": 4}))


class MessageForm(forms.Form):
    text = forms.CharField(label=_("Message"), max_length=TEXT_MAX, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    image = forms.FileField(
        label=_("Photo or screenshot (PNG or JPEG)"), required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg"}))


class AmountField(forms.DecimalField):
    """An amount typed in US dollars, cleaned to minor units (the services' unit)."""

    def __init__(self, **kwargs):
        super().__init__(min_value=Decimal("0.01"), max_digits=12, decimal_places=2, **kwargs)

    def clean(self, value):
        amount = super().clean(value)
        return None if amount is None else Money.from_decimal(amount, "USD").amount


class ResponseForm(forms.Form):
    decision = forms.ChoiceField(label=_("Your answer"), choices=SellerDecision.choices,
                                 widget=forms.RadioSelect)
    amount = AmountField(label=_("Partial refund (USD)"), required=False)
    text = forms.CharField(label=_("Your statement (required to reject)"), max_length=TEXT_MAX,
                           required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ReturnForm(forms.Form):
    carrier = forms.CharField(label=_("Carrier"), max_length=60)
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=60)
