from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "caravan.compliance"
    label = "compliance"
    verbose_name = "Compliance"
