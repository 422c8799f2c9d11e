from ninja import Query, Router

from caravan.core.api import errors
from caravan.pricing.helper import price_suggestion
from caravan.seller.selectors import shop_of

from .schemas import SuggestionOut, SuggestionQuery

router = Router(tags=["prices"])


@router.get("/price-suggestion", response={200: SuggestionOut, **errors(401, 403, 404, 409)})
def suggestion(request, query: Query[SuggestionQuery]):
    """A USD price for a cost, margin (20-50%), the category's commission and, when the
    template ships free to `country`, the cheapest free service; beside the price range of the
    category's active listings."""
    shop = shop_of(user=request.user)
    sizes = (query.weight_g, query.length_cm, query.width_cm, query.height_cm)
    parcel = None
    if any(value is not None for value in sizes):
        parcel = dict(zip(("weight_g", "length_cm", "width_cm", "height_cm"), sizes,
                          strict=True))
    return price_suggestion(shop=shop, cost=query.cost, cost_currency=query.cost_currency,
                            margin_pct=query.margin_pct, category_id=query.category_id,
                            template_id=query.shipping_template_id, parcel_input=parcel,
                            country=query.country)
