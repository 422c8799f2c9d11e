"""CSV bulk import: one row is one listing with one SKU. Rows that fail are reported with their
reasons and not saved; rows that pass are saved (and submitted, unless `submit` says no)."""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _
from pydantic import ValidationError

from caravan.account.models import User
from caravan.core.api import validation_fields
from caravan.core.errors import DomainError, InvalidInput
from caravan.seller.models import Shop

from .api.schemas import ProductIn
from .constants import LISTING_LANGUAGES
from .models import Category
from .services import listing_submit, product_create

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
REQUIRED_COLUMNS = {"category", "title_en", "sku", "price", "stock", "weight_g", "length_cm",
                    "width_cm", "height_cm"}
SKU_COLUMNS = ("stock", "weight_g", "length_cm", "width_cm", "height_cm", "hs_code",
               "origin_country")


@dataclass
class RowResult:
    row: int
    ok: bool
    product_id: int | None = None
    status: str | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)


def _reader(data: bytes) -> csv.DictReader:
    if len(data) > MAX_BYTES:
        raise InvalidInput(_("The file is larger than 5 MB."), fields={"file": [_("Too large.")]})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(_("Save the file as UTF-8 CSV."),
                           fields={"file": [_("Not UTF-8 text.")]}) from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or ())
    if missing:
        raise InvalidInput(_("Columns missing: %(cols)s.") % {"cols": ", ".join(sorted(missing))},
                           fields={"file": [_("Columns missing.")]})
    return reader


def _options(text: str) -> dict[str, str]:
    pairs = [part.split("=", 1) for part in (text or "").split(";") if part.strip()]
    if any(len(pair) != 2 for pair in pairs):
        raise InvalidInput(_("Options look like colour=red; size=M."),
                           fields={"options": [_("Write options as name=value; name=value.")]})
    return {name.strip(): value.strip() for name, value in pairs}


def _cents(text: str) -> int:
    try:
        return int((Decimal(text.strip()) * 100).to_integral_exact())
    except (InvalidOperation, AttributeError) as exc:
        raise InvalidInput(_("Price is in US dollars, e.g. 12.50."),
                           fields={"price": [_("Write the price as 12.50.")]}) from exc


def _payload(row: dict, categories: dict[str, int]) -> dict:
    if row.get("category", "").strip() not in categories:
        raise InvalidInput(_("Unknown category."), fields={"category": [_("Unknown slug.")]})
    translations = [{"language": lang, "title": row[f"title_{lang}"].strip(),
                     "description": (row.get(f"description_{lang}") or "").strip()}
                    for lang in LISTING_LANGUAGES if (row.get(f"title_{lang}") or "").strip()]
    sku = {name: row.get(name, "").strip() for name in SKU_COLUMNS if row.get(name, "").strip()}
    sku.update(code=row["sku"].strip(), price=_cents(row["price"]), options=_options(
        row.get("options", "")))
    return {"category_id": categories[row["category"].strip()],
            "sale_unit": (row.get("sale_unit") or "piece").strip(),
            "lot_size": (row.get("lot_size") or "1").strip(),
            "default_language": (row.get("language") or "en").strip(),
            "brand_name": (row.get("brand") or "").strip(),
            "translations": translations, "skus": [sku]}


def _column_errors(exc: ValidationError) -> dict[str, list[str]]:
    """Per-field messages named after the CSV's columns rather than the API's nesting."""
    columns: dict[str, list[str]] = {}
    for name, messages in validation_fields(exc.errors()).items():
        parts = name.split(".")
        column = parts[-1] if parts[0] in {"skus", "translations"} else parts[0]
        columns.setdefault(column, []).extend(messages)
    return columns


def _import_row(number: int, row: dict, *, shop: Shop, actor: User,
                categories: dict[str, int]) -> RowResult:
    try:
        data = ProductIn.model_validate(_payload(row, categories)).dict()
        with transaction.atomic():
            product = product_create(shop=shop, actor=actor, translations=data.pop("translations"),
                                     skus=data.pop("skus"), **data)
            status = product.status
            if (row.get("submit") or "yes").strip().lower() not in {"no", "false", "0"}:
                status = listing_submit(product=product, actor=actor).status
        return RowResult(row=number, ok=True, product_id=product.pk, status=status)
    except ValidationError as exc:
        return RowResult(row=number, ok=False, errors=_column_errors(exc))
    except DomainError as exc:
        return RowResult(row=number, ok=False, errors=exc.fields or {"__all__": [exc.message]})


def products_import_csv(*, shop: Shop, actor: User, data: bytes) -> list[RowResult]:
    rows = list(_reader(data))
    if len(rows) > MAX_ROWS:
        raise InvalidInput(_("At most %(n)d rows per file.") % {"n": MAX_ROWS},
                           fields={"file": [_("Too many rows.")]})
    categories = dict(Category.objects.values_list("slug", "id"))
    # Row 1 is the header, so data rows are numbered from 2 as in a spreadsheet.
    return [_import_row(number, row, shop=shop, actor=actor, categories=categories)
            for number, row in enumerate(rows, start=2)]
