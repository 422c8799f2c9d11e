from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ValidationError

from caravan.account.services import login_attempt, login_attempts_clear
from caravan.core.ratelimit import RateLimited, attempt_forgive, client_ip


class AccountAdapter(DefaultAccountAdapter):
    def authenticate(self, request, **credentials):
        """Log-in from the pages counts in the same abuse limits as the API's token route, in
        counters every process shares (allauth's own are per process without Redis)."""
        try:
            attempt = login_attempt(email=credentials.get("email", ""),
                                    client_ip=client_ip(request))
        except RateLimited as exc:
            raise ValidationError(exc.message, code=exc.code) from exc
        user = super().authenticate(request, **credentials)
        if user is not None:
            attempt_forgive(attempt)
        return user

    def set_password(self, user, password, *args, **kwargs):
        """A password reset (or change) proves the owner: lift the e-mail's log-in limit, or an
        attacker's failures would keep them out after the reset too."""
        super().set_password(user, password, *args, **kwargs)
        login_attempts_clear(email=user.email)

    def get_client_ip(self, request):
        """allauth's remaining limits (sign-up, password reset) see the same client address."""
        return client_ip(request)

    def login(self, request, user):
        """Keep what a visitor put in the cart: the session's cart joins the account's."""
        from caravan.checkout.cart import cart_get, cart_merge

        session_key = request.session.session_key
        visitor_cart = cart_get(session_key=session_key) if session_key else None
        super().login(request, user)
        if visitor_cart is not None and visitor_cart.lines.exists():
            cart_merge(source=visitor_cart, target=cart_get(user=user, create=True))
