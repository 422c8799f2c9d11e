"""Forms of the seller centre's listing editor. They parse; the catalog services decide."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import LISTING_LANGUAGES, SaleUnit
from .selectors import category_choices

LANGUAGE_CHOICES = [(code, code) for code in LISTING_LANGUAGES]


class ListingForm(forms.Form):
    category_id = forms.TypedChoiceField(label=_("Category"), coerce=int,
                                         choices=lambda: category_choices())
    sale_unit = forms.ChoiceField(label=_("Sold"), choices=SaleUnit.choices)
    lot_size = forms.IntegerField(label=_("Pieces per lot"), min_value=1, initial=1)
    default_language = forms.ChoiceField(label=_("Your language"), choices=LANGUAGE_CHOICES,
                                         initial="zh-hans")
    brand_name = forms.CharField(label=_("Brand"), max_length=120, required=False)
    title_en = forms.CharField(label=_("Title in English"), min_length=3, max_length=200)
    description_en = forms.CharField(label=_("Description in English"), required=False,
                                     widget=forms.Textarea(attrs={"rows": 3}))
    title_own = forms.CharField(label=_("Title in your language"), max_length=200,
                                required=False)
    description_own = forms.CharField(label=_("Description in your language"), required=False,
                                      widget=forms.Textarea(attrs={"rows": 3}))

    def translations(self) -> list[dict]:
        data = self.cleaned_data
        items = [{"language": "en", "title": data["title_en"],
                  "description": data["description_en"]}]
        if data["title_own"] and data["default_language"] != "en":
            items.append({"language": data["default_language"], "title": data["title_own"],
                          "description": data["description_own"]})
        return items

    def product_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in
                ("category_id", "sale_unit", "lot_size", "default_language", "brand_name")}


class SkuForm(forms.Form):
    code = forms.RegexField(label=_("SKU code"), regex=r"^[A-Za-z0-9._\-]+$", max_length=64)
    options = forms.CharField(label=_("Options"), required=False, max_length=200,
                              help_text=_("e.g. colour=red; size=M"))
    price = forms.DecimalField(label=_("Price (USD)"), min_value=Decimal("0.01"), max_digits=10,
                               decimal_places=2)
    stock = forms.IntegerField(label=_("Stock"), min_value=0, max_value=10**7)
    weight_g = forms.IntegerField(label=_("Weight (g)"), min_value=1, max_value=1_000_000)
    length_cm = forms.DecimalField(label=_("Length (cm)"), min_value=Decimal("0.1"),
                                   max_digits=6, decimal_places=1)
    width_cm = forms.DecimalField(label=_("Width (cm)"), min_value=Decimal("0.1"),
                                  max_digits=6, decimal_places=1)
    height_cm = forms.DecimalField(label=_("Height (cm)"), min_value=Decimal("0.1"),
                                   max_digits=6, decimal_places=1)
    hs_code = forms.RegexField(label=_("HS code"), regex=r"^\d{6}(\d{2}){0,2}$", required=False)
    origin_country = forms.CharField(label=_("Origin"), max_length=2, initial="CN")

    def clean_options(self) -> dict:
        pairs = [p.split("=", 1) for p in self.cleaned_data["options"].split(";") if p.strip()]
        if any(len(pair) != 2 for pair in pairs):
            raise forms.ValidationError(_("Write options as name=value; name=value."))
        return {name.strip(): value.strip() for name, value in pairs}

    def sku(self) -> dict:
        data = dict(self.cleaned_data)
        data["price"] = int(data["price"] * 100)
        return data


SkuFormSet = forms.formset_factory(SkuForm, extra=0, min_num=1, validate_min=True, max_num=50)
