from django.apps import AppConfig


class CheckoutConfig(AppConfig):
    name = "caravan.checkout"
    label = "checkout"
