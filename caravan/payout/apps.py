from django.apps import AppConfig


class PayoutConfig(AppConfig):
    name = "caravan.payout"
    label = "payout"
    verbose_name = "Payouts"

    def ready(self):
        from . import checks  # noqa: F401  (registers the bank-data key check)
