"""Prepares one backend for `make bench`; runs in a Django process with that backend's env.

`setup` samples products, captures the statements of real requests (product detail, searches,
one checkout) for the bare references, makes the buyers of place_order and flash_race, and
writes everything to PLAN (JSON). `flash-check` tells what a SKU has left and has sold.
"""

import argparse
import json
import os
from pathlib import Path
from urllib.parse import quote

import django
from capture import capture_request

# A fixed query mix in three languages: narrow and broad words, a two-word query each.
SEARCHES = [
    "drone", "face serum", "wall decal", "ukulele", "new",
    "无人机", "精华液", "墙贴", "新款",
    "дрон", "наклейка на стену", "укулеле", "новинка",
]


def sample_products(count: int) -> list[int]:
    from caravan.catalog.selectors import live_products

    ids = list(live_products().order_by("id").values_list("id", flat=True))
    step = max(1, len(ids) // count)
    return ids[::step][:count]


def capture_reads(client, products: int) -> dict:
    paths = {f"product-{pid}": f"/api/store/products/{pid}" for pid in sample_products(products)}
    paths |= {f"search-{n}": f"/api/store/products?q={quote(q)}" for n, q in enumerate(SEARCHES)}
    # The first read of each path fills the caches (detail, facet counts, category tree); the
    # references replay what a warm read runs, as ours serves under load after its first pass.
    cold = {key: capture_request(client, "get", path) for key, path in paths.items()}
    captured = {key: capture_request(client, "get", path) for key, path in paths.items()}
    for key, capture in captured.items():
        capture["cold_queries"] = cold[key]["queries"]
    failed = {key: c["status"] for key, c in captured.items() if c["status"] != 200}
    if failed:
        raise SystemExit(f"reads failed: {failed}")
    return captured


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    setup = commands.add_parser("setup")
    setup.add_argument("--plan", type=Path, required=True)
    setup.add_argument("--tag", required=True, help="names this backend's buyers")
    setup.add_argument("--card-base", type=int, required=True, help="first card number index")
    setup.add_argument("--reads", type=int, default=0, help="product pages to capture")
    setup.add_argument("--orders", type=int, default=0, help="buyers for place_order")
    setup.add_argument("--flash", type=int, default=0, help="buyers for flash_race")
    setup.add_argument("--flash-units", type=int, default=100)
    check = commands.add_parser("flash-check")
    check.add_argument("--sku", type=int, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caravan.settings")
    django.setup()
    if args.command == "flash-check":
        print(json.dumps(flash_check(args.sku)))
        return
    from django.test import Client

    client, plan = Client(), {"tag": args.tag}
    if args.reads:
        plan["reads"] = capture_reads(client, args.reads)
    if args.orders or args.flash:
        from checkouts import prepare_checkouts

        plan |= prepare_checkouts(client, args)
    args.plan.write_text(json.dumps(plan))


def flash_check(sku_id: int) -> dict:
    from django.db.models import Sum

    from caravan.catalog.models import Sku
    from caravan.order.models import OrderLine

    sold = (OrderLine.objects.filter(sku_id=sku_id).exclude(order__status="closed")
            .aggregate(n=Sum("quantity"))["n"])
    return {"stock": Sku.objects.get(pk=sku_id).stock, "sold": sold or 0}


if __name__ == "__main__":
    main()
