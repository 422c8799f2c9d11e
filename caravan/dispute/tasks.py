from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import disputes_sweep


@db_periodic_task(crontab(minute="*"))
def sweep_disputes():
    """Every minute: silent sellers accept, long negotiations go to Caravan, returns not sent
    in time end the dispute (`disputes_sweep`)."""
    return disputes_sweep()
