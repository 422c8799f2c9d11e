"""What `make bench` relies on, checked without timing anything: the floor endpoint answers
without the database, and a replayed checkout gets rows, keys and ids of its own."""

import importlib.util
from pathlib import Path

from django.test import Client

BENCH = Path(__file__).resolve().parent.parent / "bench"


def bench_module(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ping_answers_without_the_database():
    # given no database access (pytest-django refuses any query here)
    # when
    response = Client().get("/api/ping")
    # then
    assert response.status_code == 200
    assert response.json() == {"ok": True}


def test_bindings_name_the_column_of_each_parameter():
    rewrite = bench_module("rewrite")
    sql = ('UPDATE "order_order" SET "status" = %s WHERE ("order_order"."id" = %s AND '
           '"order_order"."checkout_id" IN (%s, %s))')
    assert rewrite.bindings(sql, 4) == [("order_order", "status"), ("order_order", "id"),
                                        ("order_order", "checkout_id"),
                                        ("order_order", "checkout_id")]


def captured_checkout() -> list[dict]:
    """A capture in miniature: a checkout (id 7) and its order (id 9, number CV1), then reads
    and writes naming them."""
    return [
        {"sql": 'INSERT INTO "checkout_checkout" ("buyer_id", "idempotency_key") VALUES (%s, %s) '
                'RETURNING "checkout_checkout"."id"', "params": [3, "key-0123456789"],
         "many": False},
        {"sql": 'INSERT INTO "order_order" ("checkout_id", "number") VALUES (%s, %s) '
                'RETURNING "order_order"."id"', "params": [7, "CV1234567890"], "many": False},
        {"sql": 'SELECT "order_order"."id" FROM "order_order" WHERE "order_order"."number" = %s',
         "params": ["CV1234567890"], "many": False},
        {"sql": 'UPDATE "order_order" SET "status" = %s WHERE "order_order"."id" = %s',
         "params": ["paid", 9], "many": False},
    ]


def annotated() -> tuple[object, list[dict]]:
    rewrite = bench_module("rewrite")
    statements = captured_checkout()
    rewrite.annotate(statements, unique={"checkout_checkout": {"idempotency_key"},
                                         "order_order": {"number"}}, buyer=3,
                     new_ids={"checkout_checkout": [7], "order_order": [9]},
                     foreign_keys={("order_order", "checkout_id"): "checkout_checkout"})
    return rewrite, statements


def test_a_replay_names_its_own_new_rows():
    # given a replay whose INSERTs returned checkout 107 and order 109
    rewrite, statements = annotated()
    replay = rewrite.new_replay(sku=None, buyer=5)
    # when
    params = [rewrite.rebind(statements[0], replay)]
    rewrite.record(statements[0], replay, [(107,)])
    params.append(rewrite.rebind(statements[1], replay))
    rewrite.record(statements[1], replay, [(109,)])
    params += [rewrite.rebind(s, replay) for s in statements[2:]]
    # then
    assert params[0][0] == 5  # the replay's buyer
    assert params[1][0] == 107  # its own checkout
    assert params[3] == ["paid", 109]  # its own order


def test_a_replay_keeps_its_fresh_keys_consistent():
    # given
    rewrite, statements = annotated()
    replay = rewrite.new_replay(sku=None, buyer=None)
    # when
    inserted = [rewrite.rebind(s, replay) for s in statements[:2]]
    looked_up = rewrite.rebind(statements[2], replay)
    again = [rewrite.rebind(s, rewrite.new_replay(sku=None, buyer=None)) for s in statements[:2]]
    # then: new unique values of the same length, the same one wherever the capture had it
    assert inserted[0][1] != "key-0123456789" and len(inserted[0][1]) == 14
    assert looked_up == [inserted[1][1]] != ["CV1234567890"]
    assert again[1][1] != inserted[1][1]


def test_a_replay_renews_the_keys_of_rows_inserted_together():
    # given two transfers inserted in one statement, as Django does on PostgreSQL (UNNEST)
    rewrite = bench_module("rewrite")
    statement = {
        "sql": 'INSERT INTO "ledger_transfer" ("idempotency_key", "amount") SELECT * FROM '
               'UNNEST((%s)::varchar[], (%s)::bigint[]) RETURNING "ledger_transfer"."id"',
        "params": [["order-7-capture:capture", "order-7-capture:capture-hold"], [500, 500],
                   [7, 8]],
        "many": False}
    statement["sql"] = statement["sql"].replace('"amount")', '"amount", "ref_id")').replace(
        "(%s)::bigint[])", "(%s)::bigint[], (%s)::bigint[])")
    rewrite.annotate([statement], unique={"ledger_transfer": {"idempotency_key"}}, buyer=3,
                     new_ids={"ledger_transfer": [11, 12], "order_order": [8]},
                     foreign_keys={("ledger_transfer", "ref_id"): "order_order"})
    # when it is replayed twice
    replays = [rewrite.new_replay(sku=None, buyer=None) for _ in range(2)]
    replays[0]["produced"]["order_order"] = [108]  # the replay's own order
    first, second = (rewrite.rebind(statement, replay) for replay in replays)
    # then each replay's keys are its own, of the same length; the amounts stay
    keys = statement["params"][0]
    assert first[1] == second[1] == [500, 500]
    assert len({*first[0], *second[0], *keys}) == 6
    assert [len(k) for k in first[0]] == [len(k) for k in keys]
    assert statement["params"][0] == keys  # the capture itself is left as it was
    assert statement["produces"] == "ledger_transfer"
    # and a row naming one the capture inserted names the replay's own
    assert first[2] == [7, 108] and second[2] == [7, 8]


def test_a_side_answering_server_errors_meets_no_goal(monkeypatch):
    import sys
    from types import SimpleNamespace

    monkeypatch.syspath_prepend(str(BENCH))
    benchmarks = bench_module("benchmarks")
    load = sys.modules["load"]

    def run(statuses):
        return load.Run(requests=100, seconds=1.0, statuses=statuses, p50_ms=1, p95_ms=2,
                        errors=0, app_cpu_ms=1, db_cpu_ms=0)

    ctx = SimpleNamespace(backend="postgres")
    # a reference that fails every request is fast, and would flatter nobody but itself
    failed = benchmarks.row(ctx, "place_order", "orders/s", 30, 120, goal="ratio >= 0.2",
                            met=True, runs=(run({"201": 100}), run({"500": 100})))
    assert failed["met"] is False and "reference answered {'500': 100}" in failed["notes"]
    sound = benchmarks.row(ctx, "place_order", "orders/s", 30, 120, goal="ratio >= 0.2",
                           met=True, runs=(run({"201": 100}), run({"201": 100})))
    assert sound["met"] is True and "answered" not in sound["notes"]
