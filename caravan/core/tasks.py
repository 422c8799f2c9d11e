from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .maintenance import statistics_refresh
from .outbox import outbox_deliver
from .ratelimit import counters_prune


@db_periodic_task(crontab(minute="*"))
def deliver_outbox():
    return outbox_deliver()


@db_periodic_task(crontab(minute="41", hour="*/6"))
def database_optimize():
    """SQLite keeps no planner statistics unless asked: without them search scans every live
    listing (measured by `make bench`). PostgreSQL's autovacuum does this by itself."""
    return statistics_refresh()


@db_periodic_task(crontab(minute="*/10"))
def rate_counters_prune():
    """Abuse-limit counters of past windows (database store) are of no further use."""
    return counters_prune()
