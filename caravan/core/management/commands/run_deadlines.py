"""`caravan run-deadlines [--now ISO]`: run every deadline sweep once, by hand. The worker runs
the same sweeps periodically; each acts only on what is due, so running one twice is harmless."""

from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from caravan.checkout.recovery import checkouts_resume_stalled
from caravan.compliance.services import complaints_sweep
from caravan.dispute.services import disputes_sweep
from caravan.order.aftersale import (
    cancellations_auto_approve,
    orders_cancel_unshipped,
    protection_sweep,
)
from caravan.order.services import orders_close_overdue
from caravan.payout.services import funds_release_due, payouts_advance


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
    help = "Run every deadline sweep once (orders, cancellations, protection, complaints)."

    def add_arguments(self, parser):
        parser.add_argument("--now", help="act as if it were this time (ISO 8601)")

    def handle(self, *args, now=None, **options):
        moment = _moment(now)
        results = {
            "stalled checkouts carried on": checkouts_resume_stalled(now=moment),
            "unpaid orders closed": orders_close_overdue(now=moment),
            "unshipped orders cancelled (ship-by passed)": orders_cancel_unshipped(now=moment),
            "cancellation requests approved (seller silent)":
                cancellations_auto_approve(now=moment),
            "orders past buyer protection": protection_sweep(now=moment),
            "IP complaints past their deadline": complaints_sweep(now=moment),
            "disputes past a deadline": disputes_sweep(now=moment),
            "seller funds now available": funds_release_due(now=moment),
            "payouts advanced": payouts_advance(now=moment),
        }
        for name, count in results.items():
            self.stdout.write(f"{name}: {count}")
