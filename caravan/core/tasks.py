from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .outbox import outbox_deliver


@db_periodic_task(crontab(minute="*"))
def deliver_outbox():
    return outbox_deliver()
