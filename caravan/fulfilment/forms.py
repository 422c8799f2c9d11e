from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import ShipmentMode


class ShipForm(forms.Form):
    mode = forms.ChoiceField(label=_("How do you ship?"), choices=ShipmentMode.choices,
                             widget=forms.RadioSelect, initial=ShipmentMode.ONLINE)
    carrier = forms.ChoiceField(label=_("Carrier"), required=False)
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=60, required=False)

    def __init__(self, *args, carriers: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["carrier"].choices = [("", "—"), *carriers]
