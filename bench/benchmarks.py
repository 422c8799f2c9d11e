"""The benchmarks. Each sends the same load to our server and to its bare reference and returns
result rows; ratio = ours / reference for rates, reference / ours for latencies (1.0 = bare)."""

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from load import Run, drive, request_line
from servers import Server

HERE = Path(__file__).resolve().parent
FLASH_CAP = 300  # seconds: a flash race that takes longer is cut short
WARM_ORDERS = 48  # checkouts sent before place_order's measured run


@dataclass
class Context:
    backend: str
    plan: dict
    ours: Server
    reference: Server
    env: dict  # the backend's environment, for prepare.py flash-check
    work: Path
    seconds: float  # of load per measured run
    flash_connections: int


def row(ctx: Context, name: str, metric: str, ours: float, reference: float | None, *,
        goal: str = "", met: bool | None = None, runs: tuple[Run, Run] | None = None,
        ratio: float | None = None, notes: str = "") -> dict:
    if ratio is None and reference:
        ratio = ours / reference
    if runs and (failed := _failures(runs)):
        # A side that answers errors is measuring something else: no goal is met on it.
        met, notes = (False if met is not None else None), f"{failed}; {notes}"
    result = {"name": name, "backend": ctx.backend, "metric": metric, "ours": round(ours, 2),
              "reference": None if reference is None else round(reference, 2),
              "ratio": None if ratio is None else round(ratio, 3), "goal": goal, "met": met,
              "notes": notes}
    if runs:
        for side, run in zip(("ours", "reference"), runs, strict=True):
            result[f"cpu_ms_{side}"] = round(run.cpu_ms, 3)
            result[f"app_cpu_ms_{side}"] = round(run.app_cpu_ms, 3)
            result[f"db_cpu_ms_{side}"] = round(run.db_cpu_ms, 3)
            result[f"statuses_{side}"] = run.statuses
    return result


def _failures(runs: tuple[Run, Run]) -> str:
    """The server errors of either side, as a note; empty when there were none."""
    failed = {side: {status: n for status, n in run.statuses.items() if status.startswith("5")}
              for side, run in zip(("ours", "reference"), runs, strict=True)}
    return "; ".join(f"{side} answered {errors}" for side, errors in failed.items() if errors)


def _unexpected(run: Run, expected: set[str]) -> str:
    odd = {status: n for status, n in run.statuses.items() if status not in expected}
    errors = f", {run.errors} socket errors/timeouts" if run.errors else ""
    return f"unexpected answers {odd}{errors}; " if odd or errors else ""


def _both(ctx: Context, ours: list[str], reference: list[str], connections: int,
          limit: int = 0) -> tuple[Run, Run]:
    return (drive(ctx.ours, ours, connections=connections, seconds=ctx.seconds, limit=limit,
                  workdir=ctx.work),
            drive(ctx.reference, reference, connections=connections, seconds=ctx.seconds,
                  workdir=ctx.work))


def warm_up(ctx: Context) -> None:
    """A second of reads on each server: first requests import code and open connections."""
    reads = ctx.plan["reads"]
    ours = [request_line("GET", "/api/ping")] + [request_line("GET", c["path"])
                                                 for c in reads.values()]
    reference = [request_line("GET", "/hello")] + [request_line("GET", f"/replay/{key}")
                                                   for key in reads]
    for server, lines in ((ctx.ours, ours), (ctx.reference, reference)):
        drive(server, lines, connections=8, seconds=1, workdir=ctx.work)


def http_floor(ctx: Context) -> list[dict]:
    runs = _both(ctx, [request_line("GET", "/api/ping")], [request_line("GET", "/hello")], 32)
    ours, ref = runs
    notes = _unexpected(ours, {"200"}) + "GET /api/ping (public API, no database) vs a WSGI " \
        "callable answering the same JSON; 32 connections"
    return [row(ctx, "http_floor", "requests/s", ours.rate, ref.rate, goal="ratio >= 0.15",
                met=ours.rate / ref.rate >= 0.15, runs=runs, notes=notes)]


def product_detail(ctx: Context) -> list[dict]:
    reads = {k: c for k, c in ctx.plan["reads"].items() if k.startswith("product-")}
    runs = _both(ctx, [request_line("GET", c["path"]) for c in reads.values()],
                 [request_line("GET", f"/replay/{key}") for key in reads], 32)
    ours, ref = runs
    queries = max(c["queries"] for c in reads.values())
    cold = max(c.get("cold_queries", queries) for c in reads.values())
    notes = _unexpected(ours, {"200"}) + f"{len(reads)} products in turn; 32 connections"
    return [row(ctx, "product_detail", "requests/s", ours.rate, ref.rate, goal="ratio >= 0.25",
                met=ours.rate / ref.rate >= 0.25, runs=runs, notes=notes),
            row(ctx, "product_detail", "queries/request", queries, queries,
                notes=f"a warm read (the detail cached; stock and liveness read live); the "
                f"reference replays its statements; a cold read runs {cold}")]


def search(ctx: Context) -> list[dict]:
    reads = {k: c for k, c in ctx.plan["reads"].items() if k.startswith("search-")}
    runs = _both(ctx, [request_line("GET", c["path"]) for c in reads.values()],
                 [request_line("GET", f"/replay/{key}") for key in reads], 2)
    ours, ref = runs
    notes = _unexpected(ours, {"200"}) + f"{len(reads)} queries (en, zh, ru) in turn, " \
        f"2 connections (one per worker); {ours.rate:.1f} vs {ref.rate:.1f} requests/s"
    return [row(ctx, "search", "p50 ms", ours.p50_ms, ref.p50_ms, runs=runs,
                ratio=ref.p50_ms / ours.p50_ms if ours.p50_ms else None, notes=notes),
            row(ctx, "search", "p95 ms", ours.p95_ms, ref.p95_ms, goal="p95 <= 50 ms",
                met=ours.p95_ms <= 50, ratio=ref.p95_ms / ours.p95_ms if ours.p95_ms else None,
                runs=runs, notes="the reference replays the same SQL")]


def _checkout_lines(attempts: list[dict], path: str) -> list[str]:
    return [request_line("POST", path, {**a["headers"], "Content-Type": "application/json"},
                         a["body"]) for a in attempts]


def place_order(ctx: Context) -> list[dict]:
    captured, warm = ctx.plan["checkout"], ctx.plan["orders"][:WARM_ORDERS]
    attempts = ctx.plan["orders"][WARM_ORDERS:]
    # Each server thread's first checkouts import the payment and ledger code and open their
    # connections: they go first and do not count. The last 16 attempts are spares (flash_race).
    for server, path in ((ctx.ours, "/api/store/checkout"), (ctx.reference, "/order")):
        drive(server, _checkout_lines(warm, path), connections=16, seconds=60,
              limit=len(warm) - 16, workdir=ctx.work)
    runs = _both(ctx, _checkout_lines(attempts, "/api/store/checkout"),
                 _checkout_lines(attempts, "/order"), 16, limit=len(attempts) - 16)
    ours, ref = runs
    notes = _unexpected(ours, {"201"}) + "one line, sandbox card, 16 connections; the " \
        "reference runs the captured checkout's statements in one transaction"
    queries = captured["queries"]
    return [row(ctx, "place_order", "orders/s", ours.rate, ref.rate, goal="ratio >= 0.3",
                met=ours.rate / ref.rate >= 0.3, runs=runs, notes=notes),
            row(ctx, "place_order", "queries/order", queries, queries, goal="<= 20",
                met=queries <= 20, notes=f"{captured['statements'] - queries} more statements "
                "of transaction control (BEGIN, SAVEPOINT, RELEASE)")]


def flash_check(ctx: Context, sku: int) -> dict:
    command = [sys.executable, str(HERE / "prepare.py"), "flash-check", "--sku", str(sku)]
    done = subprocess.run(command, env=ctx.env, cwd=HERE, capture_output=True, text=True,  # noqa: S603
                          check=True)
    return json.loads(done.stdout)


def _reset_redis_stock(ctx: Context, units: int) -> None:
    import redis

    redis.Redis.from_url(ctx.env["REDIS_URL"]).set(ctx.env["BENCH_FLASH_KEY"], units)


def flash_race(ctx: Context) -> list[dict]:
    """Distinct buyers race for a few units of one SKU through checkout; none may be oversold."""
    attempts, units, sku = ctx.plan["flash"], ctx.plan["flash_units"], ctx.plan["flash_sku"]
    connections = ctx.flash_connections
    # The last `connections` attempts are spares: wrk stops at n answers, with requests still in
    # flight, and must never start the list again (a repeated key replays a success).
    lines, n = _checkout_lines(attempts, "/api/store/checkout"), len(attempts) - connections
    before = flash_check(ctx, sku)
    ours = drive(ctx.ours, lines, connections=connections, seconds=FLASH_CAP, limit=n,
                 workdir=ctx.work)
    after = flash_check(ctx, sku)
    sold = after["sold"] - before["sold"]
    if ctx.env.get("REDIS_URL"):
        _reset_redis_stock(ctx, units)
    ref = drive(ctx.reference, _checkout_lines(attempts, "/flash"), connections=connections,
                seconds=FLASH_CAP, limit=n, workdir=ctx.work)
    ref_sold = ref.statuses.get("200", 0)
    oversold, ref_oversold = max(0, sold - units, -after["stock"]), max(0, ref_sold - units)
    way = "a Redis Lua script" if ctx.env.get("REDIS_URL") else "a conditional UPDATE"
    notes = (_unexpected(ours, {"201", "409"}) + f"{ours.requests} attempts by distinct buyers "
             f"for {units} units, {connections} connections: sold {sold} (201: "
             f"{ours.statuses.get('201', 0)}), {after['stock']} left; the reference decrements "
             f"with {way} and sold {ref_sold}")
    return [row(ctx, "flash_race", "attempts/s", ours.rate, ref.rate, goal="ratio >= 0.3",
                met=ours.rate / ref.rate >= 0.3, runs=(ours, ref), notes=notes),
            row(ctx, "flash_race", "oversold", oversold, ref_oversold, goal="0",
                met=oversold == 0, notes="units sold beyond the stock")]
