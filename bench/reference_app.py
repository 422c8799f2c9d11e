"""The bare references of `make bench`: one plain WSGI app, served by the same granian as Caravan.

Each endpoint does the least any app could do for the same work, so `ours / reference` is the
share of the hardware's speed that the framework, middleware, ORM and schemas leave us:
- GET /hello: a constant JSON answer (http_floor).
- GET /replay/<key>: the SQL that Caravan ran for one read (product-<id>, search-<n>), captured
  by prepare.py, run again with the same parameters through the same driver; rows as JSON.
- POST /order: the statements of one captured checkout in one transaction, rewritten as
  rewrite.py says so that each replay makes its own rows, as a real checkout would.
- POST /flash: the stock decrement alone: a conditional UPDATE, or with REDIS_URL a Lua script.
Environment: BENCH_PLAN (prepare.py's JSON), DATABASE_URL or CARAVAN_VAR_DIR as Caravan's
settings read them, REDIS_URL, BENCH_FLASH_SKU. One connection per server thread, kept open.
"""

import datetime as dt
import json
import os
import random
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

from capture import load, sqlite_sql
from rewrite import new_replay, rebind, record

PLAN = json.loads(Path(os.environ["BENCH_PLAN"]).read_text())
READS = {key: load(captured["sql"]) for key, captured in PLAN.get("reads", {}).items()}
# Caravan's checkout is three transactions; the reference runs their statements in one.
ORDER = [s for s in load(PLAN["checkout"]["sql"]) if not s["sql"].startswith("BEGIN")] \
    if "checkout" in PLAN else []
ORDER_SKUS = PLAN.get("order_skus", [])
ORDER_BUYERS = PLAN.get("orders_buyer_ids", [])
DATABASE_URL = os.environ.get("DATABASE_URL", "")
POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://"))
SQLITE_PATH = Path(os.environ.get("CARAVAN_VAR_DIR", "var")) / "caravan.sqlite3"
# The pragmas of Caravan's SQLite settings.
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                  "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;")
FLASH_SQL = 'UPDATE "catalog_sku" SET "stock" = "stock" - 1 WHERE "id" = %s AND "stock" >= 1'
FLASH_LUA = """local left = tonumber(redis.call('GET', KEYS[1]) or '0')
if left >= 1 then redis.call('DECR', KEYS[1]) return 1 end
return 0"""
REASONS = {200: "OK", 201: "Created", 404: "Not Found", 409: "Conflict"}
_local = threading.local()


def flash_key(sku_id: int | str) -> str:
    return f"bench:flash:{sku_id}"


def _sqlite_types() -> None:
    """What Django registers on sqlite3: the same adapters, and converters so that rows come
    back typed as Django's do (stdlib parsers standing in for Django's)."""
    sqlite3.register_adapter(Decimal, str)
    sqlite3.register_adapter(dt.date, dt.date.isoformat)
    sqlite3.register_adapter(dt.datetime, lambda value: value.isoformat(" "))
    sqlite3.register_converter("bool", b"1".__eq__)
    for name, parse in (("date", dt.date.fromisoformat), ("time", dt.time.fromisoformat),
                        ("datetime", dt.datetime.fromisoformat),
                        ("timestamp", dt.datetime.fromisoformat)):
        sqlite3.register_converter(name, lambda raw, parse=parse: parse(raw.decode()))


_sqlite_types()


def _connect():
    if POSTGRES:
        import psycopg

        # Django's psycopg backend also binds parameters on the client side.
        return psycopg.connect(DATABASE_URL, autocommit=True, cursor_factory=psycopg.ClientCursor)
    connection = sqlite3.connect(SQLITE_PATH, timeout=20, isolation_level=None,
                                 check_same_thread=False,
                                 detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
    connection.executescript(SQLITE_PRAGMAS)
    return connection


def connection():
    if getattr(_local, "connection", None) is None:
        _local.connection = _connect()
    return _local.connection


def run(statements: list[dict], replay: bool = False) -> list:
    """Execute the statements in turn, fetching what each returns; a `replay` of the checkout
    rewrites parameters as rewrite.py says (its own rows, keys, SKU and buyer)."""
    cursor, rows = connection().cursor(), []
    # Which SKU and buyer this replay stands for: a choice, not a secret.
    state = new_replay(random.choice(ORDER_SKUS) if ORDER_SKUS else None,  # noqa: S311
                       random.choice(ORDER_BUYERS) if ORDER_BUYERS else None)  # noqa: S311
    for statement in statements:
        params = rebind(statement, state) if replay and statement["params"] \
            else statement["params"]
        sql = statement["sql"] if POSTGRES else sqlite_sql(statement["sql"], params)
        if statement["many"]:
            cursor.executemany(sql, params)
        else:
            cursor.execute(sql, params or ())
        if cursor.description:
            fetched = cursor.fetchall()
            rows.extend(fetched)
            record(statement, state, fetched)
    return rows


def place_order() -> None:
    db = connection()
    if POSTGRES:
        with db.transaction():
            run(ORDER, replay=True)
        return
    db.execute("BEGIN IMMEDIATE")  # as Caravan's SQLite settings begin every transaction
    try:
        run(ORDER, replay=True)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _redis_script():
    if getattr(_local, "script", None) is None:
        import redis

        _local.script = redis.Redis.from_url(os.environ["REDIS_URL"]).register_script(FLASH_LUA)
    return _local.script


def take_one() -> bool:
    sku = os.environ["BENCH_FLASH_SKU"]
    if os.environ.get("REDIS_URL"):
        return _redis_script()(keys=[flash_key(sku)]) == 1
    sql = FLASH_SQL if POSTGRES else sqlite_sql(FLASH_SQL, [sku])
    return connection().execute(sql, [int(sku)]).rowcount == 1


def _answer(method: str, path: str) -> tuple[int, object]:
    if path == "/hello":
        return 200, {"ok": True}
    if method == "GET" and path.startswith("/replay/") and path[8:] in READS:
        return 200, run(READS[path[8:]])
    if method == "POST" and path == "/order":
        place_order()
        return 201, {"ok": True}
    if method == "POST" and path == "/flash":
        return (200, {"ok": True}) if take_one() else (409, {"code": "sold_out"})
    return 404, {"code": "not_found"}


def application(environ, start_response):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    if length:
        json.loads(environ["wsgi.input"].read(length))  # a real endpoint parses its input
    status, body = _answer(environ["REQUEST_METHOD"], environ["PATH_INFO"])
    payload = json.dumps(body, default=str).encode()
    start_response(f"{status} {REASONS[status]}", [("Content-Type", "application/json"),
                                                   ("Content-Length", str(len(payload)))])
    return [payload]
