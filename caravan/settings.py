"""Caravan settings: every value comes from the environment (rule 10 of docs/architecture.md)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CARAVAN_VAR_DIR", BASE_DIR / "var"))
(VAR_DIR / "static").mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


CARAVAN_ENV = os.environ.get("CARAVAN_ENV", "development")
PRODUCTION = CARAVAN_ENV == "production"
DEBUG = env_bool("DEBUG", default=not PRODUCTION)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set when CARAVAN_ENV=production")
    SECRET_KEY = "caravan-development-only-key-never-use-in-production-5f1c8d2e9a7b"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "unfold",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "django_htmx",
    "huey.contrib.djhuey",
    "caravan.core",
    "caravan.account",
    "caravan.seller",
    "caravan.catalog",
    "caravan.compliance",
    "caravan.payment",
    "caravan.ledger",
    "caravan.pricing",
    "caravan.logistics",
    "caravan.order",
    "caravan.checkout",
    "caravan.dispute",
    "caravan.fulfilment",
    "caravan.payout",
    "caravan.demo",
]

# The JSON APIs under /api/ skip what only pages need (caravan/core/middleware.py): sessions,
# locale, authentication, messages, htmx and static files step aside for them.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "caravan.core.middleware.PagesOnlyWhiteNoise",
    "caravan.core.middleware.PagesOnlySessions",
    "caravan.core.middleware.PagesOnlyLocale",
    "django.middleware.common.CommonMiddleware",
    "caravan.core.middleware.ApiRequestMiddleware",
    # Django's own, named as such: the deploy checks look for them by name. Both cost the API
    # little (its views are CSRF-exempt; the frame header is one line).
    "django.middleware.csrf.CsrfViewMiddleware",
    "caravan.core.middleware.PagesOnlyAuthentication",
    "caravan.core.middleware.PagesOnlyMessages",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "caravan.core.middleware.PagesOnlyHtmx",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "caravan.urls"
WSGI_APPLICATION = "caravan.wsgi.application"
ASGI_APPLICATION = "caravan.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "caravan" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "caravan.core.context_processors.site",
            ],
        },
    },
]

# --- database ---
SQLITE_PATH = VAR_DIR / "caravan.sqlite3"
DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{SQLITE_PATH}")
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the writer; IMMEDIATE takes the write lock up front so two
    # writers queue on busy_timeout instead of failing with "database is locked" mid-transaction.
    # Connections are kept (one per server thread): opening one and running the pragmas cost
    # about a tenth of a product read. A local file needs no health check.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # Tests use a file, not shared-cache memory, so threads get SQLite's real locking (WAL,
    # busy timeout) as the served site does.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "users.User"

# --- cache, channels, background work ---
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "caravan"),
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }
else:
    # Per process. Django's default of 300 entries is less than a product page and its detail
    # for a few hundred listings: past it the cache culls a third at a time and misses.
    CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "10000"))},
    }}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
# The process's own tier for entries that never change under their key (core.caching); without
# Redis it is the same store as "default" (one LOCATION), so nothing is kept twice.
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "10000"))},
}

HUEY_IMMEDIATE = env_bool("HUEY_IMMEDIATE", default=False)
if REDIS_URL:
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "caravan",
        "url": REDIS_URL,
        "immediate": HUEY_IMMEDIATE,
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "caravan",
        "filename": str(VAR_DIR / "huey.sqlite3"),
        "immediate": HUEY_IMMEDIATE,
    }
HUEY["consumer"] = {"workers": int(os.environ.get("HUEY_WORKERS", "2")), "worker_type": "thread"}

# --- authentication ---
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_SIGNUP_FORM_CLASS = "caravan.account.forms.SignupExtraForm"
ACCOUNT_ADAPTER = "caravan.account.adapter.AccountAdapter"
ACCOUNT_LOGOUT_ON_GET = False
LOGIN_REDIRECT_URL = "/account/"
LOGIN_URL = "/accounts/login/"
# API bearer tokens expire; a periodic task deletes expired and revoked ones.
API_TOKEN_TTL = timedelta(days=int(os.environ.get("API_TOKEN_TTL_DAYS", "30")))
# allauth's own log-in limits count in the cache, which without Redis is per process; Caravan's
# RATE_LIMITS["login"] (below) replaces them for the pages and the API alike.
ACCOUNT_RATE_LIMITS = {"login": False, "login_failed": False}

# --- abuse limits (core/ratelimit.py) ---
# Attempts per account and per client address in a fixed window: `N/15m`, `N/m`, `N/1h`, `off`.
# Log-in counts failed attempts only (a right password gives its attempt back); checkout counts
# every new attempt (a retry with an Idempotency-Key already placed is free).
RATE_LIMITS_ENABLED = env_bool("RATE_LIMITS_ENABLED", default=True)
RATE_LIMITS = {
    "login": {"account": os.environ.get("RATE_LIMIT_LOGIN_ACCOUNT", "10/15m"),
              "ip": os.environ.get("RATE_LIMIT_LOGIN_IP", "50/15m")},
    "checkout": {"account": os.environ.get("RATE_LIMIT_CHECKOUT_ACCOUNT", "10/m"),
                 "ip": os.environ.get("RATE_LIMIT_CHECKOUT_IP", "60/m")},
}
# Counters live in the cache when it is Redis, else in a database table (shared by processes);
# `database` or `cache` forces one (`cache` without Redis counts per process).
RATE_LIMIT_STORE = os.environ.get("RATE_LIMIT_STORE", "auto")
if RATE_LIMIT_STORE not in {"auto", "database", "cache"}:
    raise ImproperlyConfigured("RATE_LIMIT_STORE is auto, database or cache")
# Addresses or networks of our reverse proxies: only from them is X-Forwarded-For believed.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Caravan <no-reply@caravan.test>")

# --- internationalisation ---
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("ru", "Русский"),
    ("es", "Español"),
    ("pt", "Português"),
    ("fr", "Français"),
]
LOCALE_PATHS = [BASE_DIR / "caravan" / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- static files ---
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION

# --- security (production) ---
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # Masks anything that looks like a card number, whatever logged it (payment/logging.py).
    "filters": {"card_numbers": {"()": "caravan.payment.logging.CardNumberFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain",
                             "filters": ["card_numbers"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "huey": {"level": "INFO", "propagate": False},  # the consumer adds its own handler
    },
}

# --- Django admin (unfold) ---
UNFOLD = {
    "SITE_TITLE": "Caravan operations",
    "SITE_HEADER": "Caravan",
    "SITE_SYMBOL": "local_shipping",
}

# --- business rules (DOMAIN.md) ---
SELLER_COUNTRIES = env_list("SELLER_COUNTRIES", "CN,HK")
SETTLEMENT_CURRENCIES = env_list("SETTLEMENT_CURRENCIES", "USD,CNY")

# --- compliance: IP complaints, strikes, screening (DOMAIN.md §2) ---
# Days a seller has to answer an IP complaint with a counter-notice.
COUNTER_NOTICE_DAYS = int(os.environ.get("COUNTER_NOTICE_DAYS", "3"))
# Unanswered by the deadline: upheld automatically (True) or queued for an operator (False).
IP_COMPLAINT_AUTO_UPHOLD = env_bool("IP_COMPLAINT_AUTO_UPHOLD", default=True)
STRIKE_POINTS_TRADEMARK = int(os.environ.get("STRIKE_POINTS_TRADEMARK", "2"))
STRIKE_POINTS_COPYRIGHT = int(os.environ.get("STRIKE_POINTS_COPYRIGHT", "2"))
STRIKE_POINTS_PATENT = int(os.environ.get("STRIKE_POINTS_PATENT", "2"))
STRIKE_POINTS_TTL_DAYS = int(os.environ.get("STRIKE_POINTS_TTL_DAYS", "365"))
# Live strike points at which every live listing of the shop is suspended, and the shop too.
STRIKE_FREEZE_AT = int(os.environ.get("STRIKE_FREEZE_AT", "6"))
STRIKE_CLOSE_AT = int(os.environ.get("STRIKE_CLOSE_AT", "12"))
# How long a process may screen with rules older than the latest edit (version cache lifetime).
COMPLIANCE_VERSION_TTL_SECONDS = int(os.environ.get("COMPLIANCE_VERSION_TTL_SECONDS", "2"))
COMPLIANCE_UPLOAD_MAX_BYTES = int(os.environ.get("COMPLIANCE_UPLOAD_MAX_BYTES", str(10 * 2**20)))

# --- disputes (DOMAIN.md §5, buyer protection) ---
# A dispute opens from this many days after shipment until this many days after completion.
DISPUTE_OPENS_AFTER_SHIPMENT_DAYS = int(os.environ.get("DISPUTE_OPENS_AFTER_SHIPMENT_DAYS", "5"))
DISPUTE_CLOSES_AFTER_COMPLETION_DAYS = int(
    os.environ.get("DISPUTE_CLOSES_AFTER_COMPLETION_DAYS", "15"))
# The seller's first answer is due this many days after opening; silence accepts the claim.
DISPUTE_SELLER_RESPONSE_DAYS = int(os.environ.get("DISPUTE_SELLER_RESPONSE_DAYS", "5"))
# Either side may ask Caravan to decide from this many days after opening; Caravan decides
# anyway once the negotiation has lasted DISPUTE_NEGOTIATION_DAYS.
DISPUTE_ESCALATE_AFTER_DAYS = int(os.environ.get("DISPUTE_ESCALATE_AFTER_DAYS", "3"))
DISPUTE_NEGOTIATION_DAYS = int(os.environ.get("DISPUTE_NEGOTIATION_DAYS", "15"))
# An accepted return: days the buyer has to send the goods back (with a tracking number).
DISPUTE_RETURN_DAYS = int(os.environ.get("DISPUTE_RETURN_DAYS", "10"))
# Messages (text or image evidence) one dispute may hold.
DISPUTE_MESSAGES_MAX = int(os.environ.get("DISPUTE_MESSAGES_MAX", "50"))

# --- prices, FX and logistics (pricing, logistics apps) ---
# How long a process may keep FX rates and rate cards in its cache after they change elsewhere.
FX_CACHE_SECONDS = int(os.environ.get("FX_CACHE_SECONDS", "300"))
LOGISTICS_CACHE_SECONDS = int(os.environ.get("LOGISTICS_CACHE_SECONDS", "300"))
# How long a process may serve a product page whose shared version has moved on (no Redis).
CATALOG_DETAIL_CACHE_SECONDS = int(os.environ.get("CATALOG_DETAIL_CACHE_SECONDS", "60"))
# Facet counts of a search: counted again by a worker once this old, answered meanwhile...
SEARCH_FACET_CACHE_SECONDS = int(os.environ.get("SEARCH_FACET_CACHE_SECONDS", "60"))
# ...and counted in the shopper's request once this old (no worker has counted them since).
SEARCH_FACET_STALE_SECONDS = int(os.environ.get("SEARCH_FACET_STALE_SECONDS", "600"))
# Price helper: the margin sellers may ask for (DOMAIN.md §3: 20-50%) and the destination whose
# cheapest shipping is folded into a free-shipping price.
PRICE_MARGIN_MIN_PCT = int(os.environ.get("PRICE_MARGIN_MIN_PCT", "20"))
PRICE_MARGIN_MAX_PCT = int(os.environ.get("PRICE_MARGIN_MAX_PCT", "50"))
PRICE_REFERENCE_COUNTRY = os.environ.get("PRICE_REFERENCE_COUNTRY", "US")
# Seller handling time in shipping templates (DOMAIN.md §5: 3-10 days, default 7).
SHIPPING_HANDLING_DAYS_MIN = int(os.environ.get("SHIPPING_HANDLING_DAYS_MIN", "3"))
SHIPPING_HANDLING_DAYS_MAX = int(os.environ.get("SHIPPING_HANDLING_DAYS_MAX", "10"))
SHIPPING_HANDLING_DAYS_DEFAULT = int(os.environ.get("SHIPPING_HANDLING_DAYS_DEFAULT", "7"))
# The largest quantity one shipping quote prices (one parcel).
SHIPPING_QUOTE_MAX_QUANTITY = int(os.environ.get("SHIPPING_QUOTE_MAX_QUANTITY", "999"))
# Carriers' tracking webhooks (fulfilment): an HMAC secret per carrier code, `dhl=...,ups=...`.
# Outside production a carrier without one gets a secret derived from SECRET_KEY and its code;
# in production it is refused.
CARRIER_WEBHOOK_SECRETS = dict(item.split("=", 1) for item in env_list("CARRIER_WEBHOOK_SECRETS")
                               if "=" in item)
CARRIER_WEBHOOK_SECRET_FALLBACK = "" if PRODUCTION else f"{SECRET_KEY}:carrier-webhook"
CARRIER_WEBHOOK_TOLERANCE_SECONDS = int(os.environ.get("CARRIER_WEBHOOK_TOLERANCE_SECONDS", "300"))

# --- orders and checkout (DOMAIN.md §5) ---
# An unpaid order closes and gives its stock back after this many minutes.
PAYMENT_WINDOW_MINUTES = int(os.environ.get("PAYMENT_WINDOW_MINUTES", "30"))
# A checkout still unanswered this long after it was placed (its process died, the buyer did
# not retry) is carried on by the worker (checkout.recovery).
CHECKOUT_RESUME_AFTER_SECONDS = int(os.environ.get("CHECKOUT_RESUME_AFTER_SECONDS", "120"))
# Before shipment, a buyer's cancellation request is approved if the seller is silent this long.
CANCELLATION_AUTO_APPROVE_HOURS = int(os.environ.get("CANCELLATION_AUTO_APPROVE_HOURS", "48"))

# --- card payments and fraud risk (payment app, DOMAIN.md §5, §9) ---
# Enabled providers; the first takes new authorisations ("sandbox": test mode, test cards).
PAYMENT_PROVIDERS = env_list("PAYMENT_PROVIDERS", "sandbox")
# Keys derived from SECRET_KEY unless given, so development needs none and each stays distinct.
PAYMENT_FINGERPRINT_KEY = os.environ.get("PAYMENT_FINGERPRINT_KEY", "") or \
    f"{SECRET_KEY}:payment-card-fingerprint"
PAYMENT_SANDBOX_WEBHOOK_SECRET = os.environ.get("PAYMENT_SANDBOX_WEBHOOK_SECRET", "") or \
    f"{SECRET_KEY}:payment-sandbox-webhook"
PAYMENT_WEBHOOK_TOLERANCE_SECONDS = int(os.environ.get("PAYMENT_WEBHOOK_TOLERANCE_SECONDS", "300"))
PAYMENT_TOKEN_TTL_SECONDS = int(os.environ.get("PAYMENT_TOKEN_TTL_SECONDS", "900"))
PAYMENT_TOKENISE_RATE = os.environ.get("PAYMENT_TOKENISE_RATE", "60/m")  # per client address
# Platform policy on the network's checks of an approved card (the hold is voided at once):
# a failed CVC declines unless turned off; AVS declines when "both" line and postcode fail
# (default), "any" fails, or "never" (a single failure only raises the risk score).
PAYMENT_DECLINE_ON_CVC_FAIL = env_bool("PAYMENT_DECLINE_ON_CVC_FAIL", default=True)
PAYMENT_DECLINE_ON_AVS_FAIL = os.environ.get("PAYMENT_DECLINE_ON_AVS_FAIL", "both")
if PAYMENT_DECLINE_ON_AVS_FAIL not in {"both", "any", "never"}:
    raise ImproperlyConfigured("PAYMENT_DECLINE_ON_AVS_FAIL is both, any or never")
# Risk score 0-100 (payment/risk.py): review from RISK_REVIEW_AT, declined from RISK_BLOCK_AT.
RISK_REVIEW_AT = int(os.environ.get("RISK_REVIEW_AT", "50"))
RISK_BLOCK_AT = int(os.environ.get("RISK_BLOCK_AT", "80"))


def env_amounts(name: str, default: str) -> dict[str, int]:
    """`USD=100000,CNY=700000`: an amount in minor units per currency."""
    pairs = (item.split("=", 1) for item in env_list(name, default))
    return {currency.strip().upper(): int(amount) for currency, amount in pairs}


RISK_AMOUNT_ELEVATED = env_amounts("RISK_AMOUNT_ELEVATED", "USD=100000,CNY=700000")
RISK_AMOUNT_HIGH = env_amounts("RISK_AMOUNT_HIGH", "USD=300000,CNY=2100000")
RISK_CARD_ATTEMPTS_PER_HOUR = int(os.environ.get("RISK_CARD_ATTEMPTS_PER_HOUR", "5"))
RISK_BUYER_CARDS_PER_DAY = int(os.environ.get("RISK_BUYER_CARDS_PER_DAY", "3"))
RISK_DECLINES_PER_HOUR = int(os.environ.get("RISK_DECLINES_PER_HOUR", "3"))
RISK_NEW_ACCOUNT_HOURS = int(os.environ.get("RISK_NEW_ACCOUNT_HOURS", "24"))

# --- seller funds, bank accounts and withdrawals (payout app, DOMAIN.md §3, §5, §9) ---
# Released money becomes available this many working days after the order completes (3-5),
# counted on the settlement calendar: CN (mainland China), HK or US public holidays.
FUNDS_AVAILABLE_WORKING_DAYS = int(os.environ.get("FUNDS_AVAILABLE_WORKING_DAYS", "3"))
SETTLEMENT_CALENDAR = os.environ.get("SETTLEMENT_CALENDAR", "CN").upper()
if SETTLEMENT_CALENDAR not in {"CN", "HK", "US"}:
    raise ImproperlyConfigured("SETTLEMENT_CALENDAR is CN, HK or US")
WITHDRAWAL_MINIMUM = env_amounts("WITHDRAWAL_MINIMUM", "USD=1000,CNY=10000")
# Wrong answers to the two test deposits before a bank account is locked for verification.
BANK_VERIFY_MAX_TRIES = int(os.environ.get("BANK_VERIFY_MAX_TRIES", "3"))
# Bank accounts a shop may keep at once (each new one costs two test deposits).
BANK_ACCOUNTS_MAX = int(os.environ.get("BANK_ACCOUNTS_MAX", "5"))
# Fernet keys for bank data at rest, comma-separated, the first encrypts (payout/crypto.py);
# required in production, derived from SECRET_KEY elsewhere when not given.
BANK_DATA_KEYS = env_list("BANK_DATA_KEYS")
PAYOUT_PROVIDER = os.environ.get("PAYOUT_PROVIDER", "sandbox")
# The sandbox pays (or fails) a payout this long after accepting it.
PAYOUT_SANDBOX_SETTLE_SECONDS = int(os.environ.get("PAYOUT_SANDBOX_SETTLE_SECONDS", "60"))
# A withdrawal still unsubmitted this long after its request (provider down) is sent again.
PAYOUT_RESUBMIT_AFTER_SECONDS = int(os.environ.get("PAYOUT_RESUBMIT_AFTER_SECONDS", "60"))
