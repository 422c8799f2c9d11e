from django.core.management.base import BaseCommand, CommandError

from caravan.payment.scan import scan_database, scan_logs


class Command(BaseCommand):
    help = ("Look for card numbers and security codes in every text column of the database "
            "and in the given log files; exit 1 if any is found.")

    def add_arguments(self, parser):
        parser.add_argument("--logs", nargs="+", action="extend", default=[], metavar="PATH",
                            help="log files to scan as well")
        parser.add_argument("--database", default="default")
        parser.add_argument("--no-database", action="store_true",
                            help="scan only the log files")

    def handle(self, *args, logs, database, no_database, **options):
        def skipped(table, exc):
            self.stderr.write(f"skipped table {table}: {type(exc).__name__}")

        findings = [] if no_database else list(scan_database(using=database, on_skip=skipped))
        missing = [path for path in logs if not _readable(path)]
        if missing:
            raise CommandError(f"cannot read: {', '.join(missing)}", returncode=2)
        findings += scan_logs(logs)
        for finding in findings:
            self.stdout.write(f"FOUND {finding}")
        if findings:
            raise CommandError(f"{len(findings)} place(s) hold card data.", returncode=1)
        self.stdout.write("no card data found")


def _readable(path: str) -> bool:
    try:
        with open(path, "rb"):
            return True
    except OSError:
        return False
