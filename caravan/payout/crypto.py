"""Bank data at rest: Fernet (AES-128-CBC with HMAC-SHA256, from `cryptography`), through a
MultiFernet so keys can be rotated.

`BANK_DATA_KEYS` is a comma-separated list of Fernet keys; the first encrypts, all decrypt.
Rotating: put a new key first, run `caravan bank-data-rotate`, then drop the old key. Outside
production a key derived from SECRET_KEY stands in when none is given; in production a missing
key is a configuration error (the system check `payout.E001`, and a refusal at first use).
"""

import base64
import hashlib
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def bank_data_keys() -> list[str]:
    keys = list(settings.BANK_DATA_KEYS)
    if keys:
        return keys
    if settings.PRODUCTION:
        raise ImproperlyConfigured("BANK_DATA_KEYS must be set when CARAVAN_ENV=production")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:bank-data".encode()).digest()
    return [base64.urlsafe_b64encode(digest).decode()]


@cache
def _cipher(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in keys])


def cipher() -> MultiFernet:
    return _cipher(tuple(bank_data_keys()))


def bank_data_encrypt(text: str) -> str:
    return cipher().encrypt(text.encode()).decode()


def bank_data_decrypt(token: str) -> str:
    try:
        return cipher().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ImproperlyConfigured("Bank data cannot be decrypted with BANK_DATA_KEYS; was a "
                                   "key dropped before `bank-data-rotate` ran?") from exc


def bank_data_rotate(token: str) -> str:
    """The same data encrypted with the first key."""
    return cipher().rotate(token.encode()).decode()
