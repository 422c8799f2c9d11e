"""Crash test on PostgreSQL: kill -9 the web server, the Huey consumer and the sweeper at random
moments while buyers check out, sellers ship, buyers confirm receipt or cancel (refunds) and
sellers withdraw; restart each at once; retry every unanswered request with the same body and
Idempotency-Key until it is answered. Then, after a last restart and a drain of the background
work: `caravan ledger-verify` is clean, every paid order has its escrow, no charge is doubled,
each key made one checkout, stock is conserved, no outbox message is lost, every withdrawal
settled (`crash_invariants.py`).

Runs on its own database `caravan_crash` (created and dropped here) with its own processes
(`crash_fleet.py`). Standalone: `.venv/bin/python reliability/crash.py [--quick]`.
"""

import argparse
import dataclasses
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from checks import Context, row  # noqa: E402
from crash_fleet import TARGETS, Fleet  # noqa: E402
from crash_load import Client, Tally, buyers, withdrawals  # noqa: E402

BACKENDS = ("postgres",)
DATABASE = "caravan_crash"
PG_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
WEIGHTS = {"web": 4, "huey": 3, "sweeper": 3}  # which process a kill hits
DRIVERS = 8
# Short business delays so that the sweeps act during the run: cancellations are approved as
# soon as the sweep sees them, released money is available at once, payouts settle in 2 s.
OVERRIDES = {"DATABASE_URL": PG_URL, "CANCELLATION_AUTO_APPROVE_HOURS": "0",
             "FUNDS_AVAILABLE_WORKING_DAYS": "0", "PAYOUT_SANDBOX_SETTLE_SECONDS": "2",
             "PAYOUT_RESUBMIT_AFTER_SECONDS": "3", "CHECKOUT_RESUME_AFTER_SECONDS": "5",
             "HUEY_WORKERS": "2", "DEBUG": "0",
             "LOG_LEVEL": "WARNING",
             # Every buyer of the test comes from one address: the per-address checkout limit
             # would refuse most of them.
             "RATE_LIMITS_ENABLED": "0"}


@dataclass(frozen=True)
class Size:
    kills: int
    buyers: int
    gap: tuple[float, float]  # seconds between a restart and the next kill, uniform


# A restarted web worker needs a few requests to warm up (~2 s for its first checkout on a
# loaded machine): kills much closer than that would leave the load no progress at all.
FULL = Size(kills=60, buyers=2500, gap=(1.0, 4.0))
QUICK = Size(kills=10, buyers=400, gap=(1.0, 4.0))


def _pg(*command: str) -> None:
    subprocess.run([*command, "-h", "127.0.0.1", "-U", "postgres"], check=True,  # noqa: S603
                   capture_output=True)


def prepare(ctx: Context, size: Size) -> dict:
    """A fresh database, migrated and seeded, and the plan of the buyers and sellers."""
    _pg("dropdb", "--if-exists", DATABASE)
    _pg("createdb", DATABASE)
    ctx.caravan("migrate", "--noinput")
    ctx.caravan("seed-demo", "--products", "300", "--orders", "0")
    plan = ctx.work / "crash-plan.json"
    ctx.django(HERE / "crash_app.py", "setup", "--plan", str(plan), "--buyers",
               str(size.buyers))
    return json.loads(plan.read_text())


def kill_loop(fleet: Fleet, size: Size, rng: random.Random, kills: dict) -> None:
    """Kill at uniformly random moments, a process chosen by WEIGHTS, and restart it."""
    while sum(kills.values()) < size.kills:
        time.sleep(rng.uniform(*size.gap))
        target = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        fleet.kill(target)
        kills[target] += 1
        fleet.start(target)


def chaos(fleet: Fleet, plan: dict, size: Size, rng: random.Random) -> tuple[Tally, dict]:
    tally, stop = Tally(), threading.Event()
    client, queue, lock = Client(fleet, tally, stop), list(range(size.buyers))[::-1], \
        threading.Lock()
    threads = [threading.Thread(target=buyers, args=(client, plan, queue, lock))
               for _ in range(DRIVERS)]
    threads += [threading.Thread(target=withdrawals, args=(client, shop, seller,
                                                           1000 if seller["currency"] == "USD"
                                                           else 10_000))
                for shop, seller in plan["sellers"].items()]
    for thread in threads:
        thread.start()
    kills = dict.fromkeys(TARGETS, 0)
    try:
        kill_loop(fleet, size, rng, kills)
    finally:
        stop.set()  # no new journeys; the ones under way finish against a live server
        for target in TARGETS:
            if not fleet.alive(target):
                fleet.start(target)
        for thread in threads:
            thread.join()
    tally.checkout_ids = {k: ids for k, ids in tally.checkout_ids.items() if len(ids) > 1}
    return tally, kills


def settle(ctx: Context, fleet: Fleet) -> tuple[int, str, dict]:
    """The last kill of everything, a restart, the drain; then the checks."""
    fleet.stop_all()
    ctx.django(HERE / "crash_app.py", "drain")
    verify = subprocess.run([str(Path(sys.executable).with_name("caravan")),  # noqa: S603
                             "ledger-verify"], env=ctx.env, capture_output=True, text=True)
    found = json.loads(ctx.django(HERE / "crash_app.py", "verify", "--plan",
                                  str(ctx.work / "crash-plan.json")))
    return verify.returncode, (verify.stdout + verify.stderr)[-600:], found


def _rows(ctx: Context, size: Size, tally: Tally, kills: dict, verify: tuple, took: float):
    code, output, found = verify
    kill_notes = ", ".join(f"{n} {target}" for target, n in kills.items())
    rows = [row(ctx, "crash", "kill -9", sum(kills.values()), f">= {size.kills}",
                sum(kills.values()) >= size.kills, kill_notes),
            row(ctx, "crash", "operations", sum(tally.operations.values()), "info", True,
                ", ".join(f"{n} {name}" for name, n in sorted(tally.operations.items()))),
            row(ctx, "crash", "retries (no answer)", sum(tally.retries.values()), "info", True,
                ", ".join(f"{n} {name}" for name, n in sorted(tally.retries.items()) if n)),
            row(ctx, "crash", "checkouts given up unanswered", sum(tally.abandoned.values()),
                "info", True, "left to the worker to carry on"),
            row(ctx, "crash", "unexpected answers", len(tally.unexpected), "0",
                not tally.unexpected, "; ".join(tally.unexpected[:3])),
            row(ctx, "crash", "keys answered with two checkouts", len(tally.checkout_ids), "0",
                not tally.checkout_ids, str(list(tally.checkout_ids.items())[:3])),
            row(ctx, "crash", "ledger-verify exit status", code, "0", code == 0,
                "" if code == 0 else output)]
    rows += [row(ctx, "crash", name, result["count"], "0 violations", result["count"] == 0,
                 "; ".join(result["examples"])) for name, result in found.items()]
    rows.append(row(ctx, "crash", "runtime", round(took, 1), "s", True))
    return rows


def run(ctx: Context, *, keep: bool = False) -> list[dict]:
    size = QUICK if ctx.quick else FULL
    began = time.monotonic()
    var = ctx.work / "crash"
    (var / "logs").mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in ctx.env.items() if k != "REDIS_URL"}  # Huey on SQLite, in var
    ctx = dataclasses.replace(ctx, env=env | OVERRIDES | {"CARAVAN_VAR_DIR": str(var)})
    fleet = Fleet(ctx.env, var / "logs")
    try:
        plan = prepare(ctx, size)
        for target in TARGETS:
            fleet.start(target)
        # Kill moments need spread, not secrecy.
        tally, kills = chaos(fleet, plan, size, random.Random())  # noqa: S311
        verify = settle(ctx, fleet)
    finally:
        fleet.stop_all()
    rows = _rows(ctx, size, tally, kills, verify, time.monotonic() - began)
    if not keep:
        _pg("dropdb", "--if-exists", DATABASE)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10 kills instead of 60")
    parser.add_argument("--keep", action="store_true", help="keep the database and the logs")
    args = parser.parse_args()
    # A plain SIGTERM would skip the finally blocks that stop the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = Path(tempfile.mkdtemp(prefix="caravan-crash-"))
    ctx = Context(backend="postgres", base_url="", env=dict(os.environ), tokens={},
                  quick=args.quick, work=work)
    try:
        rows = run(ctx, keep=args.keep)
    finally:
        if args.keep:
            print(f"database {DATABASE} and logs in {work} kept")
        else:
            shutil.rmtree(work, ignore_errors=True)
    for line in rows:
        print(f"{'ok  ' if line['passed'] else 'FAIL'} {line['metric']:<36} {line['value']!s:<8}"
              f" {line['notes'][:150]}")
    raise SystemExit(0 if all(line["passed"] for line in rows) else 1)


if __name__ == "__main__":
    main()
