"""`caravan ledger-verify`: check the ledger's invariants; exit 1 on any breach."""

from django.core.management.base import BaseCommand, CommandError

from caravan.ledger.verify import ledger_verify


class Command(BaseCommand):
    help = ("Check the double-entry ledger: balanced per currency, running totals, no seller "
            "account below zero, settles, and every paid order's escrow hold.")

    def handle(self, *args, **options):
        breaches = ledger_verify()
        for breach in breaches:
            self.stdout.write(breach)
        if breaches:
            raise CommandError(f"{len(breaches)} ledger breach(es)", returncode=1)
        self.stdout.write(self.style.SUCCESS("ledger clean"))
