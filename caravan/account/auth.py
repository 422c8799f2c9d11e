"""Bearer-token authentication for the APIs, with the role each API admits."""

from django.utils.translation import gettext as _
from ninja.security import HttpBearer

from .constants import Role
from .errors import RoleRequired
from .selectors import token_lookup


class TokenAuth(HttpBearer):
    def __init__(self, role: Role | None = None):
        super().__init__()
        self.role = role

    def authenticate(self, request, token):
        found = token_lookup(token)
        if found is None:
            return None
        user = found.user
        if self.role and not user.has_role(self.role):
            raise RoleRequired(_("This API is for accounts with the %(role)s role.")
                               % {"role": self.role.label})
        request.user = user
        request.api_token = found
        return user


any_user = TokenAuth()
buyer_only = TokenAuth(Role.BUYER)
seller_only = TokenAuth(Role.SELLER)
operator_only = TokenAuth(Role.OPERATOR)
