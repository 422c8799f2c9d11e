from ninja import Router, Status

from caravan.core.api import ObjectId, errors
from caravan.logistics import selectors, services
from caravan.seller.selectors import shop_of

from .schemas import ServiceOut, TemplateIn, TemplateOut

router = Router(tags=["shipping"])


def _payload(payload: TemplateIn) -> dict:
    return {"name": payload.name, "handling_days": payload.handling_days,
            "not_served": payload.not_served,
            "groups": [group.dict() for group in payload.groups]}


@router.get("/shipping-services", response={200: list[ServiceOut], **errors(401, 403)},
            by_alias=True)
def service_list(request):
    """The services a template may offer, with their limits and how many countries each serves."""
    return selectors.service_catalogue()


@router.get("/shipping-templates", response={200: list[TemplateOut], **errors(401, 403, 404)})
def template_list(request):
    shop = shop_of(user=request.user)
    return [selectors.template_as_dict(t) for t in selectors.template_list(shop=shop)]


@router.post("/shipping-templates", response={201: TemplateOut, **errors(401, 403, 404)})
def template_create(request, payload: TemplateIn):
    shop = shop_of(user=request.user)
    template = services.shipping_template_create(shop=shop, **_payload(payload))
    return Status(201, selectors.template_as_dict(
        selectors.template_get(shop=shop, template_id=template.id)))


@router.get("/shipping-templates/{template_id}",
            response={200: TemplateOut, **errors(401, 403, 404)})
def template_detail(request, template_id: ObjectId):
    shop = shop_of(user=request.user)
    return selectors.template_as_dict(selectors.template_get(shop=shop, template_id=template_id))


@router.put("/shipping-templates/{template_id}",
            response={200: TemplateOut, **errors(401, 403, 404)})
def template_replace(request, template_id: ObjectId, payload: TemplateIn):
    shop = shop_of(user=request.user)
    template = selectors.template_get(shop=shop, template_id=template_id)
    data = _payload(payload)
    if data["handling_days"] is None:
        data["handling_days"] = template.handling_days
    services.shipping_template_update(template=template, **data)
    return selectors.template_as_dict(selectors.template_get(shop=shop, template_id=template_id))


@router.delete("/shipping-templates/{template_id}",
               response={204: None, **errors(401, 403, 404)})
def template_delete(request, template_id: ObjectId):
    shop = shop_of(user=request.user)
    services.shipping_template_delete(
        template=selectors.template_get(shop=shop, template_id=template_id))
    return Status(204, None)
