from ninja import File, Query, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import Field

from caravan.catalog import selectors, services
from caravan.catalog.constants import ListingStatus
from caravan.catalog.images import MAX_BYTES as IMAGE_MAX_BYTES
from caravan.catalog.imports import MAX_BYTES as IMPORT_MAX_BYTES
from caravan.catalog.imports import products_import_csv
from caravan.core.api import ObjectId, errors
from caravan.seller.selectors import shop_of

from .schemas import (
    ImageOut,
    ImportOut,
    ProductIn,
    ProductPatch,
    SellerProductOut,
    SellerProductPage,
    SubmitOut,
)

router = Router(tags=["products"])


class ProductFilter(Schema):
    status: ListingStatus | None = None
    cursor: ObjectId | None = None
    limit: int = Field(50, ge=1, le=200)


def _shape(product):
    return {**{f: getattr(product, f) for f in (
        "id", "status", "category_id", "sale_unit", "lot_size", "default_language", "brand_name",
        "shipping_template_id", "min_price", "created_at", "updated_at")},
        "translations": list(product.translations.all()), "skus": list(product.skus.all()),
        "images": [_image(image) for image in product.images.all()]}


def _image(image) -> dict:
    return {"id": image.id, "url": image.image.url,
            "thumbnail": image.thumbnail.url if image.thumbnail else image.image.url}


@router.get("/products", response={200: SellerProductPage, **errors(401, 403, 404)})
def product_list(request, filters: Query[ProductFilter]):
    products = selectors.seller_products(shop=shop_of(user=request.user), status=filters.status,
                                         after=filters.cursor, limit=filters.limit)
    next_cursor = str(products[-1].id) if len(products) == filters.limit else None
    return {"items": [_shape(p) for p in products], "next_cursor": next_cursor}


@router.post("/products", response={201: SellerProductOut, **errors(401, 403, 404)})
def product_create(request, payload: ProductIn):
    data = payload.dict()
    product = services.product_create(
        shop=shop_of(user=request.user), actor=request.user,
        translations=data.pop("translations"), skus=data.pop("skus"), **data)
    return Status(201, _shape(selectors.seller_product(shop=product.shop, product_id=product.id)))


@router.post("/products/import", response={200: ImportOut, **errors(401, 403, 404)})
def product_import(request, file: File[UploadedFile]):
    """CSV, one listing per row; see the seller centre's import page for the columns."""
    results = products_import_csv(shop=shop_of(user=request.user), actor=request.user,
                                  data=file.read(IMPORT_MAX_BYTES + 1))
    return {"saved": sum(r.ok for r in results), "failed": sum(not r.ok for r in results),
            "rows": results}


@router.get("/products/{product_id}", response={200: SellerProductOut, **errors(401, 403, 404)})
def product_detail(request, product_id: ObjectId):
    return _shape(selectors.seller_product(shop=shop_of(user=request.user), product_id=product_id))


@router.patch("/products/{product_id}",
              response={200: SellerProductOut, **errors(401, 403, 404, 409)})
def product_update(request, product_id: ObjectId, payload: ProductPatch):
    shop = shop_of(user=request.user)
    product = selectors.seller_product(shop=shop, product_id=product_id)
    data = payload.dict(exclude_unset=True)
    services.product_update(product=product, actor=request.user,
                            translations=data.pop("translations", None),
                            skus=data.pop("skus", None), **data)
    return _shape(selectors.seller_product(shop=shop, product_id=product_id))


@router.post("/products/{product_id}/submit",
             response={200: SubmitOut, **errors(401, 403, 404, 409)})
def product_submit(request, product_id: ObjectId):
    product = selectors.seller_product(shop=shop_of(user=request.user), product_id=product_id)
    outcome = services.listing_submit(product=product, actor=request.user)
    return {"id": product.id, "status": outcome.status, "hits": outcome.hits}


@router.post("/products/{product_id}/delist",
             response={200: SubmitOut, **errors(401, 403, 404, 409)})
def product_delist(request, product_id: ObjectId):
    product = selectors.seller_product(shop=shop_of(user=request.user), product_id=product_id)
    services.listing_delist(product=product, actor=request.user)
    return {"id": product.id, "status": product.status, "hits": []}


@router.post("/products/{product_id}/images",
             response={201: ImageOut, **errors(401, 403, 404, 409)})
def image_upload(request, product_id: ObjectId, image: File[UploadedFile]):
    product = selectors.seller_product(shop=shop_of(user=request.user), product_id=product_id)
    added = services.product_image_add(product=product, actor=request.user,
                                       data=image.read(IMAGE_MAX_BYTES + 1))
    return Status(201, _image(added))


@router.delete("/products/{product_id}/images/{image_id}",
               response={204: None, **errors(401, 403, 404)})
def image_delete(request, product_id: ObjectId, image_id: ObjectId):
    product = selectors.seller_product(shop=shop_of(user=request.user), product_id=product_id)
    services.product_image_remove(image=selectors.product_image(product=product,
                                                                image_id=image_id),
                                  actor=request.user)
    return Status(204, None)
