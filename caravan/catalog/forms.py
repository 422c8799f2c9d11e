from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    category_id = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)
    min_price = forms.DecimalField(label=_("Min price (USD)"), min_value=0, max_digits=10,
                                   decimal_places=2, required=False)
    max_price = forms.DecimalField(label=_("Max price (USD)"), min_value=0, max_digits=10,
                                   decimal_places=2, required=False)
    ship_to = forms.CharField(max_length=2, required=False, widget=forms.HiddenInput)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=[
        ("newest", _("Newest")), ("price_asc", _("Price: low to high")),
        ("price_desc", _("Price: high to low"))])
    cursor = forms.CharField(max_length=60, required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        for name in ("min_price", "max_price"):
            if data.get(name) is not None:
                data[name] = int(data[name] * 100)  # the catalogue keeps USD cents
        data["sort"] = data.get("sort") or "newest"
        data["ship_to"] = (data.get("ship_to") or "").upper() or None
        return data
