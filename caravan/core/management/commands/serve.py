"""Run the site as one command: the WSGI server (granian) and the background worker (Huey).

Both are child processes; when either stops, or on Ctrl-C, the other is stopped too.
"""

import os
import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve HTTP with granian (WSGI) and run the Huey worker beside it."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int,
                            default=int(os.environ.get("WEB_WORKERS", os.cpu_count() or 1)))
        parser.add_argument("--threads", type=int,
                            default=int(os.environ.get("WEB_THREADS", "8")),
                            help="request threads per worker, each with a database connection")
        parser.add_argument("--no-worker", action="store_true",
                            help="serve HTTP only (run `caravan run_huey` elsewhere)")

    def _commands(self, options) -> list[list[str]]:
        web = [sys.executable, "-m", "granian", "--interface", "wsgi",
               "--host", options["host"], "--port", str(options["port"]),
               "--workers", str(options["workers"]),
               # Each thread holds its own database connection: granian's default (hundreds of
               # threads) would exhaust PostgreSQL's connection limit under load.
               "--blocking-threads", str(options["threads"]),
               "--no-ws", "caravan.wsgi:application"]
        commands = [web]
        if not options["no_worker"]:
            commands.append([sys.executable, "-m", "caravan.cli", "run_huey"])
        return commands

    def handle(self, *args, **options):
        # The commands are built from this interpreter and validated options, not user input.
        children = [subprocess.Popen(command) for command in self._commands(options)]  # noqa: S603
        self.stdout.write(f"Caravan on http://{options['host']}:{options['port']}/ "
                          f"(worker: {'off' if options['no_worker'] else 'on'}); Ctrl-C stops.")
        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        while not stopping and all(child.poll() is None for child in children):
            time.sleep(0.5)
        for child in children:
            if child.poll() is None:
                child.terminate()
        for child in children:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
        exit_codes = [child.returncode for child in children]
        if not stopping and any(exit_codes):
            raise SystemExit(max(code or 0 for code in exit_codes) or 1)
