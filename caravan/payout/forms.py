from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from caravan.account.forms import country_choices


def currency_choices():
    return [(code, code) for code in settings.SETTLEMENT_CURRENCIES]


class BankAccountForm(forms.Form):
    holder_name = forms.CharField(label=_("Account holder"), max_length=140,
                                  help_text=_("As the bank knows it: your company's name."))
    bank_name = forms.CharField(label=_("Bank"), max_length=140)
    bic = forms.CharField(label=_("SWIFT/BIC code"), max_length=16,
                          help_text=_("8 or 11 characters, e.g. HSBCHKHHHKH."))
    number = forms.CharField(label=_("Account number or IBAN"), max_length=50,
                             widget=forms.TextInput(attrs={"autocomplete": "off"}))
    country = forms.ChoiceField(label=_("Country of the bank"), choices=country_choices)
    currency = forms.ChoiceField(label=_("Currency of the account"), choices=currency_choices,
                                 help_text=_("A Hong Kong account can receive USD."))


class VerifyForm(forms.Form):
    first = forms.DecimalField(label=_("First deposit"), min_value=Decimal("0.01"),
                               max_value=Decimal("0.99"), decimal_places=2)
    second = forms.DecimalField(label=_("Second deposit"), min_value=Decimal("0.01"),
                                max_value=Decimal("0.99"), decimal_places=2)


class WithdrawalForm(forms.Form):
    bank_account = forms.TypedChoiceField(label=_("To the bank account"), coerce=int)
    amount = forms.DecimalField(label=_("Amount"), min_value=Decimal("0.01"), decimal_places=2,
                                max_digits=15)
    # A key per rendering of the form: a double submit withdraws once.
    key = forms.CharField(widget=forms.HiddenInput, max_length=100)

    def __init__(self, *args, accounts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bank_account"].choices = [
            (account.pk, f"{account.bank_name} {account.masked} ({account.currency})")
            for account in accounts]
