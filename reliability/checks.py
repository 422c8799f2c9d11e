"""What every reliability check receives and returns; see run.py for how checks are run.

A check is a module of this folder with `run(ctx: Context) -> list[dict]`, listed in
`run.CHECKS`. Optional module attributes:

- `BACKENDS`: the backends it runs on (default: every backend of the run, i.e. `("sqlite",)`
  for `--quick`, `("sqlite", "postgres")` otherwise);
- `IN_QUICK`: False to leave it out of `--quick` (default True).

Rows are made with `row(...)`; a check that fails returns a row with `passed=False` (the runner
exits non-zero), it does not raise. An exception is recorded as a failed row as well.
"""

import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ACTORS = ("buyer_a", "buyer_b", "seller_a", "seller_b", "operator", "anonymous")
# The demo accounts behind the actors (`caravan seed-demo`); anonymous has none.
EMAILS = {
    "buyer_a": "buyer001@caravan.test",
    "buyer_b": "buyer002@caravan.test",
    "seller_a": "seller01@caravan.test",
    "seller_b": "seller02@caravan.test",
    "operator": "ops@caravan.test",
}
PASSWORD = "silk-road-demo"
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Context:
    backend: str  # "sqlite" or "postgres"
    base_url: str  # our server, e.g. http://127.0.0.1:40123 (no trailing slash)
    env: dict[str, str]  # the server's environment: CARAVAN_VAR_DIR, DATABASE_URL, ...
    tokens: dict[str, str | None]  # actor -> bearer token; "anonymous" -> None
    quick: bool
    work: Path  # a scratch directory of this backend, removed after the run
    # Stops the server (SIGKILL when kill=True, else SIGTERM), starts a new one on the same
    # database (with `env` as its environment when given, kept in ctx.env) and returns its base
    # URL (also stored in base_url).
    restart_server: Callable[..., str] = field(repr=False, default=None)
    emails: dict[str, str] = field(default_factory=lambda: dict(EMAILS))

    def headers(self, actor: str, **extra: str) -> dict[str, str]:
        """Request headers of an actor: its bearer token, if any, plus `extra`."""
        token = self.tokens.get(actor)
        found = {"Authorization": f"Bearer {token}"} if token else {}
        return found | extra

    def django(self, script: Path | str, *args: str, timeout: float = 600) -> str:
        """Run a Python script in the server's environment (Django settings, database) and
        return its standard output; raises RuntimeError with its stderr when it fails."""
        env = self.env | {"DJANGO_SETTINGS_MODULE": "caravan.settings",
                          "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "reliability")])}
        done = subprocess.run([sys.executable, str(script), *args], env=env,  # noqa: S603
                              cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"{script} failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def caravan(self, *args: str, timeout: float = 600) -> str:
        """Run a `caravan` management command in the server's environment."""
        command = [str(Path(sys.executable).with_name("caravan")), *args]
        done = subprocess.run(command, env=self.env, cwd=ROOT,  # noqa: S603
                              capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"caravan {' '.join(args)} failed:\n{done.stderr[-3000:]}")
        return done.stdout


def row(ctx: Context, name: str, metric: str, value, goal: str, passed: bool,
        notes: str = "") -> dict:
    """One line of the table and of results/latest.json."""
    return {"name": name, "backend": ctx.backend, "metric": metric, "value": value,
            "goal": goal, "passed": bool(passed), "notes": notes}


def login(base_url: str, email: str, password: str = PASSWORD) -> str:
    """A fresh bearer token of an account (the demo password by default)."""
    body = json.dumps({"email": email, "password": password}).encode()
    request = urllib.request.Request(f"{base_url}/api/auth/token", data=body,  # noqa: S310
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310  (our server)
        return json.load(answer)["token"]
