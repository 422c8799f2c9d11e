from caravan.core.errors import Conflict, NotFound


class ShopExists(Conflict):
    code = "shop_exists"


class SlugTaken(Conflict):
    code = "slug_taken"


class NoShop(NotFound):
    code = "no_shop"
