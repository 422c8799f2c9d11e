from ninja import Router, Status

from caravan.account import services
from caravan.account.auth import any_user
from caravan.account.constants import Role
from caravan.core.api import errors
from caravan.core.ratelimit import client_ip

from .schemas import SignupIn, TokenIn, TokenOut, UserOut

router = Router(tags=["auth"])


@router.post("/signup", response={201: UserOut, **errors(409)}, auth=None)
def signup(request, payload: SignupIn):
    user = services.user_signup(email=payload.email, password=payload.password,
                                role=Role(payload.role), country=payload.country)
    return Status(201, user)


@router.post("/token", response={200: TokenOut, **errors(401, 429)}, auth=None)
def token_create(request, payload: TokenIn):
    """Failed attempts are limited per e-mail and per client address (429 with Retry-After)."""
    raw, token = services.token_issue(email=payload.email, password=payload.password,
                                      client_ip=client_ip(request))
    return {"token": raw, "expires_at": token.expires_at.isoformat()}


@router.delete("/token", response={204: None, **errors(401)}, auth=any_user)
def token_delete(request):
    services.token_revoke(token=request.api_token)
    return Status(204, None)
