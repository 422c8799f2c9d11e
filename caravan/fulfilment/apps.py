from django.apps import AppConfig


class FulfilmentConfig(AppConfig):
    name = "caravan.fulfilment"
    label = "fulfilment"
