from django.apps import AppConfig


class OrderConfig(AppConfig):
    name = "caravan.order"
    label = "order"
