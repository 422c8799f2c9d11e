from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import complaints_sweep


@db_periodic_task(crontab(minute="*/10"))
def sweep_ip_complaints():
    """Complaints whose counter-notice deadline passed: upheld, or queued for an operator."""
    return complaints_sweep()
