from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import tokens_purge


@db_periodic_task(crontab(minute="17", hour="3"))
def purge_api_tokens():
    """Expired and revoked bearer tokens are kept a week for audit, then deleted."""
    return tokens_purge()
