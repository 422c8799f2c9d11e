"""The processes the crash test kills: the web server (granian: master and workers, one process
group), the Huey consumer and a sweeper running the deadline sweeps and the outbox delivery in
a loop (`crash_app.py sweep`). Each is a child in its own session, so kill -9 of its group
takes every process of it, and `stop_all` leaves nothing behind.
"""

import contextlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import servers  # noqa: E402  (bench/servers.py: granian as `caravan serve` runs it)

HERE = Path(__file__).resolve().parent
TARGETS = ("web", "huey", "sweeper")


class Fleet:
    def __init__(self, env: dict, logs: Path):
        self.env, self.logs = env, logs
        self.web: servers.Server | None = None
        self.others: dict[str, subprocess.Popen] = {}
        self.url = ""
        self.up = threading.Event()  # set while the web server answers
        self.started = dict.fromkeys(TARGETS, 0)

    def _spawn(self, name: str, command: list[str]) -> subprocess.Popen:
        self.started[name] += 1
        log = (self.logs / f"{name}-{self.started[name]}.log").open("w")
        # Our own interpreter and scripts; a new session so that killpg reaches every child.
        return subprocess.Popen(command, env=self.env, cwd=HERE.parent, stdout=log,  # noqa: S603
                                stderr=subprocess.STDOUT, start_new_session=True)

    def start(self, name: str) -> None:
        if name == "web":
            self.started["web"] += 1
            self.web = servers.start(f"web-{self.started['web']}", "caravan.wsgi:application",
                                     env=self.env, cwd=HERE.parent, logs=self.logs,
                                     ready="/healthz")
            self.url = self.web.url
            self.up.set()
        elif name == "huey":
            self.others[name] = self._spawn(name, [sys.executable, "-m", "caravan.cli",
                                                   "run_huey"])
        else:
            self.others[name] = self._spawn(name, [sys.executable, str(HERE / "crash_app.py"),
                                                   "sweep"])

    def _process(self, name: str) -> subprocess.Popen | None:
        return self.web.process if name == "web" and self.web else self.others.get(name)

    def kill(self, name: str) -> None:
        """kill -9 the whole process group, whatever it is doing."""
        if name == "web":
            self.up.clear()
        process = self._process(name)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):  # it died by itself meanwhile
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def alive(self, name: str) -> bool:
        process = self._process(name)
        return process is not None and process.poll() is None

    def stop_all(self) -> None:
        for name in TARGETS:
            self.kill(name)
