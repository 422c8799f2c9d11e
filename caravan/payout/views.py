"""The seller's balances page, with withdrawals and bank accounts (mobile first)."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from caravan.core.errors import DomainError
from caravan.core.forms import form_refused
from caravan.core.money import Money
from caravan.seller.errors import NoShop
from caravan.seller.selectors import shop_of

from . import selectors, services
from .constants import BankAccountStatus, DepositState
from .forms import BankAccountForm, VerifyForm, WithdrawalForm

# Service field names (the API's) -> the form fields that show them.
WITHDRAWAL_FIELDS = {"amount.amount": "amount", "amount.currency": "amount",
                     "bank_account_id": "bank_account"}


def _shop_or_none(request):
    try:
        return shop_of(user=request.user)
    except NoShop:
        return None


def _account_or_404(shop, account_id: int):
    try:
        return selectors.bank_account_of(shop=shop, account_id=account_id)
    except DomainError as exc:
        raise Http404(exc.message) from exc


def _withdraw(request, shop, form: WithdrawalForm, accounts) -> bool:
    account = next(a for a in accounts if a.pk == form.cleaned_data["bank_account"])
    amount = Money.from_decimal(form.cleaned_data["amount"], account.currency)
    try:
        services.withdrawal_request(
            shop=shop, actor=request.user, bank_account_id=account.pk, amount=amount,
            key=form.cleaned_data["key"],
            body={"bank_account_id": account.pk, "amount": amount.as_dict()})
    except DomainError as exc:
        exc.fields = {WITHDRAWAL_FIELDS.get(k, k): v for k, v in exc.fields.items()}
        form_refused(form, exc)
        return False
    messages.success(request, _("Withdrawal of %(m)s requested.") % {"m": amount.format()})
    return True


@login_required
def balances_page(request):
    shop = _shop_or_none(request)
    if shop is None:
        return redirect("seller:shop")
    accounts = selectors.bank_accounts_of(shop=shop)
    verified = [a for a in accounts if a.status == BankAccountStatus.VERIFIED]
    form = WithdrawalForm(request.POST or None, accounts=verified,
                          initial={"key": uuid.uuid4().hex})
    if request.method == "POST" and form.is_valid() and _withdraw(request, shop, form,
                                                                  verified):
        return redirect("payout:balances")
    return render(request, "payout/balances.html", {
        "shop": shop, "balances": selectors.shop_balances(shop=shop), "accounts": accounts,
        "form": form, "withdrawals": selectors.withdrawals_of(shop=shop, after=None, limit=20),
    }, status=422 if request.method == "POST" else 200)


@login_required
def bank_account_new(request):
    shop = _shop_or_none(request)
    if shop is None:
        return redirect("seller:shop")
    form = BankAccountForm(request.POST or None, initial={
        "country": shop.country, "currency": shop.settlement_currency})
    if request.method == "POST" and form.is_valid():
        try:
            account = services.bank_account_add(shop=shop, actor=request.user,
                                                **form.cleaned_data)
        except DomainError as exc:
            form_refused(form, exc)
        else:
            messages.success(request, _("We sent two small deposits to this account. Enter "
                                        "them here when your bank shows them."))
            return redirect("payout:bank-account", account_id=account.pk)
    return render(request, "payout/bank_account_new.html", {"form": form},
                  status=422 if request.method == "POST" else 200)


@login_required
def bank_account_page(request, account_id: int):
    shop = _shop_or_none(request)
    if shop is None:
        return redirect("seller:shop")
    account = _account_or_404(shop, account_id)
    form = VerifyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        amounts = [Money.from_decimal(form.cleaned_data[name], account.currency).amount
                   for name in ("first", "second")]
        try:
            services.bank_account_verify(account=account, amounts=amounts, actor=request.user)
        except DomainError as exc:
            form_refused(form, exc)
            account.refresh_from_db()
        else:
            messages.success(request, _("Bank account verified."))
            return redirect("payout:balances")
    return render(request, "payout/bank_account.html", {
        "account": account, "form": form, "tries_left": selectors.tries_left(account),
        "can_verify": account.status == BankAccountStatus.UNVERIFIED
        and account.deposit_state == DepositState.ARRIVED,
        "sandbox_deposits": selectors.deposits_shown(account),
        "events": account.events.order_by("id"),
    }, status=422 if request.method == "POST" else 200)


@login_required
@require_POST
def bank_account_remove(request, account_id: int):
    shop = _shop_or_none(request)
    if shop is None:
        return redirect("seller:shop")
    account = _account_or_404(shop, account_id)
    try:
        services.bank_account_remove(account=account, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("payout:bank-account", account_id=account.pk)
    messages.success(request, _("Bank account removed."))
    return redirect("payout:balances")
