from django.apps import AppConfig


class CheckoutConfig(AppConfig):
    name = "caravan.checkout"
    label = "checkout"

    def ready(self):
        from . import handlers  # noqa: F401  (registers the outbox handlers)
