from django.core.management.base import BaseCommand, CommandError

from caravan.account.services import operator_create
from caravan.core.errors import DomainError


class Command(BaseCommand):
    help = "Create an operator (staff) account, or make an existing account one."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--password", required=True)

    def handle(self, *args, email, password, **options):
        try:
            user = operator_create(email=email, password=password)
        except DomainError as exc:
            raise CommandError(f"{exc.message} {exc.fields}") from exc
        self.stdout.write(f"operator {user.email} ready; sign in at /ops/")
