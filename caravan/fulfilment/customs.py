"""The customs declaration of a parcel and its printable label (CN22, or CN23 with invoice)."""

from django.template.loader import render_to_string

from caravan.core.money import Money
from caravan.logistics.constants import ServiceClass
from caravan.order.models import Order
from caravan.order.selectors import SELLER_SHIP_TO_FIELDS

from .constants import CN22, CN22_MAX_VALUE_USD, CN23


def declaration_build(*, order: Order, service_class: str | None) -> dict:
    """What the parcel holds, as customs asks: per line description, HS code, origin, value,
    weight; values are the goods' price in the order's currency (shipping is not declared)."""
    lines = list(order.lines.select_related("sku").order_by("id"))
    items = [{"description": line.title[:100], "quantity": line.quantity,
              "hs_code": line.sku.hs_code, "origin_country": line.sku.origin_country,
              "unit_value": line.unit_price, "value": line.line_total,
              "weight_g": line.sku.weight_g * line.quantity} for line in lines]
    value = sum(item["value"] for item in items)
    express = service_class == ServiceClass.EXPRESS
    return {
        "form": CN23 if express or value > CN22_MAX_VALUE_USD else CN22,
        "category": "sale_of_goods", "currency": order.currency, "order_number": order.number,
        "sender": {"name": order.shop.name, "country": order.shop.country},
        "recipient": {k: v for k, v in order.ship_to.items() if k in SELLER_SHIP_TO_FIELDS},
        "items": items, "total_value": value,
        "total_weight_g": sum(item["weight_g"] for item in items),
        # Import VAT collected at checkout (IOSS and the like): the parcel clears without it.
        "import_tax": (order.import_tax.get("scheme_name") or "")
        if order.import_tax.get("collected") else "",
    }


def _money(amount: int, currency: str) -> str:
    return Money(amount, currency).format("en")


def label_render(*, shipment, carrier_name: str, service_name: str) -> str:
    """The label page: address, tracking number and the declaration, styled for printing."""
    declaration = shipment.declaration
    currency = declaration.get("currency", "USD")
    items = [{**item, "value_text": _money(item["value"], currency),
              "unit_value_text": _money(item.get("unit_value", item["value"]), currency),
              "weight_kg": f"{item['weight_g'] / 1000:.3f}"}
             for item in declaration.get("items", [])]
    return render_to_string("fulfilment/label.html", {
        "shipment": shipment, "declaration": declaration, "items": items,
        "carrier_name": carrier_name, "service_name": service_name,
        "total_value_text": _money(declaration.get("total_value", 0), currency),
        "total_weight_kg": f"{declaration.get('total_weight_g', 0) / 1000:.3f}",
        "is_cn23": declaration.get("form") == CN23,
    })
