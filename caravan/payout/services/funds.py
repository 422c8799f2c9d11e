"""When released money becomes available: scheduled at completion, moved by a sweep."""

from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from caravan.core import clock
from caravan.core.errors import InvalidInput
from caravan.core.money import Money
from caravan.core.outbox import outbox_write
from caravan.ledger.services import funds_release
from caravan.seller.models import Shop

from ..errors import AlreadyScheduled, IdempotencyMismatch
from ..models import FundsRelease
from ..workdays import add_working_days

SWEEP_BATCH = 500


def _replayed(key: str, order_id: int, shop_id: int, amount: Money) -> FundsRelease | None:
    found = FundsRelease.objects.filter(idempotency_key=key).first()
    if found is None:
        return None
    if (found.order_id, found.shop_id, found.amount, found.currency) != (
            order_id, shop_id, amount.amount, amount.currency):
        raise IdempotencyMismatch(f"Idempotency key {key!r} was used for another release.")
    return found


def funds_schedule(*, order_id: int, shop_id: int, amount: Money, completed_at: datetime,
                   key: str) -> FundsRelease:
    """Record when the seller's share of a completed order becomes available.

    `amount` is what `escrow_release` left in `seller_pending:<shop>` (the settlement currency,
    commission taken). It becomes available `FUNDS_AVAILABLE_WORKING_DAYS` working days of the
    settlement calendar after `completed_at`, at the same local time of day. Idempotent by key;
    one release per order. Nothing to release (a zero share) is recorded as released at once.
    """
    if amount.amount < 0:
        raise InvalidInput(_("A release cannot be negative."), code="invalid_amount")
    if timezone.is_naive(completed_at):
        raise InvalidInput("completed_at must be an aware datetime.", code="naive_datetime")
    if (found := _replayed(key, order_id, shop_id, amount)) is not None:
        return found
    available_at = add_working_days(completed_at, days=settings.FUNDS_AVAILABLE_WORKING_DAYS,
                                    country=settings.SETTLEMENT_CALENDAR)
    try:
        with transaction.atomic():
            return FundsRelease.objects.create(
                order_id=order_id, shop_id=shop_id, amount=amount.amount,
                currency=amount.currency, completed_at=completed_at, available_at=available_at,
                released_at=None if amount.amount else completed_at, idempotency_key=key)
    except IntegrityError:
        # The same key committed meanwhile answers as it did; another key for the order is a bug.
        if (found := _replayed(key, order_id, shop_id, amount)) is not None:
            return found
        if FundsRelease.objects.filter(order_id=order_id).exists():
            raise AlreadyScheduled(f"Order {order_id}'s funds are already scheduled.") from None
        raise


@transaction.atomic
def _release_one(release_id: int, now: datetime) -> bool:
    # SKIP LOCKED: a release another sweeper holds is its business; once it commits, the
    # released_at filter keeps it from being moved twice.
    release = (FundsRelease.objects.select_for_update(skip_locked=True)
               .filter(pk=release_id, released_at__isnull=True).first())
    if release is None:
        return False
    moved = funds_release(shop_id=release.shop_id, amount=Money(release.amount, release.currency),
                          release_id=release.pk, key=f"funds-release-{release.pk}")
    release.released_at = now
    release.released_amount = moved.amount
    release.save(update_fields=["released_at", "released_amount"])
    owner = Shop.objects.select_related("owner").get(pk=release.shop_id).owner
    outbox_write(topic="payout.funds_available", recipient=owner, payload={
        "shop_id": release.shop_id, "order_id": release.order_id, "amount": moved.as_dict()})
    return True


def funds_release_due(*, now: datetime | None = None) -> int:
    """Make every release that is due available; answers how many moved. Safe to run in
    several workers at once, and again: each release moves exactly once."""
    now = now or clock.now()
    due = (FundsRelease.objects.filter(released_at__isnull=True, available_at__lte=now)
           .order_by("available_at", "pk").values_list("pk", flat=True))
    return sum(_release_one(release_id, now) for release_id in list(due[:SWEEP_BATCH]))
