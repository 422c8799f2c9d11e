"""Statements captured from one real request, stored as JSON, replayed by the bare references.

Recording happens in the Django process (`prepare.py`) through `connection.execute_wrapper`,
which sees the SQL and the already adapted parameters exactly as the driver gets them. The
reference apps (`reference_app.py`) load them without Django and run them with the same driver.
"""

import base64
import datetime as dt
import json
import re
import uuid
from decimal import Decimal

# Django writes %s placeholders; sqlite3 wants ?, and %% is a literal % once params are bound.
_PLACEHOLDER = re.compile(r"(?<!%)%s")
CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


class Recorder:
    """An execute wrapper keeping (sql, params) of every statement, in order."""

    def __init__(self):
        self.statements: list[dict] = []

    def __call__(self, execute, sql, params, many, context):
        self.statements.append({"sql": sql, "params": params, "many": many})
        return execute(sql, params, many, context)


def is_query(sql: str) -> bool:
    """A statement that reads or writes data, as opposed to transaction control."""
    return not sql.lstrip().upper().startswith(CONTROL)


def sqlite_sql(sql: str, params) -> str:
    return sql if params is None else _PLACEHOLDER.sub("?", sql).replace("%%", "%")


def capture_request(client, method: str, path: str, raw: bool = False, **kwargs) -> dict:
    """Send one request in-process (Django's test client); return its status, its count of
    queries (transaction control left out) and its statements (JSON-ready unless `raw`)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    recorder = Recorder()
    with CaptureQueriesContext(connection) as ctx, connection.execute_wrapper(recorder):
        response = getattr(client, method)(path, **kwargs)
    return {"path": path, "status": response.status_code,
            "queries": sum(is_query(q["sql"]) for q in ctx.captured_queries),
            "statements": len(ctx.captured_queries),
            "sql": recorder.statements if raw else dump(recorder.statements)}


# --- JSON with the types drivers get --------------------------------------------------------------

def encode(value):
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, uuid.UUID):
        return {"$uuid": str(value)}
    if isinstance(value, bytes | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode()}
    if type(value).__name__ == "Jsonb":  # psycopg's JSON adapter, Django's JSONField on PG
        return {"$jsonb": (value.dumps or json.dumps)(value.obj)}
    return value


def decode(value):
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    (tag, raw), = value.items()
    if tag == "$jsonb":
        from psycopg.types.json import Jsonb

        return Jsonb(json.loads(raw))
    return {"$datetime": dt.datetime.fromisoformat, "$date": dt.date.fromisoformat,
            "$decimal": Decimal, "$uuid": uuid.UUID,
            "$bytes": base64.b64decode}[tag](raw)


def dump(statements: list[dict]) -> list[dict]:
    return [{**s, "params": encode(s["params"]) if s["params"] is not None else None}
            for s in statements]


def load(statements: list[dict]) -> list[dict]:
    return [{**s, "params": decode(s["params"]) if s["params"] is not None else None}
            for s in statements]
