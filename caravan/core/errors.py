"""Domain errors: one base class, a stable code per refusal, mapped to HTTP once (core.api)."""


class DomainError(Exception):
    """A refused action. `code` is stable for clients; `message` is for people."""

    status = 400
    code = "refused"

    def __init__(self, message: str, *, code: str | None = None, fields: dict | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.fields = fields or {}


class InvalidInput(DomainError):
    """Well-formed input that breaks a business rule for its fields (e.g. a postcode)."""

    status = 422
    code = "invalid"


class NotFound(DomainError):
    status = 404
    code = "not_found"


class PermissionDenied(DomainError):
    status = 403
    code = "forbidden"


class Conflict(DomainError):
    status = 409
    code = "conflict"


class IllegalTransition(Conflict):
    code = "illegal_transition"
