"""What a cart comes to: lines grouped by seller, each group's shipping choices, the totals,
and every problem that would stop checkout, with its reason."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from caravan.catalog.constants import ListingStatus
from caravan.catalog.selectors import title_in
from caravan.core.errors import DomainError
from caravan.core.money import Money
from caravan.logistics.selectors import sku_shipping_options
from caravan.seller.constants import ShopStatus

from .models import Cart, CartLine


@dataclass
class Line:
    line: CartLine
    title: str
    unit_price: int
    quantity: int
    problem: str = ""

    @property
    def total(self) -> int:
        return self.unit_price * self.quantity


@dataclass
class Group:
    shop: object
    lines: list[Line] = field(default_factory=list)
    options: dict[str, dict] = field(default_factory=dict)  # service code -> combined quote
    problem: str = ""

    @property
    def items_total(self) -> int:
        return sum(line.total for line in self.lines)

    def cheapest(self) -> str | None:
        return min(self.options, key=lambda code: (self.options[code]["price"], code),
                   default=None)


def _line_problem(line: CartLine) -> str:
    product = line.sku.product
    if product.status != ListingStatus.ACTIVE or product.shop.status != ShopStatus.ACTIVE:
        return _("No longer on sale.")
    if line.quantity > line.sku.stock:
        return _("Only %(n)d left.") % {"n": line.sku.stock}
    return ""


def _combine(options: dict | None, line_options, line_quantity: int) -> dict:
    """Services that can carry every line of a group, with the lines' prices added up."""
    quotes = {q.service.code: q for q in line_options.quotes}
    if options is None:
        return {code: {"service": code, "name": q.service.name, "price": q.price.amount,
                       "days_min": q.lane.days_min, "days_max": q.lane.days_max,
                       "protection_days": q.lane.protection_days, "tracked": q.service.tracked,
                       "handling_days": line_options.handling_days}
                for code, q in quotes.items()}
    combined = {}
    for code, option in options.items():
        if code in quotes:
            q = quotes[code]
            combined[code] = {**option, "price": option["price"] + q.price.amount,
                              "days_max": max(option["days_max"], q.lane.days_max),
                              "days_min": max(option["days_min"], q.lane.days_min)}
    return combined


def cart_groups(*, cart: Cart, country: str | None, language: str = "en") -> list[Group]:
    lines = (cart.lines.select_related("sku__product__shop", "sku__product__shipping_template")
             .prefetch_related("sku__product__translations").order_by("id"))
    groups: dict[int, Group] = {}
    options: dict[int, dict | None] = {}
    for line in lines:
        product = line.sku.product
        group = groups.setdefault(product.shop_id, Group(shop=product.shop))
        text = title_in(product, language)
        group.lines.append(Line(line=line, title=text.title if text else "", quantity=line.quantity,
                                unit_price=line.sku.price, problem=_line_problem(line)))
        if country:
            try:
                line_options = sku_shipping_options(sku=line.sku, quantity=line.quantity,
                                                    country=country)
            except DomainError as exc:
                group.problem = exc.message
                continue
            options[product.shop_id] = _combine(options.get(product.shop_id), line_options,
                                                line.quantity)
    for shop_id, group in groups.items():
        group.options = options.get(shop_id) or {}
        if country and not group.options and not group.problem:
            group.problem = _("This seller cannot ship all of these items to %(c)s together.") % {
                "c": country}
    return list(groups.values())


def money(amount: int) -> dict:
    return Money(amount, "USD").as_dict()
