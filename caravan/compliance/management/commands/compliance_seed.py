from django.core.management.base import BaseCommand

from caravan.compliance.services import compliance_seed


class Command(BaseCommand):
    help = "Add the starting prohibited/restricted goods rules whose code is missing."

    def handle(self, *args, **options):
        created = compliance_seed()
        self.stdout.write(self.style.SUCCESS(f"Compliance rules: {created} new."))
