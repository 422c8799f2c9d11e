"""`caravan simulate-logistics [--seed N] [--now ISO]`: play the carriers for the demo.

Posts the tracking events of open shipments, signed, through the webhook's own service. The
same seed gives the same parcels the same journeys; a rerun posts only what came due since.
"""

from datetime import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from caravan.fulfilment.simulation import logistics_simulate


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"--now wants an ISO 8601 time, e.g. 2026-12-01T09:00:00Z: {exc}") \
            from exc
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, timezone.utc)


class Command(BaseCommand):
    help = ("Simulate the carriers: post the tracking events of open shipments that are due "
            "(demo and development only).")

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1, help="the same seed, the same journeys")
        parser.add_argument("--now", help="post what is due by this time (ISO 8601)")
        parser.add_argument("--limit", type=int, default=1000, help="shipments per run")

    def handle(self, *args, seed, now=None, limit, **options):
        if settings.PRODUCTION:
            # Invented scans would deliver real orders and release real money.
            raise CommandError("simulate-logistics does not run in production")
        counts = logistics_simulate(seed=seed, now=_moment(now), limit=limit)
        for name, count in counts.items():
            self.stdout.write(f"{name.replace('_', ' ')}: {count}")
