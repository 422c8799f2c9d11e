"""Find card data where it must never be: every text column of every table, and log files.

A finding is a card number (a known brand's IIN range and length, Luhn-valid, standing as a
word, spaces or hyphens allowed between digits) or a security code (a key or column named like
cvc/cvv/cvv2/csc/cvn holding 3-4 digits). Findings name the place and show the number masked
(first six, last four), never whole.

Tables are listed by the database itself (introspection), so tables without a model (SQLite
full-text indexes, other tools' tables) are read too; the columns read are those the
introspection calls text, JSON or cannot name.
"""

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import DatabaseError, connections

from .cards import SECURITY_CODE_NAME, card_numbers_in, masked, security_codes_in

TEXT_TYPES = {"CharField", "TextField", "JSONField", "EmailField", "SlugField", "URLField"}
_BARE_CODE = re.compile(r"\s*[0-9]{3,4}\s*")
CHUNK = 500


@dataclass(frozen=True, slots=True)
class Finding:
    where: str
    kind: str  # "card_number" | "security_code"
    detail: str

    def __str__(self) -> str:
        return f"{self.where}: {self.kind} {self.detail}"


def scan_text(text: str, *, name: str = "") -> list[tuple[str, str]]:
    """(kind, masked detail) for card data in `text`; `name` is the column or key holding it."""
    found = [("card_number", masked(digits)) for digits in card_numbers_in(text)]
    found += [("security_code", f"{key}=***") for key in security_codes_in(text)]
    if name and SECURITY_CODE_NAME.search(name) and _BARE_CODE.fullmatch(text):
        found.append(("security_code", f"{name}=***"))
    return found


def _as_text(value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return None


def _text_columns(connection, cursor, table: str) -> list[str]:
    columns = []
    for column in connection.introspection.get_table_description(cursor, table):
        try:
            kind = connection.introspection.get_field_type(column.type_code, column)
        except KeyError:  # an undeclared type (SQLite virtual tables): read it to be sure
            kind = "TextField"
        if kind in TEXT_TYPES:
            columns.append(column.name)
    return columns


def _scan_table(connection, table: str) -> Iterator[Finding]:
    with connection.cursor() as cursor:
        columns = _text_columns(connection, cursor, table)
        keys = connection.introspection.get_primary_key_columns(cursor, table) or []
    if not columns:
        return
    quote = connection.ops.quote_name
    key = keys[0] if len(keys) == 1 else None
    selected = ([key] if key else []) + columns
    sql = f"SELECT {', '.join(quote(c) for c in selected)} FROM {quote(table)}"  # noqa: S608
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql)
        ordinal = 0
        while rows := cursor.fetchmany(CHUNK):
            for row in rows:
                ordinal += 1
                row_id = row[0] if key else f"#{ordinal}"
                for name, value in zip(columns, row[1:] if key else row, strict=True):
                    text = _as_text(value)
                    for kind, detail in scan_text(text, name=name) if text else ():
                        yield Finding(f"{table}.{name} row {row_id}", kind, detail)


def scan_database(*, using: str = "default",
                  on_skip: Callable[[str, Exception], None] | None = None) -> Iterator[Finding]:
    connection = connections[using]
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
    for table in tables:
        try:
            yield from _scan_table(connection, table)
        except DatabaseError as exc:  # e.g. a virtual table whose module is not loaded
            if on_skip:
                on_skip(table, exc)


def scan_logs(paths: Iterable[str | Path]) -> Iterator[Finding]:
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, start=1):
                for kind, detail in scan_text(line):
                    yield Finding(f"{path}:{number}", kind, detail)
