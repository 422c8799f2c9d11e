"""peer_oscar and peer_oscar_page: django-oscar, set up as its guide says (bench/oscar/), on the
same database server, granian settings, load generator and machine as ours.

- peer_oscar: one-line order placement. Oscar's buyers stand where ours stand when timed (signed
  in, one line in the basket, address and shipping chosen in earlier steps); the timed request
  is the "Place order" POST of Oscar's own checkout (PaymentDetailsView, preview), which builds
  the submission with Oscar's shipping repository and total calculator and places the order
  through OrderPlacementMixin and OrderCreator. Ours is place_order's run of the same backend.
  On PostgreSQL, rounds of 8 buyers race for 5 units on both sides.
- peer_oscar_page: Oscar's HTML product page (catalogue:detail) against ours (catalog:product),
  anonymous, products in turn.
"""

import http.client
import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import backends
import servers
from benchmarks import Context, row
from load import Run, drive, request_line
from peer_setup import HERE, OSCAR, RACE_UNITS, RACES, Peer, count

WARM_ORDERS = 32  # Oscar's first orders per server thread load code and open connections
CONNECTIONS = 16  # as place_order
PAGE_CONNECTIONS = 32  # as product_detail
RACE_CARDS = 50  # card-number block of ours' racers, past the blocks prepare.py uses


def _order_headers(session: str, csrf: str) -> dict:
    """What the browser's "Place order" POST carries: the session cookie and CSRF cookie."""
    return {"Cookie": f"sessionid={session}; csrftoken={csrf}",
            "Content-Type": "application/x-www-form-urlencoded"}


def _order_body(csrf: str) -> str:
    return f"csrfmiddlewaretoken={csrf}&action=place_order"


def _order_line(session: str, csrf: str) -> str:
    # request_line JSON-encodes a body; this one is a form, appended as it is.
    return request_line("POST", "/checkout/preview/", _order_headers(session, csrf)) + \
        _order_body(csrf)


def _place_order_row(results: list[dict]) -> dict | None:
    return next((r for r in results if r["name"] == "place_order"
                 and r["metric"] == "orders/s"), None)


def _placed_rate(ours: dict | None) -> tuple[float, str]:
    """Ours' rate of placed orders (201) out of place_order's row, and a note when some of its
    answers were something else."""
    if not ours:
        return 0.0, "place_order did not run; "
    statuses = ours.get("statuses_ours", {})
    answers, placed = sum(statuses.values()), statuses.get("201", 0)
    if not answers or placed == answers:
        return ours["ours"], ""
    return ours["ours"] * placed / answers, f"ours placed {placed} of {answers} answers; "


def _with_cpu(result: dict, ours: dict | None, oscar: Run) -> dict:
    """CPU per operation: ours from place_order's row, Oscar's from its run."""
    for part in ("cpu_ms", "app_cpu_ms", "db_cpu_ms"):
        if ours and f"{part}_ours" in ours:
            result[f"{part}_ours"] = ours[f"{part}_ours"]
            result[f"{part}_reference"] = round(getattr(oscar, part), 3)
    result["statuses_reference"] = oscar.statuses
    return result


def orders(ctx: Context, peer: Peer, server: servers.Server, results: list[dict]) -> list[dict]:
    plan = peer.plan
    lines = [_order_line(key, plan["csrf"]) for key in plan["buyers"]]
    warm, measured = lines[:WARM_ORDERS], lines[WARM_ORDERS:]
    before = count(peer, [])["orders"]
    # As for ours, the last 16 buyers of each list are spares that wrk never cycles back to.
    first = drive(server, warm, connections=CONNECTIONS, seconds=60,
                  limit=len(warm) - CONNECTIONS, workdir=ctx.work)
    # At least 4 s: a quick run's 2 s can end before a loaded machine answers any order.
    oscar = drive(server, measured, connections=CONNECTIONS, seconds=max(ctx.seconds, 4),
                  limit=len(measured) - CONNECTIONS, workdir=ctx.work)
    placed = count(peer, [])["orders"] - before
    answers = first.requests + oscar.requests
    # Oscar answers 302 whether it placed the order or sent the buyer back to the basket: its
    # order table tells which (requests still in flight when wrk stopped add a few orders).
    odd = "" if placed >= answers and set(oscar.statuses) == {"302"} else \
        f"only {placed} orders for {answers} answers {oscar.statuses}; "
    ours = _place_order_row(results)
    rate, refused = _placed_rate(ours)
    ratio = rate / oscar.rate if oscar.rate else None
    notes = (odd + refused + f"one line, {CONNECTIONS} connections; Oscar: its checkout's "
             "Place order POST (free shipping, no payment taken by default); ours: "
             "place_order's run")
    return [_with_cpu(row(ctx, "peer_oscar", "orders/s", rate, oscar.rate, ratio=ratio,
                          goal="ratio >= 10", met=ratio is not None and ratio >= 10,
                          notes=notes), ours, oscar),
            row(ctx, "peer_oscar", "queries/order", ctx.plan["checkout"]["queries"],
                plan["queries"], ratio=plan["queries"] / ctx.plan["checkout"]["queries"],
                notes=f"Oscar's in-process, plus {plan['statements'] - plan['queries']} of "
                "transaction control; ours adds card payment, risk checks and the ledger")]


def page(ctx: Context, peer: Peer, server: servers.Server) -> list[dict]:
    ours_lines = [request_line("GET", f"/p/{key.removeprefix('product-')}/")
                  for key in ctx.plan["reads"] if key.startswith("product-")]
    oscar_lines = [request_line("GET", path) for path in peer.plan["pages"]]
    # Our first request of each page renders and caches it in that worker's memory (without
    # Redis): passes over the pages until each worker has seen each, as run() warmed Oscar's.
    drive(ctx.ours, ours_lines, connections=8, seconds=30, limit=8 * len(ours_lines),
          workdir=ctx.work)
    runs = (drive(ctx.ours, ours_lines, connections=PAGE_CONNECTIONS, seconds=ctx.seconds,
                  workdir=ctx.work),
            drive(server, oscar_lines, connections=PAGE_CONNECTIONS, seconds=ctx.seconds,
                  workdir=ctx.work))
    ours, oscar = runs
    odd = {side: {s: n for s, n in run.statuses.items() if s != "200"}
           for side, run in zip(("ours", "Oscar"), runs, strict=True)}
    notes = "".join(f"{side} answered {o}; " for side, o in odd.items() if o) + \
        f"anonymous, {len(ours_lines)} vs {len(oscar_lines)} products in turn, " \
        f"{PAGE_CONNECTIONS} connections; /p/ID/ vs Oscar's catalogue:detail"
    ratio = ours.rate / oscar.rate if oscar.rate else None
    return [row(ctx, "peer_oscar_page", "requests/s", ours.rate, oscar.rate, ratio=ratio,
                goal="ratio >= 20", met=ratio is not None and ratio >= 20, runs=runs,
                notes=notes)]


# --- the race: exactly one request per buyer, all released at once ---------------------------

def _burst(server: servers.Server, requests: list[tuple[str, dict, bytes]]) -> list[int]:
    """POST each request once, from its own connection, all together; the statuses."""
    ready = threading.Barrier(len(requests))

    def send(request: tuple[str, dict, bytes]) -> int:
        path, headers, body = request
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
        try:
            connection.connect()
            ready.wait()
            connection.request("POST", path, body=body, headers=headers)
            return connection.getresponse().status
        finally:
            connection.close()

    with ThreadPoolExecutor(len(requests)) as pool:
        return list(pool.map(send, requests))


def _race_offers(ctx: Context) -> list[dict]:
    """The last SKUs place_order spread its orders over (the nth attempt used the nth SKU),
    with their shipping choices."""
    skus, attempts = ctx.plan["order_skus"], ctx.plan["orders"]
    return [{"sku_id": skus[i], **{k: attempts[i]["body"]["shipping"][0][k]
                                   for k in ("shop_id", "service")}}
            for i in range(len(skus) - RACES, len(skus))]


def _ours_race(ctx: Context) -> list[tuple[int, int]]:
    """(sold, left) of each round on our side."""
    first_card = (backends.BACKENDS[ctx.backend].card_base + RACE_CARDS) * 100_000
    offers = _race_offers(ctx)
    prepared = _caravan(ctx, "race-buyers", "--offers", json.dumps(offers), "--first-card",
                        str(first_card), "--tag", ctx.plan["tag"])
    for attempts in prepared["rounds"]:
        _burst(ctx.ours, [("/api/store/checkout",
                           {**a["headers"], "Content-Type": "application/json"},
                           json.dumps(a["body"]).encode()) for a in attempts])
    after = _caravan(ctx, "race-check", *(f"--sku={o['sku_id']}" for o in offers))
    return [(a["sold"] - b["sold"], a["stock"])
            for b, a in zip(prepared["before"], after, strict=True)]


def _caravan(ctx: Context, *args: str):
    """peer_setup.py's answer (JSON), run in the backend's Caravan environment."""
    done = subprocess.run([sys.executable, str(HERE / "peer_setup.py"), *args],  # noqa: S603
                          env=ctx.env, cwd=HERE, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _oscar_race(peer: Peer, server: servers.Server) -> list[tuple[int, int]]:
    """(sold, left) of each round in Oscar: its stock record's in-stock less allocated."""
    csrf = peer.plan["csrf"]
    for race in peer.plan["races"]:
        _burst(server, [("/checkout/preview/", _order_headers(key, csrf),
                         _order_body(csrf).encode()) for key in race["buyers"]])
    after = count(peer, [race["product"] for race in peer.plan["races"]])["products"]
    return [(p["sold"], p["in_stock"] - p["allocated"]) for p in after]


def race(ctx: Context, peer: Peer, server: servers.Server) -> list[dict]:
    ours, oscar = _ours_race(ctx), _oscar_race(peer, server)
    oversold = [max(0, sold - RACE_UNITS) for sold, _left in ours]
    oscar_oversold = [max(0, sold - RACE_UNITS) for sold, _left in oscar]
    racers = len(peer.plan["races"][0]["buyers"])

    def told(side: list[tuple[int, int]]) -> str:
        return ", ".join(f"{sold} ({left} left)" for sold, left in side)

    notes = (f"{len(ours)} rounds of {racers} buyers at once for {RACE_UNITS} units: ours "
             f"sold {told(ours)}; Oscar sold {told(oscar)}")
    result = row(ctx, "peer_oscar", "oversold", max(oversold), max(oscar_oversold), goal="0",
                 met=max(oversold) == 0, notes=notes)
    return [result | {"ratio": None}]  # a count of units, not a rate


def describe(peers: dict) -> str:
    """One line on the peer's setup: the install (first run of a pin only) and the seeding."""
    install = (f"installed in {peers['install']:.0f} s" if peers["install"]
               else "cached virtualenv")
    seeded = ", ".join(f"{p.data} in {p.seconds:.0f} s" for k, p in peers.items()
                       if k != "install")
    return f"django-oscar: {install}; migrated and seeded {seeded}"


def run(ctx: Context, peer: Peer, wanted: tuple[str, ...], results: list[dict]) -> list[dict]:
    """Oscar's server beside ours for one backend, and the peer benchmarks wanted."""
    started = time.monotonic()
    server = servers.start(f"oscar-{peer.data}", "shop.wsgi:application", env=peer.env,
                           cwd=OSCAR, logs=ctx.work / "logs", ready="/basket/",
                           python=peer.python)
    try:
        drive(server, [request_line("GET", p) for p in peer.plan["pages"]], connections=8,
              seconds=1, workdir=ctx.work)
        rows = []
        if "peer_oscar" in wanted:
            rows += orders(ctx, peer, server, results)
            if peer.plan["races"]:
                rows += race(ctx, peer, server)
        if "peer_oscar_page" in wanted:
            rows += page(ctx, peer, server)
        return rows
    finally:
        servers.stop(server)
        print(f"django-oscar on {peer.data}: {time.monotonic() - started:.0f} s", flush=True)

