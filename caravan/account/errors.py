from caravan.core.errors import Conflict, DomainError, InvalidInput, PermissionDenied


class EmailTaken(Conflict):
    code = "email_taken"


class BadCredentials(DomainError):
    status = 401
    code = "bad_credentials"


class RoleRequired(PermissionDenied):
    code = "role_required"


class TooManyAddresses(Conflict):
    code = "too_many_addresses"


class WeakPassword(InvalidInput):
    code = "weak_password"
