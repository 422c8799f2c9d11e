"""`caravan logistics-seed`: carriers, services, zones and rate cards from the seed data."""

from django.core.management.base import BaseCommand

from caravan.logistics.seeding import logistics_seed


class Command(BaseCommand):
    help = ("Create the seed carriers, shipping services, destination zones for every country "
            "and rate cards. Services that exist are kept unless --reset.")

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true",
                            help="Rewrite seed services from the seed data (drops edits).")

    def handle(self, *args, reset: bool, **options):
        result = logistics_seed(reset=reset)
        self.stdout.write(self.style.SUCCESS(
            f"Logistics seed: {result['services']} services written, "
            f"{result['carriers']} carriers."))
