"""The one source of the current time, so that tests and `run-deadlines --now` can move it."""

from datetime import datetime

from django.utils import timezone


def now() -> datetime:
    return timezone.now()
