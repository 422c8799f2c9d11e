"""The API plumbing shared by every NinjaAPI: one error shape and one mapping of errors to HTTP.

Every refusal answers `{"code", "message", "fields"}`; malformed input is 422 with per-field
messages; an unexpected failure is logged and answered 500 with no internals.
"""

import logging
from typing import Annotated

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import DataError
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from ninja import NinjaAPI, Schema
from ninja.errors import (
    AuthenticationError,
    AuthorizationError,
    HttpError,
    Throttled,
    ValidationError,
)
from ninja.parser import Parser
from pydantic import Field

from caravan.core.errors import DomainError

logger = logging.getLogger("caravan.api")

# Parameter containers that ninja puts in front of a field's location; clients know fields only.
_LOCATION_PARTS = {"body", "query", "path", "header", "cookie", "form", "file", "payload", "data"}


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    return {"code": code, "message": message, "fields": fields or {}}


def _field_name(loc) -> str:
    parts = [str(p) for p in loc if str(p) not in _LOCATION_PARTS]
    return ".".join(parts) or "__all__"


def validation_fields(errors: list[dict]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for error in errors:
        message = str(error.get("msg", "Invalid value.")).removeprefix("Value error, ")
        fields.setdefault(_field_name(error.get("loc", ())), []).append(message)
    return fields


def _respond(api: NinjaAPI, request, status: int, body: dict) -> HttpResponse:
    return api.create_response(request, body, status=status)


def install_error_handlers(api: NinjaAPI) -> None:
    def on_domain_error(request: HttpRequest, exc: DomainError):
        response = _respond(api, request, exc.status,
                            error_body(exc.code, exc.message, exc.fields))
        for name, value in getattr(exc, "headers", {}).items():  # e.g. Retry-After on a 429
            response[name] = value
        return response

    def on_validation_error(request: HttpRequest, exc: ValidationError):
        fields = validation_fields(exc.errors)
        body = error_body("invalid", "Some fields are invalid.", fields)
        return _respond(api, request, 422, body)

    def on_http_error(request: HttpRequest, exc: HttpError):
        if isinstance(exc, AuthenticationError):
            body = error_body("not_authenticated", "A valid bearer token is required.")
        elif isinstance(exc, AuthorizationError):
            body = error_body("forbidden", exc.message if exc.message != "Forbidden" else
                              "You may not do this.")
        elif isinstance(exc, Throttled):
            body = error_body("throttled", "Too many requests; try again later.")
        elif exc.status_code == 400:
            # An unparsable body is malformed input like any other.
            return _respond(api, request, 422, error_body("malformed_body", exc.message))
        else:
            body = error_body(f"http_{exc.status_code}", exc.message)
        return _respond(api, request, exc.status_code, body)

    def on_malformed_multipart(request: HttpRequest, exc: MultiPartParserError):
        # Django refuses a form body without a usable boundary only when the route reads it.
        return _respond(api, request, 422, error_body("malformed_body",
                                                      "The multipart body cannot be read."))

    def on_not_found(request: HttpRequest, exc: Exception):
        return _respond(api, request, 404, error_body("not_found", "Not found."))

    def on_forbidden(request: HttpRequest, exc: Exception):
        return _respond(api, request, 403, error_body("forbidden", "You may not do this."))

    def on_unstorable(request: HttpRequest, exc: DataError):
        # A schema without a bound let through what the column cannot hold (a number past its
        # range): still the client's input, refused with nothing written; logged to be bounded.
        logger.warning("unstorable input on %s %s: %s", request.method, request.path,
                       str(exc).splitlines()[0])
        return _respond(api, request, 422, error_body(
            "invalid", "A value is out of the range this field can hold."))

    def on_unexpected(request: HttpRequest, exc: Exception):
        logger.exception("unhandled API error on %s %s", request.method, request.path)
        return _respond(api, request, 500, error_body("server_error", "Something went wrong."))

    api.add_exception_handler(DomainError, on_domain_error)
    api.add_exception_handler(ValidationError, on_validation_error)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(MultiPartParserError, on_malformed_multipart)
    api.add_exception_handler(Http404, on_not_found)
    api.add_exception_handler(DjangoPermissionDenied, on_forbidden)
    api.add_exception_handler(DataError, on_unstorable)
    api.add_exception_handler(Exception, on_unexpected)


class ErrorOut(Schema):
    code: str
    message: str
    fields: dict[str, list[str]] = {}


def errors(*statuses: int) -> dict[int, type[ErrorOut]]:
    """The error responses a route declares in its OpenAPI (422 is always possible)."""
    return {status: ErrorOut for status in (*statuses, 422)}


class ObjectBodyParser(Parser):
    """JSON bodies must be objects: ninja fills a schema from any value's attributes, so a list
    or a number would pass as an empty body to a route whose fields are all optional."""

    def parse_body(self, request: HttpRequest) -> dict:
        data = super().parse_body(request)
        if not isinstance(data, dict):
            raise ValueError("the body must be a JSON object")
        if _has_nul(data):
            raise ValueError("text must not contain NUL characters")
        return data

    def parse_querydict(self, data, list_fields, request: HttpRequest) -> dict:
        if any(isinstance(value, str) and "\x00" in value
               for _key, values in data.lists() for value in values):
            # Raised outside ninja's body parsing, so as its 400 (answered 422 malformed_body).
            raise HttpError(400, "Parameters must not contain NUL characters.")
        return super().parse_querydict(data, list_fields, request)


def _has_nul(value) -> bool:
    """NUL is no character of any text a person writes, and PostgreSQL refuses to store it."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    return False


def new_api(*, name: str, title: str, description: str, auth=None) -> NinjaAPI:
    api = NinjaAPI(
        title=title,
        version="1.0.0",
        description=description,
        urls_namespace=f"api-{name}",
        auth=auth,
        parser=ObjectBodyParser(),
    )
    install_error_handlers(api)
    return api


# Database ids are signed 64-bit; a larger number can name no object and must not reach the DB.
ObjectId = Annotated[int, Field(ge=1, le=2**63 - 1)]
