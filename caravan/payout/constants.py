from django.db import models
from django.utils.translation import gettext_lazy as _

# The time zone each settlement calendar's working days are counted in.
CALENDAR_ZONES = {
    "CN": "Asia/Shanghai",
    "HK": "Asia/Hong_Kong",
    "US": "America/New_York",
}


class BankAccountStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Awaiting confirmation")
    VERIFIED = "verified", _("Verified")
    LOCKED = "locked", _("Locked")
    FAILED = "failed", _("Rejected by the bank")
    REMOVED = "removed", _("Removed")


B = BankAccountStatus
BANK_ACCOUNT_TRANSITIONS = {
    B.UNVERIFIED: frozenset({B.VERIFIED, B.LOCKED, B.FAILED, B.REMOVED}),
    # An operator may send new test deposits to a locked account.
    B.LOCKED: frozenset({B.UNVERIFIED, B.REMOVED}),
    # A payout bounced as closed or unknown: no more withdrawals to it.
    B.VERIFIED: frozenset({B.FAILED, B.REMOVED}),
    B.FAILED: frozenset({B.REMOVED}),
    B.REMOVED: frozenset(),
}
del B


class DepositState(models.TextChoices):
    """Where the two test deposits of a verification round are."""

    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    ARRIVED = "arrived", _("Arrived")
    FAILED = "failed", _("Failed")


class NumberKind(models.TextChoices):
    IBAN = "iban", _("IBAN")
    ACCOUNT = "account", _("Account number")


class WithdrawalStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    PROCESSING = "processing", _("Processing")
    PAID = "paid", _("Paid")
    FAILED = "failed", _("Failed")


W = WithdrawalStatus
WITHDRAWAL_TRANSITIONS = {
    W.REQUESTED: frozenset({W.PROCESSING, W.FAILED}),
    W.PROCESSING: frozenset({W.PAID, W.FAILED}),
    W.PAID: frozenset(),
    W.FAILED: frozenset(),
}
del W

# Payout failures that say the account itself is unusable (it is marked failed).
ACCOUNT_FAILURES = frozenset({"account_closed", "no_account"})
