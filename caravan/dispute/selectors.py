"""Reads of disputes, each scoped to who asks: a buyer sees own disputes, a seller own shop's,
an operator all. Anything else is a 404."""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext as _

from caravan.account.models import User
from caravan.seller.models import Shop

from .constants import OPEN_STATUSES
from .errors import DisputeNotFound
from .models import Dispute, DisputeEvent, DisputeMessage


def _disputes():
    return Dispute.objects.select_related("order", "shop")


def _with_history(queryset):
    return queryset.prefetch_related(
        Prefetch("messages", queryset=DisputeMessage.objects.order_by("id")),
        Prefetch("events", queryset=DisputeEvent.objects.order_by("id")))


def _one(queryset, dispute_id: int) -> Dispute:
    dispute = _with_history(queryset).filter(pk=dispute_id).first()
    if dispute is None:
        raise DisputeNotFound(_("No such dispute."))
    return dispute


def buyer_dispute(*, buyer: User, dispute_id: int) -> Dispute:
    return _one(_disputes().filter(buyer=buyer), dispute_id)


def seller_dispute(*, shop: Shop, dispute_id: int) -> Dispute:
    return _one(_disputes().filter(shop=shop), dispute_id)


def operator_dispute(*, dispute_id: int) -> Dispute:
    return _one(_disputes(), dispute_id)


def _page(queryset, *, status: str | None, after: int | None, limit: int) -> list[Dispute]:
    """Newest first, keyset by id."""
    if status:
        queryset = queryset.filter(status=status)
    if after:
        queryset = queryset.filter(id__lt=after)
    return list(queryset.order_by("-id")[:limit])


def buyer_disputes(*, buyer: User, status: str | None = None, after: int | None = None,
                   limit: int = 20) -> list[Dispute]:
    return _page(_disputes().filter(buyer=buyer), status=status, after=after, limit=limit)


def seller_disputes(*, shop: Shop, status: str | None = None, after: int | None = None,
                    limit: int = 20) -> list[Dispute]:
    return _page(_disputes().filter(shop=shop), status=status, after=after, limit=limit)


def operator_disputes(*, status: str | None = None, after: int | None = None,
                      limit: int = 50) -> list[Dispute]:
    return _page(_disputes(), status=status, after=after, limit=limit)


def order_disputes(*, order_id: int) -> list[Dispute]:
    return list(Dispute.objects.filter(order_id=order_id).order_by("-id"))


def order_in_dispute(*, order_id: int) -> bool:
    """True while the order has an open dispute (e.g. a completion sweep may want to wait)."""
    return Dispute.objects.filter(order_id=order_id, status__in=OPEN_STATUSES).exists()


def message_view(message: DisputeMessage) -> dict:
    image_url = (reverse("dispute:evidence", args=[message.dispute_id, message.pk])
                 if message.image else None)
    return {"id": message.pk, "side": message.side, "text": message.text,
            "image_url": image_url, "created_at": message.created_at.isoformat()}


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def dispute_summary(dispute: Dispute) -> dict:
    """The dispute as either side may see it (nothing here is one side's private data)."""
    order = dispute.order
    return {
        "id": dispute.pk, "order_id": order.pk, "order_number": order.number,
        "shop_id": dispute.shop_id, "shop_name": dispute.shop.name,
        "reason": dispute.reason, "status": dispute.status, "currency": dispute.currency,
        "order_total": order.total, "order_refunded_total": order.refunded_total,
        "seller_decision": dispute.seller_decision or None,
        "offer_amount": dispute.offer_amount, "refund_amount": dispute.refund_amount,
        "compensation_amount": dispute.compensation_amount,
        "seller_respond_by": _iso(dispute.seller_respond_by),
        "escalate_from": _iso(dispute.escalate_from),
        "negotiation_ends_at": _iso(dispute.negotiation_ends_at),
        "return_due_at": _iso(dispute.return_due_at),
        "return_carrier": dispute.return_carrier, "return_tracking": dispute.return_tracking,
        "decision_reason": dispute.decision_reason, "created_at": _iso(dispute.created_at),
        "resolved_at": _iso(dispute.resolved_at),
    }


def dispute_view(dispute: Dispute) -> dict:
    """The summary with the messages and the history (read through `_with_history`)."""
    return {
        **dispute_summary(dispute),
        "messages": [message_view(m) for m in dispute.messages.all()],
        "events": [{"from_status": e.from_status, "to_status": e.to_status,
                    "reason": e.reason, "created_at": _iso(e.created_at)}
                   for e in dispute.events.all()],
    }
