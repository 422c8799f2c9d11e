"""The django-oscar peer's installation and data, and the racing buyers of ours.

Oscar lives in a virtualenv of its own under var/bench/, named after a hash of
bench/oscar/requirements.txt so that a later run reuses it. Its database is migrated once per
requirements and settings and kept beside it (a SQLite file, a pg_dump for PostgreSQL), then
restored on each run: SQLite into the run's work directory, PostgreSQL into `oscar_bench`,
created here and dropped at the end. bench/oscar/seed.py then makes the run's data.

`python bench/peer_setup.py race-buyers|race-check ...` runs in a Django process with a
backend's environment: ours' side of the race (a few SKUs cut to 5 units, 8 buyers each), and
what those SKUs sold.
"""

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OSCAR = HERE / "oscar"
REQUIREMENTS = OSCAR / "requirements.txt"
CACHE = HERE.parent / "var" / "bench"
PG = {"host": "127.0.0.1", "user": "postgres", "name": "oscar_bench"}
RACES, RACERS, RACE_UNITS = 3, 8, 5  # rounds of 8 buyers racing for 5 units


@dataclass
class Peer:
    """One backend's Oscar: its interpreter, environment and plan (seed.py's JSON)."""

    data: str  # sqlite or postgres
    python: Path
    env: dict
    plan: dict
    seconds: float  # migrate or restore, and seed


def _digest(*paths: Path) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in paths)).hexdigest()[:12]


def ensure_venv() -> tuple[Path, float]:
    """Oscar's interpreter, installed if this pin has no virtualenv yet; seconds installing."""
    venv = CACHE / f"oscar-venv-{_digest(REQUIREMENTS)}"
    python = venv / "bin" / "python"
    if (venv / ".installed").exists():
        return python, 0.0
    started = time.monotonic()
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob("oscar-*"):  # other pins: their venvs and migrated databases
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    # Our interpreter makes the venv; pip installs the pinned requirements file.
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)  # noqa: S603
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-"  # noqa: S603
                           "version-check", "-r", str(REQUIREMENTS)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        shutil.rmtree(venv, ignore_errors=True)
        raise SystemExit(f"installing django-oscar failed:\n{done.stderr[-3000:]}")
    (venv / ".installed").touch()
    return python, time.monotonic() - started


def env_for(data: str, work: Path) -> dict:
    """Oscar's environment on a backend: its own database, DEBUG off, quiet logs."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DEBUG"}}
    database = (f"postgres:{PG['name']}" if data == "postgres"
                else f"sqlite:{work / 'oscar' / 'oscar.sqlite3'}")
    return env | {"OSCAR_BENCH_DB": database, "OSCAR_BENCH_MEDIA": str(work / "oscar" / data),
                  "DJANGO_SETTINGS_MODULE": "shop.settings", "DEBUG": "0",
                  "LOG_LEVEL": "WARNING", "PYTHONWARNINGS": "ignore"}


def _pg(command: str, *args: str) -> None:
    subprocess.run([command, "-h", PG["host"], "-U", PG["user"], *args],  # noqa: S603
                   check=True, capture_output=True)


def drop_postgres() -> None:
    _pg("dropdb", "--if-exists", PG["name"])


def _run(python: Path, args: list[str], env: dict, log: Path) -> None:
    with log.open("a") as out:
        # Oscar's interpreter running Django's or our seed script, with our arguments.
        done = subprocess.run([str(python), *args], cwd=OSCAR, env=env, stdout=out,  # noqa: S603
                              stderr=subprocess.STDOUT)
    if done.returncode != 0:
        raise SystemExit(f"Oscar's {args[:3]} failed:\n{log.read_text()[-3000:]}")


def _database(python: Path, data: str, env: dict, log: Path) -> None:
    """A migrated, empty database: restored from the cache, else migrated and then cached."""
    key = _digest(REQUIREMENTS, OSCAR / "shop" / "settings.py")
    migrate = ["-m", "django", "migrate", "--noinput"]
    if data == "postgres":
        template = CACHE / f"oscar-{key}.sql"
        drop_postgres()
        _pg("createdb", PG["name"])
        if template.exists():
            _pg("psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", PG["name"], "-f", str(template))
            return
        _run(python, migrate, env, log)
        _pg("pg_dump", "-d", PG["name"], "-f", f"{template}.part")
    else:
        template, path = CACHE / f"oscar-{key}.sqlite3", Path(env["OSCAR_BENCH_DB"][7:])
        path.parent.mkdir(parents=True, exist_ok=True)
        if template.exists():
            shutil.copy(template, path)
            return
        _run(python, migrate, env, log)
        with sqlite3.connect(path) as source, sqlite3.connect(f"{template}.part") as copy:
            source.backup(copy)  # WAL and all, consistent
    os.replace(f"{template}.part", template)


def setup(data: str, python: Path, work: Path, *, products: int, buyers: int) -> Peer:
    """Oscar's database on one backend, seeded; the plan seed.py wrote."""
    started, env = time.monotonic(), env_for(data, work)
    log, plan = work / f"oscar-seed-{data}.log", work / f"oscar-plan-{data}.json"
    log.parent.mkdir(parents=True, exist_ok=True)
    _database(python, data, env, log)
    _run(python, ["seed.py", "setup", "--plan", str(plan), "--products", str(products),
                  "--buyers", str(buyers), "--races", str(RACES if data == "postgres" else 0),
                  "--racers", str(RACERS), "--race-units", str(RACE_UNITS)], env, log)
    return Peer(data, python, env, json.loads(plan.read_text()), time.monotonic() - started)


def setup_all(datas: list[str], work: Path, *, products: int, buyers: int) -> dict:
    """Oscar installed (or found) and seeded on each backend: {data: Peer}, plus "install": the
    seconds a fresh install took (0 when the cached one served)."""
    python, installed = ensure_venv()
    peers: dict = {"install": installed}
    for data in datas:
        peers[data] = setup(data, python, work, products=products, buyers=buyers)
    return peers


def count(peer: Peer, products: list[int]) -> dict:
    """Orders in Oscar's database, and what each product sold and has left."""
    command = [str(peer.python), "seed.py", "count", *(f"--product={p}" for p in products)]
    done = subprocess.run(command, cwd=OSCAR, env=peer.env, capture_output=True,  # noqa: S603
                          text=True, check=True)
    return json.loads(done.stdout)


# --- ours' side of the race, in Caravan's Django process ------------------------------------

def race_buyers(offers: list[dict], first_card: int, tag: str) -> dict:
    """For each offer, its SKU cut to RACE_UNITS and RACERS buyers' checkout requests; what the
    SKUs had sold before."""
    import shoppers
    from prepare import flash_check

    from caravan.catalog.models import Sku

    rounds = []
    for n, offer in enumerate(offers):
        Sku.objects.filter(pk=offer["sku_id"]).update(stock=RACE_UNITS)
        buyers = shoppers.create_buyers(f"{tag}-race{n}", RACERS)
        chosen = shoppers.Offer(**offer)
        shoppers.fill_carts(buyers, [chosen])
        rounds.append(shoppers.attempts(buyers, [chosen], first_card=first_card + n * 1000))
    return {"rounds": rounds, "before": [flash_check(o["sku_id"]) for o in offers]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    buyers = commands.add_parser("race-buyers")
    buyers.add_argument("--offers", required=True, help="JSON: [{sku_id, shop_id, service}]")
    buyers.add_argument("--first-card", type=int, required=True)
    buyers.add_argument("--tag", required=True)
    check = commands.add_parser("race-check")
    check.add_argument("--sku", type=int, action="append", default=[])
    args = parser.parse_args()
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caravan.settings")
    django.setup()
    if args.command == "race-check":
        from prepare import flash_check

        print(json.dumps([flash_check(sku) for sku in args.sku]))
    else:
        print(json.dumps(race_buyers(json.loads(args.offers), args.first_card, args.tag)))


if __name__ == "__main__":
    main()
