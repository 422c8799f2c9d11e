from io import StringIO

import pytest
from django.core.management import call_command

from caravan.compliance import services
from caravan.compliance.constants import SEED_LANGUAGES, RuleKind
from caravan.compliance.models import ComplianceRule
from caravan.compliance.seed_data import RULES

pytestmark = pytest.mark.django_db

# DOMAIN.md §2: the prohibited groups of the source and of the public lists.
GROUPS = {"drugs", "medicines", "firearms", "controlled_weapons", "police_equipment",
          "spy_devices", "medical_devices", "beauty_health_devices", "alcohol_tobacco",
          "diet_pills", "precursor_chemicals", "imitation_guns", "flammables_aerosols",
          "plants_seeds", "animal_products", "currency", "relics", "adult_content"}


def test_seed_covers_every_group_in_six_languages():
    assert {rule["code"] for rule in RULES} == GROUPS
    for rule in RULES:
        assert set(SEED_LANGUAGES) <= set(rule["keywords"]), rule["code"]
        assert all(rule["keywords"][lang] for lang in SEED_LANGUAGES), rule["code"]


def test_only_licensable_groups_are_restricted():
    restricted = {rule["code"] for rule in RULES if rule["kind"] == RuleKind.RESTRICTED}

    assert restricted == {"medical_devices", "beauty_health_devices"}


def test_seeding_is_idempotent_and_keeps_operator_edits():
    # given the seeded rules (the migration seeds them) and an operator's edit
    services.compliance_seed()
    rule = ComplianceRule.objects.get(code="diet_pills")
    services.rule_update(rule=rule, reason="Edited by an operator.")
    count = ComplianceRule.objects.count()

    # when seeding runs again, through the command
    out = StringIO()
    call_command("compliance_seed", stdout=out)

    # then nothing is added or overwritten
    assert "0 new" in out.getvalue()
    assert ComplianceRule.objects.count() == count
    assert ComplianceRule.objects.get(code="diet_pills").reason == "Edited by an operator."


def test_seeding_restores_a_deleted_rule():
    services.rule_delete(rule=ComplianceRule.objects.get(code="relics"))

    assert services.compliance_seed() == 1
    assert ComplianceRule.objects.filter(code="relics").exists()


def test_every_seed_rule_passes_the_operators_validation():
    # compliance_seed creates rules through rule_create, which validates every phrase
    ComplianceRule.objects.all().delete()

    assert services.compliance_seed() == len(RULES)
