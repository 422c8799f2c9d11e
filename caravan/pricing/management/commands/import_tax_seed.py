"""`caravan import-tax-seed`: the low-value import schemes (EU IOSS, UK, AU, NO) and rates."""

from django.core.management.base import BaseCommand

from caravan.pricing.services import import_tax_seed


class Command(BaseCommand):
    help = "Load or refresh the import VAT/GST schemes and their per-country rates."

    def handle(self, *args, **options):
        count = import_tax_seed()
        self.stdout.write(self.style.SUCCESS(f"Import-tax rates loaded for {count} countries."))
