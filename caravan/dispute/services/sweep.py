"""`disputes_sweep`: act on every dispute whose deadline passed.

- open past `seller_respond_by`: the seller's silence accepts the claim (full refund);
- negotiating past `negotiation_ends_at`: Caravan arbitrates;
- an accepted return not sent by `return_due_at`: ended with no refund.

Each dispute is claimed with SELECT ... FOR UPDATE SKIP LOCKED under its due condition, in its
own transaction, so several workers (or a rerun) never act twice and one failure stops
nothing else.
"""

import logging
from datetime import datetime

from django.db import transaction

from caravan.core import clock
from caravan.core.errors import DomainError

from ..constants import NEGOTIATING, DisputeStatus, SellerDecision
from ..models import Dispute
from .claims import to_arbitration
from .common import dispute_transition
from .decisions import settle

logger = logging.getLogger(__name__)
BATCH = 500


def _silent_seller(dispute: Dispute) -> None:
    dispute_transition(dispute=dispute, to=DisputeStatus.SELLER_ACCEPTED, actor=None,
                       reason="the seller did not answer in time")
    dispute.seller_decision = SellerDecision.ACCEPT_FULL
    dispute.save(update_fields=["seller_decision"])
    settle(dispute=dispute, amount=None, to=DisputeStatus.RESOLVED_REFUND, actor=None,
           reason="accepted: the seller did not answer in time")


def _negotiation_over(dispute: Dispute) -> None:
    dispute_transition(dispute=dispute, to=DisputeStatus.ARBITRATION, actor=None,
                       reason="negotiation period over")
    to_arbitration(dispute)


def _return_missed(dispute: Dispute) -> None:
    settle(dispute=dispute, amount=0, to=DisputeStatus.RESOLVED_NO_REFUND, actor=None,
           reason="the return was not sent in time")


def _sweep(due, act) -> int:
    done = 0
    for pk in list(due.order_by("pk").values_list("pk", flat=True)[:BATCH]):
        try:
            with transaction.atomic():
                dispute = due.select_for_update(skip_locked=True).filter(pk=pk).first()
                if dispute is None:
                    continue  # another worker has it, or it moved meanwhile
                act(dispute)
                done += 1
        except DomainError as exc:  # e.g. the card provider refused; retried next sweep
            logger.warning("dispute %s not swept: %s", pk, exc.message)
    return done


def disputes_sweep(*, now: datetime | None = None) -> int:
    """How many disputes were acted on."""
    now = now or clock.now()
    return (
        _sweep(Dispute.objects.filter(status=DisputeStatus.OPEN, seller_respond_by__lte=now),
               _silent_seller)
        + _sweep(Dispute.objects.filter(status__in=NEGOTIATING, negotiation_ends_at__lte=now),
                 _negotiation_over)
        + _sweep(Dispute.objects.filter(status=DisputeStatus.SELLER_ACCEPTED,
                                        seller_decision=SellerDecision.ACCEPT_RETURN,
                                        return_tracking="", return_due_at__lte=now),
                 _return_missed)
    )
