from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "caravan.ledger"
    label = "ledger"
    verbose_name = "Ledger"
