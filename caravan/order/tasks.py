from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .aftersale import cancellations_auto_approve, orders_cancel_unshipped, protection_sweep
from .services import orders_close_overdue


@db_periodic_task(crontab(minute="*"))
def order_deadlines():
    """Every minute: unpaid orders close, unshipped ones past ship-by are cancelled and refunded,
    unanswered cancellation requests are approved, ended protection periods are settled."""
    return {
        "closed": orders_close_overdue(),
        "cancelled_unshipped": orders_cancel_unshipped(),
        "cancellations_approved": cancellations_auto_approve(),
        "protection_ended": protection_sweep(),
    }
