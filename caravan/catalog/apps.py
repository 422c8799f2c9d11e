from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "caravan.catalog"
    label = "catalog"
