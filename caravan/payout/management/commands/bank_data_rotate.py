"""`caravan bank-data-rotate`: re-encrypt every bank account's data with the first key of
BANK_DATA_KEYS, so that an old key can then be dropped."""

from django.core.management.base import BaseCommand
from django.db import transaction

from caravan.payout.crypto import bank_data_rotate
from caravan.payout.models import BankAccount


class Command(BaseCommand):
    help = "Re-encrypt bank account data with the first BANK_DATA_KEYS key."

    def handle(self, *args, **options):
        rotated = 0
        for pk in BankAccount.objects.order_by("pk").values_list("pk", flat=True):
            with transaction.atomic():
                account = BankAccount.objects.select_for_update().get(pk=pk)
                account.number_encrypted = bank_data_rotate(account.number_encrypted)
                if account.deposits_encrypted:
                    account.deposits_encrypted = bank_data_rotate(account.deposits_encrypted)
                account.save(update_fields=["number_encrypted", "deposits_encrypted"])
                rotated += 1
        self.stdout.write(f"bank accounts re-encrypted: {rotated}")
