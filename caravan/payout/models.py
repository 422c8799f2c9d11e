"""Funds releases (when released money becomes available), sellers' bank accounts (the number
encrypted, see crypto.py) and withdrawals. The money itself lives in the ledger only."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from caravan.core.models import BaseModel, StatusEvent

from .constants import BankAccountStatus, DepositState, NumberKind, WithdrawalStatus


class FundsRelease(BaseModel):
    """The seller's share of one completed order, and when it becomes available."""

    order = models.OneToOneField("order.Order", on_delete=models.PROTECT,
                                 related_name="funds_release")
    shop = models.ForeignKey("seller.Shop", on_delete=models.PROTECT,
                             related_name="funds_releases")
    amount = models.PositiveBigIntegerField(help_text="minor units credited to seller_pending")
    currency = models.CharField(max_length=3)
    completed_at = models.DateTimeField()
    available_at = models.DateTimeField()
    released_at = models.DateTimeField(null=True, blank=True)
    # What moved to available; less than `amount` only if a clawback took pending money first.
    released_amount = models.PositiveBigIntegerField(default=0)
    idempotency_key = models.CharField(max_length=200, unique=True)

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["available_at"], condition=Q(released_at__isnull=True),
                         name="payout_release_due"),
            models.Index(fields=["shop", "id"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(released_amount__lte=models.F("amount")),
                                   name="payout_release_within_amount"),
        ]

    def __str__(self) -> str:
        return f"release of order {self.order_id}"


class BankAccount(BaseModel):
    shop = models.ForeignKey("seller.Shop", on_delete=models.PROTECT,
                             related_name="bank_accounts")
    holder_name = models.CharField(_("account holder"), max_length=140)
    bank_name = models.CharField(_("bank"), max_length=140)
    bic = models.CharField(_("SWIFT/BIC"), max_length=11)
    country = models.CharField(max_length=2)
    currency = models.CharField(max_length=3)
    number_kind = models.CharField(max_length=8, choices=NumberKind.choices)
    # Fernet token of the account number or IBAN; only the last four digits are ever shown.
    number_encrypted = models.TextField()
    last4 = models.CharField(max_length=4)
    status = models.CharField(max_length=12, choices=BankAccountStatus.choices,
                              default=BankAccountStatus.UNVERIFIED)
    # The current verification round: the two amounts (encrypted), their payouts, the tries.
    deposits_encrypted = models.TextField(blank=True)
    deposit_round = models.PositiveSmallIntegerField(default=0)
    deposit_references = models.JSONField(default=list, blank=True)
    deposit_state = models.CharField(max_length=8, choices=DepositState.choices,
                                     default=DepositState.SENDING)
    verify_tries = models.PositiveSmallIntegerField(default=0)
    verified_at = models.DateTimeField(null=True, blank=True)
    failure_code = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["status", "deposit_state"])]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=BankAccountStatus.values),
                                   name="payout_bank_account_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.bank_name} {self.masked}"

    @property
    def masked(self) -> str:
        return f"•••• {self.last4}"


class BankAccountEvent(StatusEvent):
    bank_account = models.ForeignKey(BankAccount, on_delete=models.CASCADE,
                                     related_name="events")


class Withdrawal(BaseModel):
    shop = models.ForeignKey("seller.Shop", on_delete=models.PROTECT,
                             related_name="withdrawals")
    bank_account = models.ForeignKey(BankAccount, on_delete=models.PROTECT,
                                     related_name="withdrawals")
    amount = models.PositiveBigIntegerField()
    currency = models.CharField(max_length=3)
    status = models.CharField(max_length=12, choices=WithdrawalStatus.choices,
                              default=WithdrawalStatus.REQUESTED)
    # (shop, key) is unique: a retried request finds its withdrawal instead of paying twice.
    idempotency_key = models.CharField(max_length=100)
    request_hash = models.CharField(max_length=64)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    provider = models.CharField(max_length=20)
    provider_reference = models.CharField(max_length=64, blank=True)
    failure_code = models.CharField(max_length=40, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["status", "id"]), models.Index(fields=["shop", "id"])]
        constraints = [
            models.UniqueConstraint(fields=["shop", "idempotency_key"],
                                    name="payout_withdrawal_key_unique"),
            models.CheckConstraint(condition=Q(amount__gt=0), name="payout_withdrawal_positive"),
            models.CheckConstraint(condition=Q(status__in=WithdrawalStatus.values),
                                   name="payout_withdrawal_status_valid"),
        ]

    def __str__(self) -> str:
        return f"withdrawal {self.pk}"


class WithdrawalEvent(StatusEvent):
    withdrawal = models.ForeignKey(Withdrawal, on_delete=models.CASCADE, related_name="events")


from .providers.sandbox_models import SandboxPayout, SandboxPayoutRequest  # noqa: E402,F401
