"""The whole journey of one order's money, through the real services and APIs: pay, ship,
deliver, confirm, wait the settlement days over a public holiday, withdraw. The books are
checked after every step; the seller ends with the total less commission, in its currency."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command

from caravan.account.tests.factories import BuyerFactory
from caravan.checkout.tests.helpers import card_token, checkout_body, place, sku_on_sale
from caravan.core.money import Money
from caravan.fulfilment.models import Shipment
from caravan.fulfilment.services import shipment_create, tracking_event_record
from caravan.ledger.services import ledger_verify, order_escrow
from caravan.logistics.seeding import logistics_seed
from caravan.order.models import Order
from caravan.payout.models import FundsRelease, Withdrawal
from caravan.payout.selectors import shop_balances
from caravan.payout.services import funds_release_due, payouts_advance
from caravan.payout.tests.helpers import CN_ACCOUNT, HK_ACCOUNT, verified_account
from caravan.seller.tests.factories import ShopFactory

pytestmark = pytest.mark.django_db
HONG_KONG = ZoneInfo("Asia/Hong_Kong")


def books_balance():
    assert ledger_verify() == []


def balances(shop, currency):
    return next(row for row in shop_balances(shop=shop) if row["currency"] == currency)


@pytest.mark.parametrize(("currency", "bank"), [("USD", HK_ACCOUNT), ("CNY", CN_ACCOUNT)])
def test_pay_ship_deliver_confirm_wait_over_a_holiday_and_withdraw(api, settings, currency,
                                                                   bank):
    # given a shop settling in `currency`, on Hong Kong's settlement calendar, paid out five
    # working days after completion (DOMAIN.md: 3-5)
    settings.SETTLEMENT_CALENDAR = "HK"
    settings.FUNDS_AVAILABLE_WORKING_DAYS = 5
    call_command("fx_load", verbosity=0)
    call_command("import_tax_seed", verbosity=0)
    logistics_seed()
    shop = ShopFactory(settlement_currency=currency)
    client = api(BuyerFactory(country="DE"))
    client.post("/api/store/cart/items", {"sku": sku_on_sale(shop=shop, price=4500).id})
    # when the buyer pays
    paid = place(client, checkout_body(client, token=card_token(client)), key="j")
    order = Order.objects.get()
    assert paid.json()["payment"]["status"] == "captured" and order.status == "paid"
    assert order.settlement_currency == currency
    books_balance()
    # and the seller ships with a platform service, and the carrier reports delivery
    shipment = shipment_create(order=order, actor=shop.owner, mode="online")
    books_balance()
    tracking_event_record(carrier=shipment.carrier, event_id="e-1",
                          tracking_number=shipment.tracking_number, kind="delivered",
                          occurred_at=shipment.created_at)
    assert Order.objects.get().status == "delivered"
    # and the buyer confirms receipt on Wednesday 23 December 2026
    with time_machine.travel(datetime(2026, 12, 23, 15, tzinfo=HONG_KONG), tick=False):
        confirmed = client.post(f"/api/store/orders/{order.id}/confirm-receipt")
        assert confirmed.json()["status"] == "completed"
        books_balance()
    escrow = order_escrow(order_id=order.id)
    share = escrow["released"] - escrow["commission"]
    assert escrow["released"] == Money(order.settlement_total, currency)
    assert escrow["commission"].amount > 0
    assert balances(shop, currency)["pending"] == share
    # then the money is available five working days later, Christmas Day (Friday 25th) being a
    # holiday: Thu 24, Mon 28, Tue 29, Wed 30, Thu 31 December (without it: the 30th)
    release = FundsRelease.objects.get()
    assert release.available_at.astimezone(HONG_KONG).date().isoformat() == "2026-12-31"
    assert funds_release_due(now=release.available_at - timedelta(seconds=1)) == 0
    with time_machine.travel(release.available_at, tick=False):
        assert funds_release_due() == 1
        assert funds_release_due() == 0
        books_balance()
        assert balances(shop, currency)["available"] == share
        # and the seller withdraws it all to a verified account in the settlement currency
        account = verified_account(shop, **bank)
        response = api(shop.owner).post(
            "/api/seller/withdrawals",
            {"bank_account_id": account.id, "amount": share.as_dict()},
            headers={"Idempotency-Key": "w-1"})
        assert response.status_code in (200, 201), response.content
        books_balance()
    with time_machine.travel(release.available_at + timedelta(days=2), tick=False):
        payouts_advance()
        payouts_advance()
    withdrawal = Withdrawal.objects.get()
    assert withdrawal.status == "paid"
    assert (withdrawal.amount, withdrawal.currency) == (share.amount, currency)
    final = balances(shop, currency)
    assert final["available"].amount == 0 and final["in_transit"].amount == 0
    assert Shipment.objects.get().order_id == order.id
    books_balance()
