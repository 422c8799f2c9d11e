"""Granian servers for ours and the references, and the CPU their processes spend.

Both sides run the command line of `caravan serve` (granian, WSGI, no websockets) with the same
worker and thread counts, on free loopback ports, as children of this process.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

WORKERS = 2
# Pinned because granian's WSGI default is 256 blocking threads per worker, and each thread
# keeps its own PostgreSQL connection: past ~100 concurrent requests max_connections runs out.
THREADS = 8
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(name: str, target: str, *, env: dict, cwd: Path, logs: Path, ready: str,
          python: Path | str = sys.executable) -> Server:
    """Start granian serving `target` and wait until GET `ready` answers 200. `python` is the
    interpreter of another virtualenv for a peer that is not installed beside Caravan."""
    port, log = free_port(), logs / f"{name}.log"
    command = [str(python), "-m", "granian", "--interface", "wsgi", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(WORKERS), "--blocking-threads",
               str(THREADS), "--no-ws", target]
    with log.open("w") as out:
        # Our own interpreters and arguments; its own session so that stop() ends the workers.
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out,  # noqa: S603
                                   stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(name, process, port, log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(server.url + ready, timeout=5) as answer:  # noqa: S310
                if answer.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    stop(server)
    raise RuntimeError(f"{name} did not answer {ready} in 90 s:\n{log.read_text()[-3000:]}")


def stop(server: Server) -> None:
    if server.process.poll() is None:
        os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait()


# --- CPU time from /proc ----------------------------------------------------------------------

def _processes() -> dict[int, tuple[str, int, float]]:
    """pid -> (command name, parent pid, CPU seconds of it and its reaped children)."""
    found = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            raw = Path(entry.path, "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        name, rest = raw[raw.index("(") + 1:raw.rindex(")")], raw[raw.rindex(")") + 2:].split()
        ticks = sum(int(x) for x in rest[11:15])  # utime, stime, cutime, cstime
        found[int(entry.name)] = (name, int(rest[1]), ticks / CLOCK_TICKS)
    return found


def cpu_seconds(root_pid: int, names: tuple[str, ...] = ()) -> tuple[float, float]:
    """CPU seconds so far of the process tree under root_pid, and of processes called `names`
    (the database and Redis servers, whose ended backends count in their parent's total)."""
    table = _processes()
    tree, frontier = {root_pid}, {root_pid}
    while frontier:
        frontier = {pid for pid, (_n, parent, _s) in table.items() if parent in frontier}
        tree |= frontier
    app = sum(table[pid][2] for pid in tree if pid in table)
    others = sum(seconds for name, _parent, seconds in table.values() if name in names)
    return app, others
