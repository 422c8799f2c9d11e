"""The starting rule list, so that every database screens listings from its first migration.

Adds only the rules whose code is missing; `caravan compliance-seed` does the same later.
"""

from django.db import migrations


def seed(apps, schema_editor):
    from caravan.compliance.seed_data import RULES

    rule_model = apps.get_model("compliance", "ComplianceRule")
    version_model = apps.get_model("compliance", "RulesVersion")
    existing = set(rule_model.objects.values_list("code", flat=True))
    fields = ("code", "kind", "name", "reason", "keywords", "exceptions")
    new = [rule_model(**{f: data[f] for f in fields}) for data in RULES
           if data["code"] not in existing]
    rule_model.objects.bulk_create(new)
    if new:
        version, _created = version_model.objects.get_or_create(pk=1)
        version.version += 1
        version.save()


class Migration(migrations.Migration):
    dependencies = [("compliance", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
