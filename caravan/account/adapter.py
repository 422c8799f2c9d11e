from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def login(self, request, user):
        """Keep what a visitor put in the cart: the session's cart joins the account's."""
        from caravan.checkout.cart import cart_get, cart_merge

        session_key = request.session.session_key
        visitor_cart = cart_get(session_key=session_key) if session_key else None
        super().login(request, user)
        if visitor_cart is not None and visitor_cart.lines.exists():
            cart_merge(source=visitor_cart, target=cart_get(user=user, create=True))
