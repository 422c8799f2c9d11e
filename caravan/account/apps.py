from django.apps import AppConfig


class AccountConfig(AppConfig):
    name = "caravan.account"
    label = "users"
