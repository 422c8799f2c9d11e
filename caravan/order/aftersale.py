"""After payment: completion (escrow released, funds scheduled), cancellation requests, and the
deadline sweeps (ship-by, cancellation answers, end of buyer protection). Every sweep acts only on
rows that are due, claims them with SKIP LOCKED and re-checks them under the lock, so a restart
loses no timer and two workers never act twice."""

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.core import clock
from caravan.core.errors import Conflict, IllegalTransition
from caravan.core.outbox import outbox_write
from caravan.dispute.constants import OPEN_STATUSES as DISPUTE_OPEN_STATUSES
from caravan.ledger.services import escrow_release, order_escrow
from caravan.payout.services import funds_schedule

from .constants import CancellationStatus, CaseStatus, OrderStatus
from .models import CancellationRequest, HeldFundsCase, Order
from .services import order_cancel, order_refund, order_transition


def commission_bps(order: Order) -> int:
    """The order's commission rate: its lines' category rates weighted by their value."""
    lines = list(order.lines.select_related("sku__product__category"))
    weighted = sum(line.line_total * line.sku.product.category.commission_bps for line in lines)
    return int((Decimal(weighted) / max(order.items_total, 1)).to_integral_value())


@transaction.atomic
def order_complete(*, order: Order, actor: User | None, reason: str) -> Order:
    """Receipt confirmed (or protection over with delivery on record): the escrow goes to the
    seller's pending balance less commission, available after the settlement delay."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    order_transition(order=order, to=OrderStatus.COMPLETED, actor=actor, reason=reason)
    order.completed_at = clock.now()
    order.save(update_fields=["completed_at"])
    escrow_release(order_id=order.pk, commission_bps=commission_bps(order),
                   key=f"order-{order.pk}-release")
    escrow = order_escrow(order_id=order.pk)
    funds_schedule(order_id=order.pk, shop_id=order.shop_id,
                   amount=escrow["released"] - escrow["commission"],
                   completed_at=order.completed_at, key=f"order-{order.pk}-funds")
    outbox_write(topic="order.completed", recipient=order.shop.owner,
                 payload={"order_id": order.pk, "number": order.number})
    return order


def order_confirm_receipt(*, order: Order, buyer: User) -> Order:
    if order.buyer_id != buyer.pk:
        raise IllegalTransition(_("Only the buyer confirms receipt."))
    if order.status not in (OrderStatus.SHIPPED, OrderStatus.DELIVERED):
        raise IllegalTransition(_("Only a shipped order can be confirmed as received."))
    return order_complete(order=order, actor=buyer, reason="the buyer confirmed receipt")


@transaction.atomic
def cancellation_request(*, order: Order, buyer: User, reason: str) -> CancellationRequest:
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status != OrderStatus.PAID:
        raise IllegalTransition(_("Only a paid order not yet shipped can be cancelled."))
    if order.cancellations.filter(status=CancellationStatus.REQUESTED).exists():
        raise Conflict(_("A cancellation request is already waiting for the seller."),
                       code="cancellation_pending")
    now = clock.now()
    request = CancellationRequest.objects.create(
        order=order, reason=reason.strip()[:500], created_at=now,
        respond_by=now + timedelta(hours=settings.CANCELLATION_AUTO_APPROVE_HOURS))
    outbox_write(topic="order.cancellation_requested", recipient=order.shop.owner,
                 payload={"order_id": order.pk, "respond_by": request.respond_by.isoformat()})
    return request


@transaction.atomic
def cancellation_decide(*, request: CancellationRequest, actor: User | None, approve: bool,
                        answer: str) -> CancellationRequest:
    request = CancellationRequest.objects.select_for_update().get(pk=request.pk)
    if request.status != CancellationStatus.REQUESTED:
        raise IllegalTransition(_("This request has been answered already."))
    request.status = CancellationStatus.APPROVED if approve else CancellationStatus.REJECTED
    request.decided_at, request.decided_by, request.answer = clock.now(), actor, answer[:500]
    request.save(update_fields=["status", "decided_at", "decided_by", "answer", "updated_at"])
    if approve and request.order.status == OrderStatus.PAID:
        order_cancel(order=request.order, actor=actor, reason=f"cancellation: {request.reason}")
    outbox_write(topic="order.cancellation_decided", recipient=request.order.buyer,
                 payload={"order_id": request.order_id, "approved": approve})
    return request


# --- sweeps ------------------------------------------------------------------------------------

def _claim(queryset, pk: int):
    """The row, locked, if still due; None when another worker has it or it moved meanwhile.
    The lock is taken on the bare row (no joins), then the due condition is read again."""
    row = queryset.model.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
    return row if row is not None and queryset.filter(pk=pk).exists() else None


def _sweep(queryset, act, *, limit: int = 500) -> int:
    done = 0
    for pk in list(queryset.order_by("pk").values_list("pk", flat=True)[:limit]):
        with transaction.atomic():
            row = _claim(queryset, pk)
            if row is not None:
                act(row)
                done += 1
    return done


def orders_cancel_unshipped(*, now=None) -> int:
    """Ship-by passed: the order is cancelled and refunded in full."""
    due = Order.objects.filter(status=OrderStatus.PAID, ship_by__lte=now or clock.now())
    return _sweep(due, lambda order: order_cancel(
        order=order, actor=None, reason="not shipped within the handling time"))


def cancellations_auto_approve(*, now=None) -> int:
    """The seller did not answer a cancellation request in time: it is approved."""
    due = CancellationRequest.objects.filter(status=CancellationStatus.REQUESTED,
                                             respond_by__lte=now or clock.now())
    return _sweep(due, lambda request: cancellation_decide(
        request=request, actor=None, approve=True, answer="the seller did not answer in time"))


def _protection_over(order: Order) -> None:
    if order.status == OrderStatus.DELIVERED:
        order_complete(order=order, actor=None,
                       reason="buyer protection ended; the carrier reports delivery")
    elif not HeldFundsCase.objects.filter(order=order).exists():
        HeldFundsCase.objects.create(order=order, reason="buyer protection ended without a "
                                     "delivery on record; funds stay held")
        outbox_write(topic="order.funds_held", recipient=order.shop.owner,
                     payload={"order_id": order.pk})


def protection_sweep(*, now=None) -> int:
    """Protection ended: delivered orders complete; others keep their money held and get an
    operator case (once). Orders under an open dispute wait for its outcome."""
    due = (Order.objects.filter(status__in=(OrderStatus.SHIPPED, OrderStatus.DELIVERED),
                                protection_ends_at__lte=now or clock.now())
           .exclude(status=OrderStatus.SHIPPED, held_case__isnull=False)
           # The money stays in escrow while a dispute is open; its outcome settles the order.
           .exclude(disputes__status__in=DISPUTE_OPEN_STATUSES))
    return _sweep(due, _protection_over)


@transaction.atomic
def held_case_decide(*, case: HeldFundsCase, actor: User, release: bool,
                     reason: str) -> HeldFundsCase:
    """An operator ends a held-funds case: pay the seller, or refund the buyer in full."""
    case = HeldFundsCase.objects.select_for_update().get(pk=case.pk)
    if case.status != CaseStatus.OPEN:
        raise IllegalTransition(_("This case is closed already."))
    order = case.order
    if release:
        order_complete(order=order, actor=actor, reason=f"operator: {reason}")
    else:
        order_refund(order=order, amount=order.total - order.refunded_total, actor=actor,
                     reason=f"operator: {reason}", key=f"held-case-{case.pk}-refund")
    case.status = CaseStatus.RELEASED if release else CaseStatus.REFUNDED
    case.decided_by, case.decision_reason = actor, reason[:500]
    case.save(update_fields=["status", "decided_by", "decision_reason", "updated_at"])
    return case
