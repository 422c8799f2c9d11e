from django.apps import AppConfig


class PaymentConfig(AppConfig):
    name = "caravan.payment"
    label = "payment"
    verbose_name = "Payments"
