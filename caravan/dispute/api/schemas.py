from typing import Literal

from ninja import Schema
from pydantic import Field

from caravan.core.api import ObjectId

from ..constants import TEXT_MAX, DisputeReason, DisputeStatus, Outcome, SellerDecision

Amount = int


class DisputeIn(Schema):
    reason: DisputeReason
    text: str = Field(min_length=1, max_length=TEXT_MAX,
                      description="what is wrong; images go to .../evidence afterwards")


class EvidenceIn(Schema):
    text: str = Field("", max_length=TEXT_MAX)


class ResponseIn(Schema):
    decision: SellerDecision
    amount: Amount | None = Field(None, ge=1, le=2**63 - 1,
                                  description="offer_partial: minor units of the order's "
                                              "currency, less than what is left to refund")
    text: str = Field("", max_length=TEXT_MAX, description="required to reject")


class ReturnIn(Schema):
    carrier: str = Field(min_length=1, max_length=60)
    tracking_number: str = Field(min_length=1, max_length=60)


class DisputeDecisionIn(Schema):
    outcome: Outcome
    amount: Amount | None = Field(None, ge=1, le=2**63 - 1, description="partial only")
    reason: str = Field(min_length=1, max_length=500)
    counterfeit: bool = Field(False, description="full outcome of a counterfeit claim: the "
                                                 "buyer is refunded twice, the second part "
                                                 "charged to the seller")


class ListFilter(Schema):
    status: DisputeStatus | None = None
    cursor: ObjectId | None = None
    limit: int = Field(20, ge=1, le=100)


class MessageOut(Schema):
    id: int
    side: Literal["buyer", "seller", "operator", "system"]
    text: str
    image_url: str | None
    created_at: str


class EventOut(Schema):
    from_status: str
    to_status: str
    reason: str
    created_at: str


class DisputeSummaryOut(Schema):
    id: int
    order_id: int
    order_number: str
    shop_id: int
    shop_name: str
    reason: str
    status: str
    currency: str
    order_total: int
    order_refunded_total: int
    seller_decision: str | None
    offer_amount: int | None
    refund_amount: int
    compensation_amount: int
    seller_respond_by: str
    escalate_from: str
    negotiation_ends_at: str
    return_due_at: str | None
    return_carrier: str
    return_tracking: str
    decision_reason: str
    created_at: str
    resolved_at: str | None


class DisputeOut(DisputeSummaryOut):
    messages: list[MessageOut]
    events: list[EventOut]


class DisputePage(Schema):
    items: list[DisputeSummaryOut]
    next_cursor: int | None
