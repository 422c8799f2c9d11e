from django.apps import AppConfig


class PricingConfig(AppConfig):
    name = "caravan.pricing"
    label = "pricing"
