from django.apps import AppConfig


class SellerConfig(AppConfig):
    name = "caravan.seller"
    label = "seller"
