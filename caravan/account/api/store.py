from ninja import Router, Status

from caravan.account import selectors, services
from caravan.core.api import ObjectId, errors

from .schemas import AddressIn, AddressOut, AddressPatch, MeOut, ProfilePatch

router = Router(tags=["account"])


def _me(user):
    profile = getattr(user, "buyer_profile", None)
    return {"id": user.id, "email": user.email, "roles": user.roles, "country": user.country,
            "profile": profile}


@router.get("/me", response={200: MeOut, **errors(401, 403)})
def me(request):
    return _me(request.user)


@router.patch("/me", response={200: MeOut, **errors(401, 403)})
def me_update(request, payload: ProfilePatch):
    services.buyer_profile_update(user=request.user, **payload.dict(exclude_none=True))
    request.user.refresh_from_db()
    return _me(request.user)


@router.get("/addresses", response={200: list[AddressOut], **errors(401, 403)})
def address_list(request):
    return selectors.address_list(user=request.user)


@router.post("/addresses", response={201: AddressOut, **errors(401, 403, 409)})
def address_create(request, payload: AddressIn):
    return Status(201, services.address_create(user=request.user, data=payload.dict()))


@router.get("/addresses/{address_id}", response={200: AddressOut, **errors(401, 403, 404)})
def address_detail(request, address_id: ObjectId):
    return selectors.address_get(user=request.user, address_id=address_id)


@router.patch("/addresses/{address_id}", response={200: AddressOut, **errors(401, 403, 404)})
def address_update(request, address_id: ObjectId, payload: AddressPatch):
    address = selectors.address_get(user=request.user, address_id=address_id)
    return services.address_update(address=address, data=payload.dict(exclude_none=True))


@router.delete("/addresses/{address_id}", response={204: None, **errors(401, 403, 404)})
def address_delete(request, address_id: ObjectId):
    address = selectors.address_get(user=request.user, address_id=address_id)
    services.address_delete(address=address)
    return Status(204, None)
