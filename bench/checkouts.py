"""The checkout side of `prepare.py setup`: offers, one captured checkout, buyers for the runs.

Every offer is proved by one real in-process checkout before it is used: that also warms the
shops' ledger accounts, so the captured checkout is an ordinary one, not a shop's first.
"""

from itertools import count

import shoppers
from capture import capture_request, dump
from rewrite import INSERT, annotate

VALIDATED_OFFERS = 24  # SKUs that place_order spreads its orders over (plus two for flash_race)


def find_offers(scratch, wanted: int) -> list:
    """SKUs of live listings, spread over the catalogue, that ship to the buyers' country."""
    from caravan.catalog.models import Sku

    ids = list(Sku.objects.filter(product__status="active", product__shop__status="active",
                                  stock__gte=1).order_by("id").values_list("id", flat=True))
    offers = []
    for sku in Sku.objects.filter(pk__in=ids[::max(1, len(ids) // (wanted * 3))]):
        offer = shoppers.offer_for(sku, scratch)
        if offer:
            offers.append(offer)
        if len(offers) == wanted:
            return offers
    raise SystemExit(f"only {len(offers)} of {wanted} SKUs ship to {shoppers.COUNTRY}")


def proven_offers(client, tag: str, cards: count) -> list:
    """The offers whose one real checkout was placed (201)."""
    scratch = shoppers.create_buyers(f"{tag}-scratch", 1)[0][0]
    offers = find_offers(scratch, VALIDATED_OFFERS + 2)
    buyers = shoppers.create_buyers(f"{tag}-warm", len(offers))
    shoppers.fill_carts(buyers, offers)
    attempts = shoppers.attempts(buyers, offers, first_card=next(cards) * 100_000)
    return [offer for offer, attempt in zip(offers, attempts, strict=True)
            if shoppers.checkout(client, attempt).status_code == 201]


def _schema() -> tuple[list[str], dict[tuple[str, str], str], dict[str, set[str]]]:
    """Tables with integer ids, foreign keys (table, column) -> table, unique columns."""
    from django.apps import apps
    from django.db import connection

    models = apps.get_models(include_auto_created=True)
    tables = [m._meta.db_table for m in models
              if m._meta.pk.get_internal_type() in ("AutoField", "BigAutoField")]
    foreign = {(m._meta.db_table, f.column): f.related_model._meta.db_table
               for m in models for f in m._meta.concrete_fields if f.is_relation}
    with connection.cursor() as cursor:
        unique = {t: {column for c in connection.introspection.get_constraints(cursor, t).values()
                      if c["unique"] and not c["primary_key"] for column in c["columns"]}
                  for t in tables}
    return tables, foreign, unique


def _ids_after(tables: list[str], last: dict[str, int] | None = None) -> dict[str, list[int]]:
    """The highest id of each table, or with `last` the ids above it, in order."""
    from django.db import connection

    found = {}
    with connection.cursor() as cursor:
        for table in tables:  # table names come from the models, not from input
            if last is None:
                cursor.execute(f'SELECT MAX("id") FROM "{table}"')  # noqa: S608
                found[table] = cursor.fetchone()[0] or 0
            else:
                cursor.execute(f'SELECT "id" FROM "{table}" WHERE "id" > %s ORDER BY "id"',  # noqa: S608
                               [last[table]])
                found[table] = [row[0] for row in cursor.fetchall()]
    return found


def capture_checkout(client, tag: str, offer, cards: count) -> dict:
    """One real checkout through the API, its statements annotated for replays (rewrite.py)."""
    buyers = shoppers.create_buyers(f"{tag}-capture", 1)
    shoppers.fill_carts(buyers, [offer])
    attempt = shoppers.attempts(buyers, [offer], first_card=next(cards) * 100_000)[0]
    tables, foreign, unique = _schema()
    last = _ids_after(tables)
    captured = capture_request(client, "post", "/api/store/checkout", data=attempt["body"],
                               content_type="application/json", headers=attempt["headers"],
                               raw=True)
    if captured["status"] != 201:
        raise SystemExit(f"the captured checkout answered {captured['status']}")
    inserted = {INSERT.match(s["sql"]).group(1) for s in captured["sql"]
                if INSERT.match(s["sql"])} & set(last)
    annotate(captured["sql"], unique=unique, new_ids=_ids_after(sorted(inserted), last),
             foreign_keys=foreign, buyer=buyers[0][0].pk)
    captured["sql"] = dump(captured["sql"])
    return captured


def prepare_checkouts(client, args) -> dict:
    from caravan.catalog.models import Sku

    cards = count(args.card_base)
    offers = proven_offers(client, args.tag, cards)
    if len(offers) < 3:
        raise SystemExit(f"only {len(offers)} offers could be checked out")
    flash, flash_reference, spread = offers[0], offers[1], offers[2:]
    Sku.objects.filter(pk__in=[o.sku_id for o in spread]).update(stock=10**7)
    plan = {"checkout": capture_checkout(client, args.tag, spread[0], cards),
            "order_skus": [o.sku_id for o in spread], "flash_sku": flash.sku_id,
            "flash_reference_sku": flash_reference.sku_id, "flash_units": args.flash_units}
    Sku.objects.filter(pk__in=[flash.sku_id, flash_reference.sku_id]).update(
        stock=args.flash_units)
    for name, wanted, skus in (("orders", args.orders, spread), ("flash", args.flash, [flash])):
        if wanted:
            buyers = shoppers.create_buyers(f"{args.tag}-{name}", wanted)
            shoppers.fill_carts(buyers, skus)
            plan[name] = shoppers.attempts(buyers, skus, first_card=next(cards) * 100_000)
            plan[f"{name}_buyer_ids"] = [user.pk for user, _raw in buyers]
    return plan
