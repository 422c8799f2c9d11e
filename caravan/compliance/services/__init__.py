"""Compliance services: rules, brands, licences, IP complaints and strikes (one module each)."""

from .brands import brand_decide, brand_register
from .complaints import (
    complaint_counter_notice,
    complaint_decide,
    complaint_file,
    complaints_sweep,
)
from .licences import licence_decide, licence_submit
from .rules import compliance_seed, rule_create, rule_delete, rule_update, rules_changed
from .strikes import strike_add

__all__ = [
    "brand_decide", "brand_register", "complaint_counter_notice", "complaint_decide",
    "complaint_file", "complaints_sweep", "compliance_seed", "licence_decide", "licence_submit",
    "rule_create", "rule_delete", "rule_update", "rules_changed", "strike_add",
]
