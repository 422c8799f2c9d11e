from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .recovery import checkouts_resume_stalled


@db_periodic_task(crontab(minute="*"))
def resume_stalled_checkouts():
    """Every minute: checkouts a crash left half-way end paid or declined."""
    return checkouts_resume_stalled()
