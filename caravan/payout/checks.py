"""System check: bank data cannot be encrypted in production without BANK_DATA_KEYS."""

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, register


@register()
def bank_data_keys_check(app_configs=None, **kwargs):
    keys = list(settings.BANK_DATA_KEYS)
    if not keys and settings.PRODUCTION:
        return [Error("BANK_DATA_KEYS is not set.",
                      hint="Give one or more Fernet keys, comma-separated (the first "
                           "encrypts): python -c 'from cryptography.fernet import Fernet; "
                           "print(Fernet.generate_key().decode())'",
                      id="payout.E001")]
    errors = []
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key.encode())
        except ValueError:
            errors.append(Error(f"BANK_DATA_KEYS entry {position} is not a Fernet key "
                                "(32 url-safe base64-encoded bytes).", id="payout.E002"))
    return errors
