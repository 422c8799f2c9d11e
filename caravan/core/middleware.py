"""A lean middleware path for the JSON APIs.

The APIs authenticate by bearer token and answer JSON, so sessions, CSRF, messages, the HTML
log-in machinery and frame headers do nothing for them but cost about a third of a request.
Each page-only middleware is wrapped so that it steps aside for `/api/`; the test client and
the servers go through the same stack, so what the tests see is what production runs.
"""

from functools import lru_cache

from django.contrib.auth.models import AnonymousUser
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.module_loading import import_string

API_PREFIX = "/api/"
_HOOKS = ("process_view", "process_exception", "process_template_response")


def is_api(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


def pages_only(dotted_path: str) -> type:
    """A subclass of the middleware at `dotted_path` that passes API requests straight on.

    A subclass rather than a wrapper, so that the checks looking for Django's own session,
    authentication and message middleware still find them."""
    base = import_string(dotted_path)

    def __call__(self, request):
        if is_api(request):
            return self.get_response(request)
        return base.__call__(self, request)

    namespace = {"__call__": __call__, "__module__": __name__}
    for hook in _HOOKS:
        # The handler looks hooks up with hasattr, so only those the base has are overridden.
        if hasattr(base, hook):
            namespace[hook] = _forward(base, hook)
    return type(f"PagesOnly{base.__name__}", (base,), namespace)


def _forward(base: type, hook: str):
    def call(self, request, *args):
        if is_api(request):
            return args[-1] if hook == "process_template_response" else None
        return getattr(base, hook)(self, request, *args)
    return call


@lru_cache(maxsize=256)
def _language_for(accept_language: str) -> str:
    return translation.get_language_from_request(_HeaderOnly(accept_language))


class _HeaderOnly:
    """Just enough of a request for Django's Accept-Language negotiation."""

    COOKIES: dict = {}  # noqa: RUF012 - read-only stand-in

    def __init__(self, accept_language: str):
        self.META = {"HTTP_ACCEPT_LANGUAGE": accept_language}
        self.path_info = API_PREFIX


class ApiRequestMiddleware:
    """What the skipped middleware would have given an API view: an anonymous user until the
    bearer token names one, and the language the client asks for in Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api(request):
            return self.get_response(request)
        request.user = AnonymousUser()
        language = _language_for(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Accept-Language", "Authorization"))
        return response


PagesOnlyWhiteNoise = pages_only("whitenoise.middleware.WhiteNoiseMiddleware")
PagesOnlySessions = pages_only("django.contrib.sessions.middleware.SessionMiddleware")
PagesOnlyLocale = pages_only("django.middleware.locale.LocaleMiddleware")
PagesOnlyAuthentication = pages_only("django.contrib.auth.middleware.AuthenticationMiddleware")
PagesOnlyMessages = pages_only("django.contrib.messages.middleware.MessageMiddleware")
PagesOnlyHtmx = pages_only("django_htmx.middleware.HtmxMiddleware")
