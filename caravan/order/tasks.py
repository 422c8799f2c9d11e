from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import orders_close_overdue


@db_periodic_task(crontab(minute="*"))
def close_unpaid_orders():
    """Every minute: unpaid orders past their payment window close and give their stock back."""
    return orders_close_overdue()
