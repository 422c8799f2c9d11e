"""Card number rules with no database: Luhn, brands by IIN range, lengths, security codes,
and finding card numbers inside free text (the log filter and `card-scan` use the same rules).

Nothing here logs or stores a number; callers keep only `last4`, the brand and a fingerprint.
"""

import hashlib
import hmac
import re
from dataclasses import dataclass

from django.conf import settings

from .constants import Brand


@dataclass(frozen=True, slots=True)
class BrandRule:
    brand: Brand
    ranges: tuple[tuple[int, int], ...]  # inclusive IIN ranges; the width is len(str(low))
    lengths: tuple[int, ...]
    cvc_length: int


BRAND_RULES = (
    BrandRule(Brand.VISA, ((4, 4),), (13, 16, 19), 3),
    BrandRule(Brand.MASTERCARD, ((51, 55), (2221, 2720)), (16,), 3),
    BrandRule(Brand.AMEX, ((34, 34), (37, 37)), (15,), 4),
    BrandRule(Brand.UNIONPAY, ((62, 62),), (16, 17, 18, 19), 3),
    BrandRule(Brand.JCB, ((3528, 3589),), (16, 17, 18, 19), 3),
    BrandRule(Brand.DISCOVER, ((6011, 6011), (65, 65)), (16, 17, 18, 19), 3),
)

_SEPARATORS = re.compile(r"[ -]")


def digits_of(number: str) -> str | None:
    """The digits of a number typed with optional spaces or hyphens; None if anything else."""
    compact = _SEPARATORS.sub("", number or "")
    return compact if compact.isascii() and compact.isdigit() else None


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def brand_rule(digits: str) -> BrandRule | None:
    for rule in BRAND_RULES:
        for low, high in rule.ranges:
            width = len(str(low))
            if len(digits) >= width and low <= int(digits[:width]) <= high:
                return rule
    return None


def is_card_number(digits: str) -> bool:
    """A number a card network would issue: a known brand, its length, and Luhn."""
    rule = brand_rule(digits)
    return rule is not None and len(digits) in rule.lengths and luhn_valid(digits)


def fingerprint(digits: str) -> str:
    """Keyed so that the stored value cannot be reversed by hashing the small card space."""
    key = settings.PAYMENT_FINGERPRINT_KEY.encode()
    return hmac.new(key, digits.encode(), hashlib.sha256).hexdigest()


def masked(digits: str) -> str:
    """First six and last four, the most of a number that may be shown (PCI DSS 3.4)."""
    return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}"


# 13-19 digits, optionally grouped by single spaces or hyphens, not part of a longer digit run.
CARD_RUN = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])")
# As above but standing alone as a word: hex digests and ids with letters are not card numbers.
CARD_WORD = re.compile(r"(?<![0-9A-Za-z])[0-9](?:[ -]?[0-9]){12,18}(?![0-9A-Za-z])")
# A key named like a security code (cvc, cvv2, card_csc, ...) given 3 or 4 digits.
SECURITY_CODE = re.compile(
    r"(?<![0-9A-Za-z])([\w-]*?(?:cvc2?|cvv2?|csc|cvn|security[_-]?code))[\"']?\s*[:=]\s*"
    r"[\"']?([0-9]{3,4})(?![0-9])", re.IGNORECASE)
SECURITY_CODE_NAME = re.compile(r"(?:^|_)(?:cvc2?|cvv2?|csc|cvn|security_?code)$", re.IGNORECASE)


def mask_card_numbers(text: str) -> str:
    """Every Luhn-valid 13-19 digit run replaced by its last four (the log filter)."""
    def replace(match: re.Match) -> str:
        digits = _SEPARATORS.sub("", match.group())
        return f"[card ****{digits[-4:]}]" if luhn_valid(digits) else match.group()

    return CARD_RUN.sub(replace, text)


def card_numbers_in(text: str) -> list[str]:
    """The card numbers (known brand, length and Luhn) standing as words in `text`."""
    found = []
    for match in CARD_WORD.finditer(text):
        digits = _SEPARATORS.sub("", match.group())
        if is_card_number(digits):
            found.append(digits)
    return found


def security_codes_in(text: str) -> list[str]:
    """Names of keys holding what looks like a card security code."""
    return [match.group(1) for match in SECURITY_CODE.finditer(text)]
