from caravan.core.errors import Conflict, InvalidInput, NotFound


class OrderNotFound(NotFound):
    code = "order_not_found"


class OutOfStock(Conflict):
    code = "out_of_stock"


class RefundTooLarge(InvalidInput):
    code = "refund_exceeds_paid"


class ShipByPassed(Conflict):
    code = "ship_by_passed"
