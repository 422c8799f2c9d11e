from django.apps import AppConfig


class LogisticsConfig(AppConfig):
    name = "caravan.logistics"
    label = "logistics"
