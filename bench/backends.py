"""The backends a run measures, their environments and their data.

Each backend gets its own database: SQLite in a temporary CARAVAN_VAR_DIR; PostgreSQL in the
database `caravan_bench`, created and dropped here; "postgres+redis" is the same PostgreSQL
database with REDIS_URL on Redis database 1 (the only one flushed).
"""

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PG = {"host": "127.0.0.1", "user": "postgres", "name": "caravan_bench"}
PG_URL = f"postgres://{PG['user']}@{PG['host']}:5432/{PG['name']}"
REDIS_URL = "redis://127.0.0.1:6379/1"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Backend:
    name: str  # as the results name it
    tag: str  # names its buyers
    data: str  # the backend whose database it uses
    card_base: int  # first card-number block of its buyers

    def env(self, work: Path) -> dict:
        """A production-like environment: DEBUG off, quiet logs, only our variables set."""
        env = {key: value for key, value in os.environ.items()
               if key not in {"DATABASE_URL", "REDIS_URL", "DEBUG", "CARAVAN_ENV"}}
        env |= {"CARAVAN_VAR_DIR": str(work / self.data), "DEBUG": "0",
                "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver", "LOG_LEVEL": "WARNING",
                "CARAVAN_ENV": "development",
                # Every timed buyer logs in and checks out from 127.0.0.1 within seconds: the
                # abuse limits (60 checkouts a minute per address) would refuse all but a few.
                "RATE_LIMITS_ENABLED": "0"}
        if self.data == "postgres":
            env["DATABASE_URL"] = PG_URL
        if self.name == "postgres+redis":
            env["REDIS_URL"] = REDIS_URL
        return env


BACKENDS = {
    "sqlite": Backend("sqlite", "sqlite", "sqlite", 1000),
    "postgres": Backend("postgres", "postgres", "postgres", 2000),
    "postgres+redis": Backend("postgres+redis", "redis", "postgres", 3000),
}


def _pg(command: str, *args: str) -> None:
    subprocess.run([command, "-h", PG["host"], "-U", PG["user"], *args],  # noqa: S603
                   check=True, capture_output=True)


def drop_postgres() -> None:
    _pg("dropdb", "--if-exists", PG["name"])


def seed(backend: Backend, work: Path, products: int) -> tuple[subprocess.Popen, float]:
    """Start migrate + seed-demo for the backend's database; returns the process and its start.
    SQLite and PostgreSQL seed side by side: each waits on its disk as much as on a core."""
    (work / backend.data).mkdir(parents=True, exist_ok=True)
    if backend.data == "postgres":
        drop_postgres()
        _pg("createdb", PG["name"])
    # ANALYZE on PostgreSQL does at once what autovacuum would do soon after a bulk load, so the
    # plans do not depend on its timing. SQLite has no such thing, and Caravan runs no ANALYZE.
    analyze = (f" && psql -q -h {PG['host']} -U {PG['user']} -d {PG['name']} -c ANALYZE"
               if backend.data == "postgres" else "")
    script = (f"{BIN}/caravan migrate --noinput && {BIN}/caravan seed-demo --products "
              f"{products} --orders 0{analyze}")
    log = (work / f"seed-{backend.data}.log").open("w")
    # Our own command line; the shell only chains the three steps.
    process = subprocess.Popen(["/bin/sh", "-c", script], env=backend.env(work),  # noqa: S603
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    return process, time.monotonic()


def flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()  # database 1 only


def prepare(backend: Backend, env: dict, work: Path, *, pages: int, orders: int, flash: int,
            units: int) -> Path:
    """Run prepare.py setup in the backend's environment; returns the plan's path."""
    plan = work / f"plan-{backend.tag}.json"
    command = [sys.executable, str(Path(__file__).with_name("prepare.py")), "setup", "--plan",
               str(plan), "--tag", backend.tag, "--card-base", str(backend.card_base),
               "--reads", str(pages), "--orders", str(orders), "--flash", str(flash),
               "--flash-units", str(units)]
    done = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    if done.returncode != 0:
        raise SystemExit(f"prepare.py failed for {backend.name}:\n{done.stderr[-3000:]}")
    return plan


def check_services(chosen: list[Backend]) -> None:
    """Stop early with a clear message when a chosen backend's server is not running."""
    probe = ["pg_isready", "-q", "-h", PG["host"]]
    if any(b.data == "postgres" for b in chosen) and subprocess.run(  # noqa: S603
            probe, check=False).returncode != 0:
        raise SystemExit(f"PostgreSQL does not answer on {PG['host']}:5432; start it or "
                         "pass --backends sqlite")
    if any(b.name == "postgres+redis" for b in chosen):
        import redis

        try:
            redis.Redis.from_url(REDIS_URL).ping()
        except redis.RedisError as exc:
            raise SystemExit(f"Redis does not answer at {REDIS_URL} ({exc}); start it or "
                             "leave postgres+redis out of --backends") from exc
