"""Settings of the Oscar peer: Oscar's documented minimal setup ("Building your own shop"), with
the database and server settings Caravan runs with, so that the comparison is of the code.

The environment names the database (OSCAR_BENCH_DB: `sqlite:PATH` or `postgres:NAME`) and the
directory of uploaded media (OSCAR_BENCH_MEDIA); bench/peer_oscar.py sets both.
"""

import os
from pathlib import Path

from oscar import INSTALLED_APPS as OSCAR_APPS
from oscar.defaults import *  # noqa: F403 - Oscar's guide starts from all of its defaults

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = os.environ.get("OSCAR_BENCH_SECRET", "bench-only-not-a-secret")
DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

INSTALLED_APPS = [*OSCAR_APPS, "sorl.thumbnail"]
SITE_ID = 1

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
]
ROOT_URLCONF = "shop.urls"
WSGI_APPLICATION = "shop.wsgi.application"

TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.debug",
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.template.context_processors.i18n",
        "django.contrib.messages.context_processors.messages",
        "oscar.apps.search.context_processors.search_form",
        "oscar.apps.checkout.context_processors.checkout",
        "oscar.apps.communication.notifications.context_processors.notifications",
        "oscar.core.context_processors.metadata",
    ]},
}]

AUTHENTICATION_BACKENDS = [
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}


def _database() -> dict:
    """Caravan's own connection settings (kept connections; on SQLite the same pragmas and
    IMMEDIATE transactions), plus the ATOMIC_REQUESTS that Oscar's guide recommends."""
    kind, _, name = os.environ.get("OSCAR_BENCH_DB", "sqlite:oscar.sqlite3").partition(":")
    common = {"CONN_MAX_AGE": 600, "ATOMIC_REQUESTS": True}
    if kind == "postgres":
        return {**common, "ENGINE": "django.db.backends.postgresql", "NAME": name,
                "USER": "postgres", "HOST": "127.0.0.1", "PORT": "5432",
                "CONN_HEALTH_CHECKS": True}
    return {**common, "ENGINE": "django.db.backends.sqlite3", "NAME": name, "OPTIONS": {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE", "timeout": 20}}


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

LANGUAGE_CODE = "en"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
MEDIA_URL = "/media/"
MEDIA_ROOT = os.environ.get("OSCAR_BENCH_MEDIA", str(BASE_DIR.parent / "media"))
# Order confirmations are rendered as usual and then dropped: there is no mail server here.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"

OSCAR_SHOP_NAME = "Oscar peer"
OSCAR_DEFAULT_CURRENCY = "EUR"
# The order pipeline of Oscar's guide.
OSCAR_INITIAL_ORDER_STATUS = "Pending"
OSCAR_INITIAL_LINE_STATUS = "Pending"
OSCAR_ORDER_STATUS_PIPELINE = {
    "Pending": ("Being processed", "Cancelled"),
    "Being processed": ("Processed", "Cancelled"),
    "Cancelled": (),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
