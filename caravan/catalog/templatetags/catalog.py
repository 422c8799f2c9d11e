from django import template

from caravan.catalog import selectors
from caravan.core.money import Money

register = template.Library()


@register.filter
def usd(cents: int) -> str:
    return Money(int(cents), "USD").format("en")


@register.filter
def name_in(category, language: str) -> str:
    return category.name_in(language)


@register.simple_tag
def title_of(product, language: str) -> str:
    text = selectors.title_in(product, language)
    return text.title if text else ""


@register.simple_tag
def card_image(product) -> str:
    images = list(product.images.all())
    if not images:
        return ""
    return (images[0].thumbnail or images[0].image).url


@register.simple_tag
def with_param(query, **changes) -> str:
    """The current query string with some parameters changed (empty value removes one)."""
    params = query.copy()
    for name, value in changes.items():
        params.pop(name, None)
        if value not in (None, ""):
            params[name] = value
    if "cursor" not in changes:  # a new filter starts from the first page
        params.pop("cursor", None)
    return params.urlencode()
