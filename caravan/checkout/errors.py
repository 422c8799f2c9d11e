from caravan.core.errors import Conflict, InvalidInput


class EmptyCart(Conflict):
    code = "empty_cart"


class CartProblem(Conflict):
    """Something in the cart cannot be bought as it is; `fields` says which line and why."""

    code = "cart_problem"


class IdempotencyMismatch(Conflict):
    code = "idempotency_mismatch"


class ShippingChoiceMissing(InvalidInput):
    code = "shipping_choice_missing"
