from caravan.core.errors import Conflict, InvalidInput, NotFound


class ProductNotFound(NotFound):
    code = "product_not_found"


class NotEditable(Conflict):
    code = "not_editable"


class SkuOrdered(Conflict):
    code = "sku_ordered"


class ShopNotActive(Conflict):
    code = "shop_not_active"


class IncompleteListing(InvalidInput):
    code = "incomplete_listing"
