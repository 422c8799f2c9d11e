from django.apps import AppConfig


class DisputeConfig(AppConfig):
    name = "caravan.dispute"
    label = "dispute"
    verbose_name = "Disputes"
