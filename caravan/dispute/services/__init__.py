"""Dispute services: the buyer's claims, the seller's answers, Caravan's decisions, evidence,
refunds at any stage, and the deadline sweep (one module each)."""

from .answers import dispute_respond
from .claims import (
    dispute_accept_offer,
    dispute_escalate,
    dispute_open,
    dispute_return_shipped,
    dispute_window,
    dispute_withdraw,
)
from .decisions import dispute_decide
from .evidence import dispute_message_add, evidence_image_check
from .refunds import compensation_issue, order_refund_after_release, refund_issue
from .sweep import disputes_sweep

__all__ = [
    "compensation_issue", "dispute_accept_offer", "dispute_decide", "dispute_escalate",
    "dispute_message_add", "dispute_open", "dispute_respond", "dispute_return_shipped",
    "dispute_window", "dispute_withdraw", "disputes_sweep", "evidence_image_check",
    "order_refund_after_release", "refund_issue",
]
