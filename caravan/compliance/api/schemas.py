from datetime import datetime
from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field

from caravan.core.api import ObjectId

from ..constants import RULE_CODE_PATTERN, BrandStatus, ComplaintStatus, LicenceStatus

Phrase = str
Country = str


class Decision(Schema):
    decision: Literal["approve", "reject"]
    reason: str = Field(min_length=1, max_length=500)


class ComplaintDecision(Schema):
    decision: Literal["uphold", "reject"]
    reason: str = Field(min_length=1, max_length=500)


class PageFilter(Schema):
    cursor: ObjectId | None = None
    limit: int = Field(50, ge=1, le=200)


# --- rules ---

class RuleIn(Schema):
    code: str = Field(pattern=RULE_CODE_PATTERN, max_length=60)
    kind: Literal["prohibited", "restricted"]
    name: str = Field(min_length=1, max_length=120)
    reason: str = Field(min_length=1, max_length=300)
    keywords: dict[str, list[Phrase]] = Field(
        description='phrases by language, e.g. {"en": ["diet pills"], "zh": ["减肥药"]}; '
                    "a trailing * matches any word the phrase begins")
    exceptions: list[Phrase] = Field([], description="phrases that shield their text")
    category_ids: list[ObjectId] = Field([], description="none: every category")
    countries: list[Country] = Field([], description="destinations; none: everywhere")
    is_active: bool = True


class RulePatch(Schema):
    code: str | None = Field(None, pattern=RULE_CODE_PATTERN, max_length=60)
    kind: Literal["prohibited", "restricted"] | None = None
    name: str | None = Field(None, min_length=1, max_length=120)
    reason: str | None = Field(None, min_length=1, max_length=300)
    keywords: dict[str, list[Phrase]] | None = None
    exceptions: list[Phrase] | None = None
    category_ids: list[ObjectId] | None = None
    countries: list[Country] | None = None
    is_active: bool | None = None


class RuleOut(Schema):
    id: int
    code: str
    kind: str
    name: str
    reason: str
    keywords: dict[str, list[str]]
    exceptions: list[str]
    category_ids: list[int]
    countries: list[str]
    is_active: bool
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_category_ids(obj) -> list[int]:
        return sorted(category.id for category in obj.categories.all())


class RulePage(Schema):
    items: list[RuleOut]
    next_cursor: int | None


class BrandFilter(PageFilter):
    status: BrandStatus | None = None


class LicenceFilter(PageFilter):
    status: LicenceStatus | None = None


class ComplaintFilter(PageFilter):
    status: ComplaintStatus | None = None


class RuleFilter(PageFilter):
    kind: Literal["prohibited", "restricted"] | None = None
    active: bool | None = None


class ScreenIn(Schema):
    texts: list[Annotated[str, Field(max_length=20000)]] = Field(max_length=50)
    brand_name: str = Field("", max_length=120)
    category_id: ObjectId
    shop_id: ObjectId | None = Field(None, description="whose licences count; none: no licences")
    ship_to: list[Country] = []


class HitOut(Schema):
    code: str
    kind: str
    reason: str
    rule_id: int | None


class ScreeningOut(Schema):
    outcome: str
    hits: list[HitOut]


# --- brands ---

class BrandIn(Schema):
    kind: Literal["trademark", "copyright", "patent"] = "trademark"
    name: str = Field(min_length=1, max_length=120)
    aliases: list[str] = Field([], max_length=20)
    registration_number: str = Field(min_length=1, max_length=60)
    jurisdictions: list[str] = Field(min_length=1, max_length=50,
                                     description="ISO 3166-1 codes, EU or WO")


class BrandOut(Schema):
    id: int
    kind: str
    name: str
    aliases: list[str]
    registration_number: str
    jurisdictions: list[str]
    status: str
    decision_reason: str
    created_at: datetime


class AdminBrandOut(BrandOut):
    owner_id: int


class BrandPage(Schema):
    items: list[AdminBrandOut]
    next_cursor: int | None


# --- licences ---

class LicenceIn(Schema):
    rule_code: str | None = Field(None, max_length=60, description="a restricted rule's code")
    brand_id: ObjectId | None = Field(None, description="or a brand the seller is authorised for")
    reference_number: str = Field("", max_length=80)
    expires_at: datetime


class LicenceOut(Schema):
    id: int
    rule_code: str | None
    brand_id: int | None
    reference_number: str
    has_document: bool
    expires_at: datetime
    status: str
    decision_reason: str
    created_at: datetime

    @staticmethod
    def resolve_rule_code(obj) -> str | None:
        return obj.rule.code if obj.rule_id else None

    @staticmethod
    def resolve_has_document(obj) -> bool:
        return bool(obj.document)


class AdminLicenceOut(LicenceOut):
    shop_id: int


class LicencePage(Schema):
    items: list[AdminLicenceOut]
    next_cursor: int | None


# --- complaints ---

class ComplaintIn(Schema):
    brand_id: ObjectId = Field(description="your approved brand or work")
    product_id: ObjectId
    evidence: str = Field(min_length=1, max_length=10000)


class CounterNoticeIn(Schema):
    text: str = Field(min_length=1, max_length=10000)


class ComplaintOut(Schema):
    id: int
    product_id: int
    kind: str
    brand_name: str
    brand_registration_number: str
    evidence: str
    has_evidence_file: bool
    status: str
    counter_notice_due_at: datetime
    counter_notice: str
    counter_noticed_at: datetime | None
    decided_at: datetime | None
    decision_reason: str
    created_at: datetime

    @staticmethod
    def resolve_brand_name(obj) -> str:
        return obj.brand.name

    @staticmethod
    def resolve_brand_registration_number(obj) -> str:
        return obj.brand.registration_number

    @staticmethod
    def resolve_has_evidence_file(obj) -> bool:
        return bool(obj.evidence_file)


class ComplaintPage(Schema):
    items: list[ComplaintOut]
    next_cursor: int | None


class AdminComplaintOut(ComplaintOut):
    shop_id: int
    complainant_id: int
    brand_id: int


class AdminComplaintPage(Schema):
    items: list[AdminComplaintOut]
    next_cursor: int | None


# --- strikes ---

class StrikeOut(Schema):
    complaint_id: int
    points: int
    reason: str
    created_at: datetime
    expires_at: datetime


class StrikesOut(Schema):
    total: int
    freeze_at: int
    close_at: int
    items: list[StrikeOut]
