from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "caravan.demo"
    label = "demo"
