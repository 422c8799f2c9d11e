"""`make reliability`: schemathesis, the access matrix and the other checks, per backend.

For each backend (SQLite in a temporary CARAVAN_VAR_DIR; the full run adds PostgreSQL in the
database `caravan_reliability`, created and dropped here) the runner migrates, seeds a small
demo marketplace, starts our server with bench/servers.py (granian, WSGI), logs in the six
actors and runs the checks. It prints a table, writes reliability/results/latest.json and exits
non-zero when any row failed. `--quick` is the CI subset (SQLite only, smaller budgets).

The check interface (see checks.py for the details):

    # reliability/<name>.py
    BACKENDS = ("postgres",)   # optional: where it runs (default: every backend of the run)
    IN_QUICK = False           # optional: leave it out of --quick (default True)

    def run(ctx: checks.Context) -> list[dict]:
        ...                    # ctx.base_url, ctx.env, ctx.headers("buyer_a"), ctx.quick,
        return [checks.row(ctx, "name", "metric", value, "goal", passed, "notes")]

Add the module's name to CHECKS below; `--only NAME` runs just that one (repeatable). The
actors are buyer_a, buyer_b, seller_a, seller_b, operator and anonymous (checks.ACTORS).
After the checks the runner scans the server's log for unhandled API errors (row `server_log`).
"""

import argparse
import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "bench")]

import backends  # noqa: E402  (bench/backends.py)
import checks  # noqa: E402
import servers  # noqa: E402  (bench/servers.py)

# Run in this order: the access matrix reads fixtures before the fuzzer writes at random; the
# abuse limits trip rate limits last.
CHECKS = ("access", "fuzz", "crash", "abuse")
RESULTS = HERE / "results" / "latest.json"
PG_NAME = "caravan_reliability"
PG_URL = f"postgres://{backends.PG['user']}@{backends.PG['host']}:5432/{PG_NAME}"
# (products, orders) of the seeded demo: enough objects of every kind, seeded in seconds.
SEED = {"quick": (120, 8), "full": (400, 20)}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="the CI subset: SQLite, small")
    parser.add_argument("--only", action="append", choices=CHECKS, metavar="NAME",
                        help=f"run only this check (repeatable): {', '.join(CHECKS)}")
    parser.add_argument("--backends", help="comma-separated: sqlite, postgres "
                        "(default: sqlite for --quick, both otherwise)")
    args = parser.parse_args(argv)
    names = args.backends or ("sqlite" if args.quick else "sqlite,postgres")
    args.backends = names.split(",")
    unknown = set(args.backends) - {"sqlite", "postgres"}
    if unknown:
        parser.error(f"unknown backends: {', '.join(sorted(unknown))}")
    args.only = tuple(args.only or CHECKS)
    return args


def _pg(command: str, *args: str) -> None:
    subprocess.run([command, "-h", backends.PG["host"], "-U", backends.PG["user"],  # noqa: S603
                    *args], check=True, capture_output=True)


def environment(backend: str, work: Path) -> dict[str, str]:
    """bench's production-like environment, on this runner's own database."""
    env = backends.BACKENDS[backend].env(work)
    if backend == "postgres":
        env["DATABASE_URL"] = PG_URL
    return env


def prepare(backend: str, env: dict, work: Path, quick: bool) -> None:
    (work / backend).mkdir(parents=True, exist_ok=True)
    if backend == "postgres":
        _pg("dropdb", "--if-exists", PG_NAME)
        _pg("createdb", PG_NAME)
    products, orders = SEED["quick" if quick else "full"]
    ctx = checks.Context(backend, "", env, {}, quick, work)
    ctx.caravan("migrate", "--noinput")
    ctx.caravan("seed-demo", "--products", str(products), "--orders", str(orders))


class Serving:
    """Our server for one backend; checks may restart it (crash test)."""

    def __init__(self, env: dict, logs: Path, tag: str):
        self.env, self.logs, self.tag, self.count = env, logs, tag, 0
        self.server = self._start()

    def _start(self) -> servers.Server:
        self.count += 1
        return servers.start(f"ours-{self.tag}-{self.count}", "caravan.wsgi:application",
                             env=self.env, cwd=ROOT, logs=self.logs, ready="/api/ping")

    def restart(self, ctx: checks.Context, kill: bool = False, env: dict | None = None) -> str:
        if env is not None:
            self.env = ctx.env = env
        if kill and self.server.process.poll() is None:
            os.killpg(self.server.process.pid, signal.SIGKILL)
            self.server.process.wait()
        servers.stop(self.server)
        self.server = self._start()
        ctx.base_url = self.server.url
        return ctx.base_url

    def stop(self) -> None:
        servers.stop(self.server)

    def unhandled_errors(self) -> int:
        return sum(log.read_text(errors="replace").count("unhandled API error")
                   for log in self.logs.glob(f"ours-{self.tag}-*.log"))


def wanted(module, backend: str, quick: bool, all_backends: list[str]) -> bool:
    return (backend in getattr(module, "BACKENDS", all_backends)
            and (not quick or getattr(module, "IN_QUICK", True)))


def run_check(name: str, module, ctx: checks.Context) -> list[dict]:
    started = time.monotonic()
    try:
        rows = module.run(ctx)
    except Exception:
        rows = [checks.row(ctx, name, "completed", "error", "no exception", False,
                           traceback.format_exc().strip().splitlines()[-1])]
        print(traceback.format_exc(), file=sys.stderr)
    print(f"  {name} on {ctx.backend}: {len(rows)} rows in {time.monotonic() - started:.0f} s",
          flush=True)
    return rows


def run_backend(backend: str, args, modules: dict) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix=f"caravan-reliability-{backend}-"))
    try:
        env = environment(backend, work)
        started = time.monotonic()
        prepare(backend, env, work, args.quick)
        print(f"{backend}: seeded in {time.monotonic() - started:.0f} s", flush=True)
        (work / "logs").mkdir()
        serving = Serving(env, work / "logs", backend)
        try:
            tokens = {actor: checks.login(serving.server.url, email)
                      for actor, email in checks.EMAILS.items()} | {"anonymous": None}
            ctx = checks.Context(backend, serving.server.url, env, tokens, args.quick, work)
            ctx.restart_server = lambda kill=False, env=None: serving.restart(ctx, kill, env)
            rows = [row for name, module in modules.items()
                    if wanted(module, backend, args.quick, args.backends)
                    for row in run_check(name, module, ctx)]
        finally:
            serving.stop()
        errors = serving.unhandled_errors()
        rows.append(checks.row(ctx, "server_log", "unhandled API errors", errors, "0",
                               errors == 0, f"logs of {serving.count} server start(s)"))
        if not all(row["passed"] for row in rows):
            _keep_evidence(work, backend)
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if backend == "postgres":
            _pg("dropdb", "--if-exists", PG_NAME)


def _keep_evidence(work: Path, backend: str) -> None:
    """A failed run keeps the server logs and the checks' own reports: a fuzzed failure may not
    come again with the next seed."""
    kept = RESULTS.parent / f"failed-{backend}"
    shutil.rmtree(kept, ignore_errors=True)
    shutil.copytree(work, kept, ignore=shutil.ignore_patterns("*.sqlite3*", "media", "static",
                                                               "huey*"))
    print(f"{backend}: logs and reports of the failure kept in {kept.relative_to(ROOT)}",
          flush=True)


def load(names: tuple[str, ...]) -> dict:
    """The chosen check modules; a name without its module is skipped with a note."""
    modules = {}
    for name in names:
        if not (HERE / f"{name}.py").exists():
            print(f"{name}: reliability/{name}.py is missing; skipped", flush=True)
            continue
        modules[name] = importlib.import_module(name)
    return modules


def table(rows: list[dict], notes_width: int = 70) -> str:
    columns = ("name", "backend", "metric", "value", "goal", "passed", "notes")
    cells = [list(columns)] + [
        [str(r[c]) if c != "passed" else ("yes" if r[c] else "NO") for c in columns]
        for r in rows]
    for line in cells[1:]:
        line[-1] = line[-1] if len(line[-1]) <= notes_width else line[-1][:notes_width - 1] + "…"
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    text = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
            for line in cells]
    return "\n".join([text[0], "  ".join("-" * w for w in widths), *text[1:]])


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    backends.check_services([backends.BACKENDS[name] for name in args.backends])
    started, modules, rows = time.monotonic(), load(args.only), []
    for backend in args.backends:
        rows += run_backend(backend, args, modules)
        print(f"{backend} done at {time.monotonic() - started:.0f} s", flush=True)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(rows, indent=1) + "\n")
    print(table(rows))
    failed = [r for r in rows if not r["passed"]]
    print(f"\n{len(rows)} rows in {RESULTS.relative_to(ROOT)}, {len(failed)} failed; "
          f"the run took {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
