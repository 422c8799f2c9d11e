from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import card_tokens_purge


@db_periodic_task(crontab(minute="*/30"))
def purge_card_tokens():
    """The sandbox vault keeps tokens only as long as they can be used."""
    return card_tokens_purge()
