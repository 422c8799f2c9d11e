"""Tracking numbers: the formats carriers use, and the numbers the platform composes.

UPU standard S10 (postal items): two letters for the service, eight serial digits, a check
digit, and the ISO country code of the issuing post, e.g. RS123456785CN.
"""

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .constants import PLATFORM_CARRIER, PLATFORM_PREFIX, POST_COUNTRIES

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
S10_PATTERN = re.compile(r"^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$")
S10_MAX_SERIAL = 10**8 - 1
PLATFORM_MAX_SERIAL = 10**12 - 1

# Express carriers' waybill formats (the shape only; their check digits vary by product).
EXPRESS_FORMATS = {
    "dhl": (re.compile(r"^\d{10}$"), gettext_lazy("10 digits")),
    "ups": (re.compile(r"^1Z[0-9A-Z]{16}$"), gettext_lazy("1Z and 16 letters or digits")),
    "fedex": (re.compile(r"^(\d{12}|\d{15})$"), gettext_lazy("12 or 15 digits")),
    "tnt": (re.compile(r"^\d{9}$"), gettext_lazy("9 digits")),
}
PLATFORM_FORMAT = re.compile(rf"^{PLATFORM_PREFIX}\d{{12}}$")
# A carrier an operator adds later, with no format known yet: a plausible number at least.
ANY_FORMAT = re.compile(r"^[0-9A-Z]{6,40}$")


def normalise(number: str) -> str:
    """Upper case without spaces or dashes, as people copy numbers from receipts."""
    return re.sub(r"[\s-]", "", number or "").upper()


def s10_check_digit(serial: str) -> int:
    """The S10 check digit of eight serial digits: weights 8,6,4,2,3,5,9,7, modulo 11,
    11 minus the remainder, where 10 becomes 0 and 11 becomes 5."""
    if not re.fullmatch(r"\d{8}", serial):
        raise ValueError("an S10 serial is eight digits")
    check = 11 - sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def s10_valid(number: str, *, country: str | None = None) -> bool:
    """Whether `number` is a well-formed S10 number (of the given post, if any)."""
    match = S10_PATTERN.match(number)
    if match is None:
        return False
    _service, serial, check, post = match.groups()
    return s10_check_digit(serial) == int(check) and country in (None, post)


def s10_number(*, indicator: str, serial: int, country: str) -> str:
    digits = f"{serial:08d}"
    return f"{indicator}{digits}{s10_check_digit(digits)}{country}"


def platform_number(*, serial: int) -> str:
    return f"{PLATFORM_PREFIX}{serial:012d}"


def express_number(*, carrier: str, serial: int) -> str:
    """A waybill in the carrier's format; DHL's last digit is the serial modulo 7, as theirs."""
    if carrier == "dhl":
        return f"{serial:09d}{serial % 7}"
    if carrier == "ups":
        return f"1ZCVN001{66:02d}{serial:08d}"  # shipper account, service code, package
    if carrier == "fedex":
        return f"{serial:012d}"
    if carrier == "tnt":
        return f"{serial:09d}"
    return f"CV{serial:012d}"  # a carrier added later: fits ANY_FORMAT


def format_problem(*, carrier: str, number: str) -> str | None:
    """Why `number` is not a tracking number of `carrier`, or None when it is."""
    if carrier in POST_COUNTRIES:
        country = POST_COUNTRIES[carrier]
        if s10_valid(number, country=country):
            return None
        return _("Expected a UPU S10 number of this post, like RS123456785%(country)s "
                 "(the check digit must match).") % {"country": country}
    if carrier in EXPRESS_FORMATS:
        pattern, shape = EXPRESS_FORMATS[carrier]
        return None if pattern.match(number) else _("Expected %(shape)s.") % {"shape": shape}
    if carrier == PLATFORM_CARRIER:
        return None if PLATFORM_FORMAT.match(number) else \
            _("Expected %(prefix)s and 12 digits.") % {"prefix": PLATFORM_PREFIX}
    return None if ANY_FORMAT.match(number) else _("Expected 6 to 40 letters or digits.")
