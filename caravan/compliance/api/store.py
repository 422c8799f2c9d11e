"""For rights holders, who use buyer accounts: register brands and works, file complaints."""

from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile

from caravan.compliance import selectors, services
from caravan.core.api import errors

from .schemas import BrandIn, BrandOut, ComplaintIn, ComplaintOut, ComplaintPage, PageFilter

router = Router(tags=["intellectual property"])


def next_cursor(items: list, limit: int) -> int | None:
    return items[-1].id if len(items) == limit else None


@router.post("/brands", response={201: BrandOut, **errors(401, 403)})
def brand_register(request, payload: BrandIn):
    """Register a brand, work or patent; it counts once an operator approved it."""
    return Status(201, services.brand_register(owner=request.user, **payload.dict()))


@router.get("/brands", response={200: list[BrandOut], **errors(401, 403)})
def brand_list(request):
    return selectors.brands_of(owner=request.user)


@router.post("/ip-complaints", response={201: ComplaintOut, **errors(401, 403, 404, 409)})
def complaint_file(request, payload: Form[ComplaintIn],
                   evidence_file: File[UploadedFile] = None):
    """Complain about a live listing (multipart form); it is taken down at once."""
    complaint = services.complaint_file(complainant=request.user, brand_id=payload.brand_id,
                                        product_id=payload.product_id, evidence=payload.evidence,
                                        evidence_file=evidence_file)
    return Status(201, complaint)


@router.get("/ip-complaints", response={200: ComplaintPage, **errors(401, 403)})
def complaint_list(request, filters: Query[PageFilter]):
    items = selectors.complaints_filed_by(user=request.user, after=filters.cursor,
                                          limit=filters.limit)
    return {"items": items, "next_cursor": next_cursor(items, filters.limit)}
