"""The load generator: wrk (Debian's package) over HTTP/1.1 keep-alive connections, driven by
replay.lua, with the CPU the server side spent per request read from /proc around the run.

wrk rather than a Python client because a Python client tops out near 25,000 requests/s on this
machine while granian serves a bare app faster: the reference would measure the client.
"""

import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from servers import Server, cpu_seconds

SCRIPT = Path(__file__).with_name("replay.lua")
DATABASE_PROCESSES = ("postgres", "redis-server")


@dataclass
class Run:
    requests: int
    seconds: float
    statuses: dict[str, int]
    p50_ms: float
    p95_ms: float
    errors: int
    app_cpu_ms: float  # per request, the server's process tree
    db_cpu_ms: float  # per request, PostgreSQL and Redis

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms(self) -> float:
        return self.app_cpu_ms + self.db_cpu_ms


def request_line(method: str, path: str, headers: dict | None = None, body=None) -> str:
    head = "\x1f".join(f"{k}: {v}" for k, v in (headers or {}).items())
    return f"{method}\t{path}\t{head}\t{json.dumps(body) if body is not None else ''}"


def drive(server: Server, lines: list[str], *, connections: int, seconds: float,
          limit: int = 0, workdir: Path) -> Run:
    """Send `lines` in turn from `connections` connections for `seconds`, or until `limit`
    responses have arrived when a limit is given."""
    requests, done = workdir / f"{server.name}.requests", workdir / f"{server.name}.done"
    requests.write_text("\n".join(lines) + "\n")
    done.unlink(missing_ok=True)
    app_before, db_before = cpu_seconds(server.process.pid, DATABASE_PROCESSES)
    command = ["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout",
               "60s", "-s", str(SCRIPT), server.url, "--", str(requests)]
    if limit:
        command += [str(limit), str(done)]
    # wrk is Debian's binary, the arguments are ours.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603
    while limit and process.poll() is None and not done.exists():
        time.sleep(0.05)
    if limit and process.poll() is None:
        os.kill(process.pid, signal.SIGINT)  # wrk prints its summary and leaves
    output, _ = process.communicate(timeout=seconds + 120)
    app_after, db_after = cpu_seconds(server.process.pid, DATABASE_PROCESSES)
    summary = json.loads(next(line for line in reversed(output.splitlines())
                              if line.startswith("{")))
    n = max(1, summary["requests"])
    return Run(requests=summary["requests"], seconds=summary["duration_us"] / 1e6,
               statuses=summary["statuses"], p50_ms=summary["p50_us"] / 1000,
               p95_ms=summary["p95_us"] / 1000, errors=summary["errors"] + summary["timeouts"],
               app_cpu_ms=(app_after - app_before) * 1000 / n,
               db_cpu_ms=(db_after - db_before) * 1000 / n)
