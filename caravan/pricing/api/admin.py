from ninja import Query, Router, Schema, Status
from pydantic import Field

from caravan.core.api import ObjectId, errors
from caravan.pricing import selectors, services

from .schemas import FxRateIn, FxRateOut, FxRatePage, FxRatePatch, ImportTaxRateIn, ImportTaxRateOut

router = Router(tags=["prices"])


class FxFilter(Schema):
    currency: str | None = Field(None, max_length=3)
    cursor: ObjectId | None = None
    limit: int = Field(100, ge=1, le=500)


@router.get("/fx-rates", response={200: FxRatePage, **errors(401, 403)})
def fx_rate_list(request, filters: Query[FxFilter]):
    """Every stored rate (history included), newest id first; keyset-paginated by id."""
    rows = selectors.fx_rate_page(currency=filters.currency, before=filters.cursor,
                                  limit=filters.limit)
    return {"items": rows, "next_cursor": rows[-1].id if len(rows) == filters.limit else None}


@router.post("/fx-rates", response={201: FxRateOut, **errors(401, 403)})
def fx_rate_create(request, payload: FxRateIn):
    return Status(201, services.fx_rate_create(**payload.dict()))


@router.patch("/fx-rates/{rate_id}", response={200: FxRateOut, **errors(401, 403, 404)})
def fx_rate_update(request, rate_id: ObjectId, payload: FxRatePatch):
    row = selectors.fx_rate_get(rate_id=rate_id)
    return services.fx_rate_update(fx_rate=row, **payload.dict(exclude_none=True))


@router.delete("/fx-rates/{rate_id}", response={204: None, **errors(401, 403, 404)})
def fx_rate_delete(request, rate_id: ObjectId):
    services.fx_rate_delete(fx_rate=selectors.fx_rate_get(rate_id=rate_id))
    return Status(204, None)


@router.get("/import-tax-rates", response={200: list[ImportTaxRateOut], **errors(401, 403)})
def import_tax_rates(request):
    return selectors.import_tax_rates()


@router.put("/import-tax-rates/{country}",
            response={200: ImportTaxRateOut, **errors(401, 403, 404)})
def import_tax_rate_set(request, country: str, payload: ImportTaxRateIn):
    services.import_tax_rate_set(country=country, **payload.dict())
    return next(r for r in selectors.import_tax_rates() if r["country"] == country.upper())
