from ninja import Router, Schema

from caravan.catalog import selectors

router = Router(tags=["catalog"])


class CategoryOut(Schema):
    id: int
    slug: str
    name: str
    parent_id: int | None


@router.get("/categories", response=list[CategoryOut], auth=None)
def category_list(request):
    return selectors.top_categories()
