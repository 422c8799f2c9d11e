"""`make bench`: Caravan's hot paths against bare references on the same server and hardware.

Seeds each backend's database, prepares buyers and captured statements (prepare.py), starts our
server and the reference server (granian, WSGI, the same workers and threads), drives both with
wrk, prints a table and writes bench/results/latest.json. See docs/performance.md.
"""

import argparse
import json
import os
import shutil
import signal
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import backends
import benchmarks
import peer_oscar
import peer_setup
import report
import servers

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.json"
# (products seeded, product pages, checkout buyers, flash buyers, flash units, flash
# connections, seconds of load per measured run)
SIZES = {"full": (200_000, 200, 3000, 10_000, 100, 256, 6),
         "quick": (5_000, 40, 300, 1_000, 20, 64, 2)}
BENCHMARKS = ("http_floor", "product_detail", "search", "place_order", "flash_race",
              "peer_oscar", "peer_oscar_page")
# django-oscar beside ours (peer_oscar.py) on SQLite and PostgreSQL, seeded while ours seeds.
# Its orders/s is compared with place_order's of the same run, which it therefore brings along.
PEERS = ("peer_oscar", "peer_oscar_page")
PEER_BACKENDS = ("sqlite", "postgres")
OSCAR_BUYERS = {"full": 600, "quick": 300}  # Oscar places ~10-25 orders/s here
# Redis changes the cache (product reads, checkout's cached reference data) and the flash-sale
# counter; search never touches it.
WITH_REDIS = ("product_detail", "place_order", "flash_race")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a 1-2 minute smoke run")
    parser.add_argument("--only", choices=BENCHMARKS, action="append",
                        help="run only this benchmark (repeatable)")
    parser.add_argument("--backends", default="sqlite,postgres,postgres+redis",
                        help="comma-separated: sqlite, postgres, postgres+redis")
    parser.add_argument("--keep", action="store_true",
                        help="keep the databases and the work directory (for hotspots.py)")
    args = parser.parse_args(argv)
    args.backends = [backends.BACKENDS[name] for name in args.backends.split(",")]
    args.only = tuple(args.only or BENCHMARKS)
    return args


def seed_all(chosen: list, work: Path, products: int) -> dict[str, float]:
    """Seed every database the chosen backends need, side by side; seconds each took."""
    firsts = {b.data: b for b in reversed(chosen)}  # postgres+redis reads postgres' data
    started = {data: backends.seed(b, work, products) for data, b in firsts.items()}
    took: dict[str, float] = {}
    try:
        while len(took) < len(started):
            for data, (process, start) in started.items():
                if data in took or process.poll() is None:
                    continue
                if process.returncode != 0:
                    log = (work / f"seed-{data}.log").read_text()[-3000:]
                    raise SystemExit(f"seeding {data} failed:\n{log}")
                took[data] = time.monotonic() - start
            time.sleep(0.5)
    finally:
        for process, _start in started.values():
            if process.poll() is None:  # another one failed: stop this one too
                os.killpg(process.pid, signal.SIGTERM)
                process.wait()
    return took


@contextmanager
def serving(backend, env: dict, reference_env: dict, logs: Path):
    """Our server and the reference server for one backend, stopped whatever happens."""
    tag = backend.name.replace("+", "-")
    logs.mkdir(exist_ok=True)
    ours = servers.start(f"ours-{tag}", "caravan.wsgi:application", env=env, cwd=HERE.parent,
                         logs=logs, ready="/api/ping")
    try:
        reference = servers.start(f"reference-{tag}", "reference_app:application",
                                  env=reference_env, cwd=HERE, logs=logs, ready="/hello")
        try:
            yield ours, reference
        finally:
            servers.stop(reference)
    finally:
        servers.stop(ours)


def run_backend(backend, work: Path, args, first: bool, peers: Future | None) -> list[dict]:
    _products, pages, orders, flash, units, flash_connections, seconds = args.size
    wanted = [name for name in args.only if (name != "http_floor" or first)
              and (backend.name != "postgres+redis" or name in WITH_REDIS)
              and (name not in PEERS or backend.name in PEER_BACKENDS)]
    peer_wanted = tuple(name for name in wanted if name in PEERS)
    if "peer_oscar" in peer_wanted and "place_order" not in wanted:
        wanted.append("place_order")
    wanted = [name for name in wanted if name not in PEERS]
    env = backend.env(work)
    if backend.name == "postgres+redis":
        backends.flush_redis()
    plan_path = backends.prepare(
        backend, env, work, pages=pages, units=units,
        orders=orders if "place_order" in wanted else 0,
        flash=flash + flash_connections if "flash_race" in wanted else 0)
    plan = json.loads(plan_path.read_text())
    sku = plan.get("flash_reference_sku", 0)
    reference_env = env | {"BENCH_PLAN": str(plan_path), "BENCH_FLASH_SKU": str(sku),
                           "BENCH_FLASH_KEY": f"bench:flash:{sku}"}
    with serving(backend, env, reference_env, work / "logs") as (ours, reference):
        ctx = benchmarks.Context(backend.name, plan, ours, reference, reference_env, work,
                                 seconds, flash_connections)
        benchmarks.warm_up(ctx)
        results = [result for name in wanted for result in getattr(benchmarks, name)(ctx)]
        if peer_wanted:
            results += peer_oscar.run(ctx, peers.result()[backend.data], peer_wanted, results)
        return results


def start_peers(args, work: Path) -> tuple[ThreadPoolExecutor | None, Future | None]:
    """Install (or find) and seed django-oscar in the background while ours seeds."""
    datas = [b.data for b in args.backends if b.name in PEER_BACKENDS]
    if not datas or not set(args.only) & set(PEERS):
        return None, None
    pool = ThreadPoolExecutor(1)
    size = "quick" if args.quick else "full"
    return pool, pool.submit(peer_setup.setup_all, datas, work, products=args.size[1],
                             buyers=OSCAR_BUYERS[size])


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    args.size = SIZES["quick" if args.quick else "full"]
    backends.check_services(args.backends)
    started, work = time.monotonic(), Path(tempfile.mkdtemp(prefix="caravan-bench-"))
    results: list[dict] = []
    pool, peers = start_peers(args, work)
    try:
        took = seed_all(args.backends, work, args.size[0])
        print("seeded " + ", ".join(f"{name} in {s:.0f} s" for name, s in took.items()),
              flush=True)
        if peers:
            print(peer_oscar.describe(peers.result()), flush=True)
        for n, backend in enumerate(args.backends):
            results += run_backend(backend, work, args, first=n == 0, peers=peers)
            print(f"{backend.name} done at {time.monotonic() - started:.0f} s", flush=True)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)  # waits for a setup still running
            if not args.keep and any(b.name == "postgres" for b in args.backends):
                peer_setup.drop_postgres()
        if args.keep:
            print(f"kept for bench/hotspots.py: {work} and the database {backends.PG['name']}")
        else:
            shutil.rmtree(work, ignore_errors=True)
            if any(b.data == "postgres" for b in args.backends):
                backends.drop_postgres()
    RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    print(report.table(results))
    print(f"\n{len(results)} results in {RESULTS.relative_to(HERE.parent)}; "
          f"the run took {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
