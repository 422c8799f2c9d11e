"""The Django side of the crash test (`crash.py`); runs in the crash database's environment.

`setup` makes the buyers (bearer token, one cart line, one sandbox card token each, the request
of their checkout with its Idempotency-Key), gives the sellers of the chosen offers a token and a
verified bank account, and writes the plan (JSON). `sweep` is a background worker that never
stops by itself: the deadline sweeps of `caravan run-deadlines` and the outbox delivery, in a
loop, so that a kill -9 lands in the middle of them. `drain` finishes the background work after
the last restart; `verify` prints the invariants' violations (JSON).
"""

import argparse
import json
import os
import secrets
import sys
import time
from datetime import timedelta
from pathlib import Path

import django

BENCH = Path(__file__).resolve().parent.parent / "bench"
OFFERS = 6
STOCK = 10**6
BANK = {"USD": {"holder_name": "Crash Test Ltd", "bank_name": "HSBC Hong Kong",
                "bic": "HSBCHKHHHKH", "number": "004-123456-001", "country": "HK"},
        "CNY": {"holder_name": "Crash Test Co", "bank_name": "Bank of China",
                "bic": "BKCHCNBJ", "number": "6217 0000 1234 5678 901", "country": "CN"}}


def _seller_token(owner) -> str:
    from caravan.account.models import ApiToken
    from caravan.account.services import token_hash
    from caravan.core import clock

    raw = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=owner, key_hash=token_hash(raw), prefix=raw[:8],
                            expires_at=clock.now() + timedelta(days=1))
    return raw


def _verified_account(shop) -> int:
    """A bank account in the shop's settlement currency, its test deposits confirmed (the
    sandbox's clock moved past their settlement, as `run-deadlines --now` would)."""
    from caravan.core import clock
    from caravan.payout.models import BankAccount
    from caravan.payout.providers.sandbox_models import SandboxPayout
    from caravan.payout.services import bank_account_add, bank_account_verify, payouts_advance

    currency = shop.settlement_currency
    account = bank_account_add(shop=shop, actor=shop.owner, currency=currency, **BANK[currency])
    payouts_advance(now=clock.now() + timedelta(days=1))
    account = BankAccount.objects.get(pk=account.pk)
    sent = SandboxPayout.objects.filter(reference__in=account.deposit_references)
    return bank_account_verify(account=account, amounts=[row.amount for row in sent],
                               actor=shop.owner).pk


def setup(plan: Path, buyers: int, card_base: int) -> None:
    sys.path.insert(0, str(BENCH))
    import shoppers
    from checkouts import find_offers

    from caravan.catalog.models import Sku
    from caravan.seller.models import Shop

    scratch = shoppers.create_buyers("crashscratch", 1)[0][0]
    offers = find_offers(scratch, OFFERS)
    Sku.objects.filter(pk__in=[o.sku_id for o in offers]).update(stock=STOCK)
    made = shoppers.create_buyers("crashbuyer", buyers)
    shoppers.fill_carts(made, offers)
    attempts = shoppers.attempts(made, offers, first_card=card_base)
    shops = {shop.pk: shop for shop in Shop.objects.filter(
        pk__in={o.shop_id for o in offers}).select_related("owner")}
    sellers = {str(pk): {"token": _seller_token(shop.owner), "currency":
                         shop.settlement_currency, "bank_account": _verified_account(shop)}
               for pk, shop in shops.items()}
    plan.write_text(json.dumps({
        "checkouts": attempts, "sellers": sellers,
        "shop_of": [offers[n % len(offers)].shop_id for n in range(buyers)],
        "stock": {str(o.sku_id): STOCK for o in offers},
        "buyer_ids": [user.pk for user, _raw in made]}))


# --- background work ---------------------------------------------------------------------------

def sweep_forever(pause: float) -> None:
    from django.core.management import call_command

    from caravan.core.outbox import outbox_deliver

    while True:
        call_command("run_deadlines", stdout=open(os.devnull, "w"))  # noqa: SIM115
        outbox_deliver()
        time.sleep(pause)


def drain() -> None:
    """Run the background work until nothing moves any more (payouts settle after a while)."""
    from django.core.management import call_command

    from caravan.checkout.models import Checkout
    from caravan.core.outbox import HANDLERS, OutboxMessage, outbox_deliver
    from caravan.payout.models import Withdrawal

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        call_command("run_deadlines", stdout=open(os.devnull, "w"))  # noqa: SIM115
        outbox_deliver()
        busy = (Withdrawal.objects.filter(status__in=("requested", "processing")).exists()
                or Checkout.objects.filter(status="placed",
                                           payment_attempt_id__isnull=True).exists()
                or OutboxMessage.objects.filter(delivered_at=None,
                                                topic__in=list(HANDLERS)).exists())
        if not busy:
            return
        time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("setup")
    make.add_argument("--plan", type=Path, required=True)
    make.add_argument("--buyers", type=int, required=True)
    make.add_argument("--card-base", type=int, default=7_000_000)
    loop = commands.add_parser("sweep")
    loop.add_argument("--pause", type=float, default=0.2)
    commands.add_parser("drain")
    check = commands.add_parser("verify")
    check.add_argument("--plan", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caravan.settings")
    django.setup()
    if args.command == "setup":
        setup(args.plan, args.buyers, args.card_base)
    elif args.command == "sweep":
        sweep_forever(args.pause)
    elif args.command == "drain":
        drain()
    else:
        from crash_invariants import violations

        print(json.dumps(violations(json.loads(args.plan.read_text()))))


if __name__ == "__main__":
    main()
