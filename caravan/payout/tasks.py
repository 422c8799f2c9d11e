from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import funds_release_due, payouts_advance


@db_periodic_task(crontab(minute="*"))
def release_due_funds():
    """Every minute: released money whose working days have passed becomes available."""
    return funds_release_due()


@db_periodic_task(crontab(minute="*"))
def advance_payouts():
    """Every minute: withdrawals and test deposits move on from what the provider reports."""
    return payouts_advance()
