"""Data for the Oscar peer, made through Oscar's own models and APIs; runs in Oscar's virtualenv.

`setup` makes the catalogue (a product class, a partner, categories, products with a stock
record and a price each) and buyers who stand where ours stand when their checkout is timed:
signed in, one line in the basket (`Basket.add_product`), shipping address and method chosen
(stored in the session through Oscar's `CheckoutSessionData`, as its checkout pages do). Then
it places two orders in-process through Oscar's checkout view, the second under Django's
CaptureQueriesContext, and writes everything to PLAN (JSON). `count` tells how many orders
there are and what some products sold.
"""

import argparse
import json
import os
import secrets
import shutil
from pathlib import Path
from types import SimpleNamespace

import django

ADDRESS = {"first_name": "Erika", "last_name": "Mustermann", "line1": "Invalidenstraße 1",
           "line4": "Berlin", "postcode": "10115", "country_id": "DE"}
PHONE = "+4915123456789"
PLENTY = 10**7
CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def catalogue(products: int, race_units: int, races: int) -> tuple[list, list]:
    """`products` products for the pages and orders, and `races` with `race_units` each."""
    from oscar.apps.address.models import Country
    from oscar.apps.catalogue.models import Category, Product, ProductCategory, ProductClass
    from oscar.apps.partner.models import Partner, StockRecord

    Country.objects.update_or_create(iso_3166_1_a2="DE", defaults={
        "iso_3166_1_a3": "DEU", "iso_3166_1_numeric": "276", "printable_name": "Germany",
        "name": "Federal Republic of Germany", "is_shipping_country": True})
    kind = ProductClass.objects.create(name="Goods", requires_shipping=True, track_stock=True)
    partner = Partner.objects.create(name="Bench partner")
    leaves = []
    for top in range(5):
        root = Category.objects.add_root(
            {"name": f"Department {top}", "slug": f"department-{top}"})
        leaves += [Category.objects.add_child(root, {"name": f"Aisle {top}.{n}",
                                                     "slug": f"aisle-{top}-{n}"})
                   for n in range(4)]
    made = []
    for n in range(products + races):
        product = Product.objects.create(
            title=f"Bench product {n}", product_class=kind, upc=f"BENCH{n:07d}",
            description="<p>A product of the benchmark catalogue. " * 8 + "</p>")
        ProductCategory.objects.create(product=product, category=leaves[n % len(leaves)])
        StockRecord.objects.create(product=product, partner=partner, partner_sku=f"B{n:07d}",
                                   price_currency="EUR", price=f"{19 + n % 80}.90",
                                   num_in_stock=PLENTY if n < products else race_units)
        made.append(product)
    return made[:products], made[products:]


def buyers(tag: str, products: list, count: int) -> list[str]:
    """`count` signed-in buyers ready to place an order; their session keys."""
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from oscar.apps.basket.models import Basket
    from oscar.apps.checkout.utils import CheckoutSessionData
    from oscar.apps.partner.strategy import Default
    from phonenumber_field.phonenumber import PhoneNumber

    user_model, password = get_user_model(), make_password(None)
    users = user_model.objects.bulk_create(
        [user_model(username=f"{tag}-{n}", email=f"{tag}-{n}@bench.oscar.test", password=password)
         for n in range(count)])
    users = list(user_model.objects.filter(username__startswith=f"{tag}-").order_by("id"))
    keys = []
    for n, user in enumerate(users):
        basket = Basket.objects.create(owner=user)
        basket.strategy = Default()
        basket.add_product(products[n % len(products)], 1)
        session = SessionStore()
        session.update({SESSION_KEY: str(user.pk), HASH_SESSION_KEY: user.get_session_auth_hash(),
                        BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend"})
        checkout = CheckoutSessionData(SimpleNamespace(session=session))
        checkout.ship_to_new_address({**ADDRESS, "phone_number": PhoneNumber.from_string(PHONE)})
        checkout.use_shipping_method("free-shipping")
        session.create()
        keys.append(session.session_key)
    return keys


def place(session_key: str, capture: bool = False) -> dict:
    """One order through Oscar's checkout view, in-process; its statements when `capture`."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = session_key
    with CaptureQueriesContext(connection) as ctx:
        response = client.post("/checkout/preview/", {"action": "place_order"})
    if response.status_code != 302 or not response["Location"].endswith("/thank-you/"):
        raise SystemExit(f"Oscar's checkout answered {response.status_code} "
                         f"{response.get('Location')}")
    sql = [q["sql"] for q in ctx.captured_queries]
    queries = [s for s in sql if not s.lstrip().upper().startswith(CONTROL)]
    return {"queries": len(queries), "statements": len(sql)} if capture else {}


def setup(args) -> dict:
    from django.conf import settings

    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    # Oscar's guide: copy its "image not found" picture to MEDIA_ROOT, where the thumbnailer
    # finds it for products without images.
    import oscar

    static = Path(oscar.__file__).parent / "static" / "oscar" / "img"
    shutil.copy(static / settings.OSCAR_MISSING_IMAGE_URL, media)
    products, racers = catalogue(args.products, args.race_units, args.races)
    order_products = products[:args.order_products]
    plan = {"pages": [p.get_absolute_url() for p in products],
            "order_products": [p.pk for p in order_products],
            "csrf": secrets.token_hex(16),
            "buyers": buyers("buyer", order_products, args.buyers + 2),
            "races": [{"product": p.pk, "buyers": buyers(f"race{n}", [p], args.racers)}
                      for n, p in enumerate(racers)]}
    place(plan["buyers"].pop())  # the first order of a process loads and caches more
    plan |= place(plan["buyers"].pop(), capture=True)
    return plan


def count(product_ids: list[int]) -> dict:
    from django.db.models import Sum
    from oscar.apps.order.models import Line, Order
    from oscar.apps.partner.models import StockRecord

    products = []
    for product_id in product_ids:
        record = StockRecord.objects.get(product_id=product_id)
        sold = Line.objects.filter(product_id=product_id).aggregate(n=Sum("quantity"))["n"]
        products.append({"sold": sold or 0, "in_stock": record.num_in_stock,
                         "allocated": record.num_allocated or 0})
    return {"orders": Order.objects.count(), "products": products}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("setup")
    make.add_argument("--plan", type=Path, required=True)
    make.add_argument("--products", type=int, default=200)
    make.add_argument("--order-products", type=int, default=24)
    make.add_argument("--buyers", type=int, default=1000)
    make.add_argument("--races", type=int, default=3)
    make.add_argument("--racers", type=int, default=8)
    make.add_argument("--race-units", type=int, default=5)
    check = commands.add_parser("count")
    check.add_argument("--product", type=int, action="append", default=[])
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
    django.setup()
    if args.command == "count":
        print(json.dumps(count(args.product)))
    else:
        args.plan.write_text(json.dumps(setup(args)))


if __name__ == "__main__":
    main()
