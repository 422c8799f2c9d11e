"""Building blocks of dispute tests: orders brought to shipped or completed, balances."""

import io
from datetime import datetime, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from caravan.core.money import Money
from caravan.ledger.selectors import account_balance
from caravan.ledger.services import escrow_release, ledger_verify, order_escrow
from caravan.order.models import Order
from caravan.payment.models import PaymentAttempt

COMMISSION_BPS = 500
DAY = timedelta(days=1)


def ship(order: Order, at: datetime) -> Order:
    """Shipped at `at`, set through the ORM (the fulfilment service is written elsewhere)."""
    Order.objects.filter(pk=order.pk).update(status="shipped", shipped_at=at,
                                             protection_ends_at=at + 60 * DAY)
    order.refresh_from_db()
    return order


def complete(order: Order, at: datetime) -> Order:
    """Completed at `at`, the escrow released to the seller less 5% commission."""
    Order.objects.filter(pk=order.pk).update(status="completed", completed_at=at)
    escrow_release(order_id=order.pk, commission_bps=COMMISSION_BPS,
                   key=f"order-{order.pk}-release")
    order.refresh_from_db()
    return order


def seller_balances(order: Order) -> dict[str, int]:
    """The seller's pending, available and debt balances (settlement currency)."""
    return {name: account_balance(code=f"seller_{name}:{order.shop_id}",
                                  currency=order.settlement_currency).amount
            for name in ("pending", "available", "debt")}


def card_refunded(order: Order) -> int:
    return PaymentAttempt.objects.get(pk=order.checkout.payment_attempt_id).refunded_amount


def escrow(order: Order) -> dict[str, int]:
    return {name: money.amount for name, money in order_escrow(order_id=order.pk).items()}


def assert_ledger_clean() -> None:
    assert ledger_verify() == []


def usd(amount: int) -> Money:
    return Money(amount, "USD")


def png(name: str = "photo.png", size: int = 32) -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (size, size), (200, 30, 30)).save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")
