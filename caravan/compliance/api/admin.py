"""For operators: the rule list, brand and licence checks, IP complaint decisions."""

from ninja import Query, Router, Status

from caravan.compliance import selectors, services
from caravan.compliance.screening import screen_listing
from caravan.core.api import ObjectId, errors

from .schemas import (
    AdminBrandOut,
    AdminComplaintOut,
    AdminComplaintPage,
    AdminLicenceOut,
    BrandFilter,
    BrandPage,
    ComplaintDecision,
    ComplaintFilter,
    Decision,
    LicenceFilter,
    LicencePage,
    RuleFilter,
    RuleIn,
    RuleOut,
    RulePage,
    RulePatch,
    ScreenIn,
    ScreeningOut,
)
from .store import next_cursor

router = Router(tags=["compliance"])


# --- rules ---

@router.get("/compliance-rules", response={200: RulePage, **errors(401, 403)})
def rule_list(request, filters: Query[RuleFilter]):
    items = selectors.rule_page(kind=filters.kind, active=filters.active, after=filters.cursor,
                                limit=filters.limit)
    return {"items": items, "next_cursor": next_cursor(items, filters.limit)}


@router.post("/compliance-rules", response={201: RuleOut, **errors(401, 403, 409)})
def rule_create(request, payload: RuleIn):
    rule = services.rule_create(**payload.dict())
    return Status(201, selectors.rule_get(rule_id=rule.id))


@router.get("/compliance-rules/{rule_id}", response={200: RuleOut, **errors(401, 403, 404)})
def rule_detail(request, rule_id: ObjectId):
    return selectors.rule_get(rule_id=rule_id)


@router.patch("/compliance-rules/{rule_id}",
              response={200: RuleOut, **errors(401, 403, 404, 409)})
def rule_update(request, rule_id: ObjectId, payload: RulePatch):
    rule = selectors.rule_get(rule_id=rule_id)
    services.rule_update(rule=rule, **payload.dict(exclude_unset=True))
    return selectors.rule_get(rule_id=rule_id)


@router.delete("/compliance-rules/{rule_id}", response={204: None, **errors(401, 403, 404, 409)})
def rule_delete(request, rule_id: ObjectId):
    services.rule_delete(rule=selectors.rule_get(rule_id=rule_id))
    return Status(204, None)


@router.post("/compliance-screen", response={200: ScreeningOut, **errors(401, 403)})
def screen(request, payload: ScreenIn):
    """Try the current rules on a text, e.g. after editing a rule; nothing is saved."""
    return screen_listing(shop_id=payload.shop_id or 0, category_id=payload.category_id,
                          texts=payload.texts, brand_name=payload.brand_name,
                          ship_to=payload.ship_to)


# --- brands ---

@router.get("/brands", response={200: BrandPage, **errors(401, 403)})
def brand_list(request, filters: Query[BrandFilter]):
    items = selectors.brand_page(status=filters.status, after=filters.cursor, limit=filters.limit)
    return {"items": items, "next_cursor": next_cursor(items, filters.limit)}


@router.post("/brands/{brand_id}/decision",
             response={200: AdminBrandOut, **errors(401, 403, 404, 409)})
def brand_decision(request, brand_id: ObjectId, payload: Decision):
    return services.brand_decide(brand=selectors.brand_get(brand_id=brand_id), actor=request.user,
                                 approve=payload.decision == "approve", reason=payload.reason)


# --- licences ---

@router.get("/licences", response={200: LicencePage, **errors(401, 403)})
def licence_list(request, filters: Query[LicenceFilter]):
    items = selectors.licence_page(status=filters.status, after=filters.cursor,
                                   limit=filters.limit)
    return {"items": items, "next_cursor": next_cursor(items, filters.limit)}


@router.post("/licences/{licence_id}/decision",
             response={200: AdminLicenceOut, **errors(401, 403, 404, 409)})
def licence_decision(request, licence_id: ObjectId, payload: Decision):
    licence = selectors.licence_get(licence_id=licence_id)
    return services.licence_decide(licence=licence, actor=request.user,
                                   approve=payload.decision == "approve", reason=payload.reason)


# --- IP complaints ---

@router.get("/ip-complaints", response={200: AdminComplaintPage, **errors(401, 403)})
def complaint_list(request, filters: Query[ComplaintFilter]):
    items = selectors.complaint_page(status=filters.status, after=filters.cursor,
                                     limit=filters.limit)
    return {"items": items, "next_cursor": next_cursor(items, filters.limit)}


@router.get("/ip-complaints/{complaint_id}",
            response={200: AdminComplaintOut, **errors(401, 403, 404)})
def complaint_detail(request, complaint_id: ObjectId):
    return selectors.complaint_get(complaint_id=complaint_id)


@router.post("/ip-complaints/{complaint_id}/decision",
             response={200: AdminComplaintOut, **errors(401, 403, 404, 409)})
def complaint_decision(request, complaint_id: ObjectId, payload: ComplaintDecision):
    complaint = selectors.complaint_get(complaint_id=complaint_id)
    return services.complaint_decide(complaint=complaint, actor=request.user,
                                     uphold=payload.decision == "uphold", reason=payload.reason)
