from django import template
from django.utils.translation import get_language, to_locale

from caravan.core.money import Money

register = template.Library()


@register.filter
def money(value: Money | None) -> str:
    """A Money in the page's language, e.g. "US$10.50" or "¥100.00"."""
    if value is None:
        return ""
    return value.format(locale=to_locale(get_language() or "en"))


@register.simple_tag
def amount_of(minor: int, currency: str) -> str:
    return money(Money(minor, currency))
