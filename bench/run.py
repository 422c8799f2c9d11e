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
from contextlib import contextmanager
from pathlib import Path

import backends
import benchmarks
import report
import servers

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.json"
# (products seeded, product pages, checkout buyers, flash buyers, flash units, flash
# connections, seconds of load per measured run)
SIZES = {"full": (200_000, 200, 3000, 10_000, 100, 256, 6),
         "quick": (5_000, 40, 300, 1_000, 20, 64, 2)}
BENCHMARKS = ("http_floor", "product_detail", "search", "place_order", "flash_race")
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


def run_backend(backend, work: Path, args, first: bool) -> list[dict]:
    _products, pages, orders, flash, units, flash_connections, seconds = args.size
    wanted = [name for name in args.only if (name != "http_floor" or first)
              and (backend.name != "postgres+redis" or name in WITH_REDIS)]
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
        return [result for name in wanted for result in getattr(benchmarks, name)(ctx)]


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    args.size = SIZES["quick" if args.quick else "full"]
    backends.check_services(args.backends)
    started, work = time.monotonic(), Path(tempfile.mkdtemp(prefix="caravan-bench-"))
    results: list[dict] = []
    try:
        took = seed_all(args.backends, work, args.size[0])
        print("seeded " + ", ".join(f"{name} in {s:.0f} s" for name, s in took.items()),
              flush=True)
        for n, backend in enumerate(args.backends):
            results += run_backend(backend, work, args, first=n == 0)
            print(f"{backend.name} done at {time.monotonic() - started:.0f} s", flush=True)
    finally:
        if args.keep:
            print(f"kept for bench/hotspots.py: {work} and the database {backends.PG['name']}")
        else:
            shutil.rmtree(work, ignore_errors=True)
            if any(b.data == "postgres" for b in args.backends):
                backends.drop_postgres()
    if set(args.only) == set(BENCHMARKS):
        results += [{"name": name, "backend": "-", "metric": "-", "ours": None,
                     "reference": None, "ratio": None, "goal": "", "met": None,
                     "notes": "left out for now: the django-oscar comparison comes later"}
                    for name in ("peer_oscar", "peer_oscar_page")]
    RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    print(report.table(results))
    print(f"\n{len(results)} results in {RESULTS.relative_to(HERE.parent)}; "
          f"the run took {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
