"""The double-entry ledger: accounts with running totals, and append-only transfers.

Only `caravan.ledger.services` writes these rows. Amounts are integers of minor units in the
account's currency; accounts of different currencies never meet in one transfer, so each
currency is a ledger of its own.
"""

from django.db import models
from django.db.models import F, Q

from caravan.core import clock

from .constants import DEBIT_NORMAL, SETTLE_KINDS, AccountKind, TransferKind


class Account(models.Model):
    code = models.CharField(max_length=64)
    currency = models.CharField(max_length=3)
    kind = models.CharField(max_length=16, choices=AccountKind.choices)
    shop = models.ForeignKey("seller.Shop", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="ledger_accounts")
    no_negative = models.BooleanField(default=False)
    debits_posted = models.BigIntegerField(default=0)
    credits_posted = models.BigIntegerField(default=0)
    debits_pending = models.BigIntegerField(default=0)
    credits_pending = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(default=clock.now, editable=False)

    class Meta:
        ordering = ["code", "currency"]
        constraints = [
            models.UniqueConstraint(fields=["code", "currency"], name="ledger_account_unique"),
            models.CheckConstraint(condition=Q(kind__in=AccountKind.values),
                                   name="ledger_account_kind_valid"),
            models.CheckConstraint(
                condition=Q(debits_posted__gte=0, credits_posted__gte=0, debits_pending__gte=0,
                            credits_pending__gte=0),
                name="ledger_account_totals_non_negative"),
            # TigerBeetle's debits_must_not_exceed_credits: pending debits count as spent.
            models.CheckConstraint(
                condition=Q(no_negative=False)
                | Q(credits_posted__gte=F("debits_posted") + F("debits_pending")),
                name="ledger_account_no_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.currency}"

    @property
    def balance(self) -> int:
        """Posted balance, positive when on the account's normal side."""
        net = self.credits_posted - self.debits_posted
        return -net if self.kind in DEBIT_NORMAL else net

    @property
    def available(self) -> int:
        """What a no_negative account may still give: posted credits less all debits."""
        return self.credits_posted - self.debits_posted - self.debits_pending


class TransferQuerySet(models.QuerySet):
    """Transfers are append-only: corrections are new, reversing transfers."""

    def update(self, **kwargs):
        raise TypeError("ledger transfers are append-only")

    def delete(self):
        raise TypeError("ledger transfers are append-only")


class Transfer(models.Model):
    idempotency_key = models.CharField(max_length=200, unique=True)
    debit = models.ForeignKey(Account, on_delete=models.PROTECT, related_name="debit_transfers")
    credit = models.ForeignKey(Account, on_delete=models.PROTECT,
                               related_name="credit_transfers")
    amount = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    kind = models.CharField(max_length=16, choices=TransferKind.choices)
    pending = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                                related_name="settlements")
    ref_type = models.CharField(max_length=32)
    ref_id = models.BigIntegerField()
    memo = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=clock.now, editable=False)

    objects = TransferQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["ref_type", "ref_id", "kind"])]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="ledger_transfer_amount_gt_0"),
            models.CheckConstraint(condition=~Q(debit=F("credit")),
                                   name="ledger_transfer_two_accounts"),
            models.CheckConstraint(condition=Q(kind__in=TransferKind.values),
                                   name="ledger_transfer_kind_valid"),
            models.CheckConstraint(
                condition=Q(kind__in=SETTLE_KINDS, pending__isnull=False)
                | (~Q(kind__in=SETTLE_KINDS) & Q(pending__isnull=True)),
                name="ledger_transfer_settles_a_pending"),
            # A pending transfer is posted or voided at most once.
            models.UniqueConstraint(fields=["pending"], condition=Q(pending__isnull=False),
                                    name="ledger_transfer_settled_once"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.amount} {self.currency} {self.debit_id}->{self.credit_id}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("ledger transfers are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("ledger transfers are append-only")
