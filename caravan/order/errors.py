from caravan.core.errors import Conflict, NotFound


class OrderNotFound(NotFound):
    code = "order_not_found"


class OutOfStock(Conflict):
    code = "out_of_stock"
