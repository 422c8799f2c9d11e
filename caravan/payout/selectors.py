"""Reads for sellers and operators: balances from the ledger, bank accounts, withdrawals.

Everything a seller reads is scoped to the seller's shop here, so another shop's bank account
or withdrawal is a 404.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from caravan.core.money import Money
from caravan.ledger.models import Account

from .constants import BankAccountStatus
from .errors import BankAccountNotFound, WithdrawalNotFound
from .models import BankAccount, Withdrawal
from .providers import payout_provider

# Ledger account prefix -> the balance it shows.
BALANCE_OF = {"seller_pending": "pending", "seller_available": "available",
              "payout_transit": "in_transit", "seller_debt": "debt"}


def shop_balances(*, shop) -> list[dict]:
    """Per currency, the shop's `pending` (released, not yet available), `available`,
    `in_transit` (withdrawn, not yet paid) and `debt` (owed to the platform), as Money; the
    shop's settlement currency first, always present."""
    balances: dict[str, dict] = {}

    def row(currency: str) -> dict:
        return balances.setdefault(currency, {"currency": currency, **{
            name: Money(0, currency) for name in BALANCE_OF.values()}})

    row(shop.settlement_currency)
    for account in Account.objects.filter(shop=shop).order_by("currency", "code"):
        name = BALANCE_OF.get(account.code.partition(":")[0])
        if name:
            # Available is what may still be spent: posted credits less every debit.
            amount = account.available if name == "available" else account.balance
            row(account.currency)[name] = Money(amount, account.currency)
    return sorted(balances.values(),
                  key=lambda b: (b["currency"] != shop.settlement_currency, b["currency"]))


def withdrawable(*, shop, currency: str) -> Money:
    """What the shop may withdraw in `currency`: available, less any debt to the platform."""
    for balance in shop_balances(shop=shop):
        if balance["currency"] == currency:
            return Money(max(balance["available"].amount - balance["debt"].amount, 0), currency)
    return Money(0, currency)


def bank_accounts_of(*, shop) -> list[BankAccount]:
    return list(BankAccount.objects.filter(shop=shop)
                .exclude(status=BankAccountStatus.REMOVED).order_by("-id"))


def bank_account_of(*, shop, account_id: int) -> BankAccount:
    account = (BankAccount.objects.filter(shop=shop, pk=account_id)
               .exclude(status=BankAccountStatus.REMOVED).first())
    if account is None:
        raise BankAccountNotFound(_("No such bank account."))
    return account


def tries_left(account: BankAccount) -> int:
    if account.status != BankAccountStatus.UNVERIFIED:
        return 0
    return max(settings.BANK_VERIFY_MAX_TRIES - account.verify_tries, 0)


def withdrawals_of(*, shop, after: int | None, limit: int) -> list[Withdrawal]:
    """One page of the shop's withdrawals, newest first; `after` is the last id shown."""
    rows = Withdrawal.objects.filter(shop=shop).select_related("bank_account").order_by("-id")
    if after:
        rows = rows.filter(id__lt=after)
    return list(rows[:limit])


def withdrawal_of(*, shop, withdrawal_id: int) -> Withdrawal:
    withdrawal = (Withdrawal.objects.filter(shop=shop, pk=withdrawal_id)
                  .select_related("bank_account").first())
    if withdrawal is None:
        raise WithdrawalNotFound(_("No such withdrawal."))
    return withdrawal


def payouts_page(*, status: str | None, after: int | None, limit: int) -> list[Withdrawal]:
    """Operators: every shop's withdrawals, newest first, optionally of one status."""
    rows = Withdrawal.objects.select_related("bank_account", "shop").order_by("-id")
    if status:
        rows = rows.filter(status=status)
    if after:
        rows = rows.filter(id__lt=after)
    return list(rows[:limit])


def deposits_shown(account: BankAccount) -> list[Money]:
    """Test mode only: the deposits as the seller's bank statement would show them."""
    if settings.PAYOUT_PROVIDER != "sandbox" or not account.deposit_references:
        return []
    return payout_provider().statement(references=account.deposit_references)
