"""What a replay of a captured checkout changes so that it can run again and again, as a real
checkout would: its own new rows, its own keys, the same spread of SKUs.

- Unique text values of INSERTs (order number, idempotency keys, provider references) get a
  fresh random tail of the same length.
- Ids of rows the captured request inserted itself (its checkout, order, payment attempt...)
  are replaced by the ids the replay's own INSERTs return, wherever a later statement names
  them; otherwise every replay would update, and lock, the same captured rows.
- The stock update takes one of the SKUs our own checkouts spread over, and the buyer is one
  of our checkouts' buyers with a card fingerprint of its own: otherwise the risk rules' counts
  (attempts per card, per buyer) would grow with every replay, where ours stay at one.
Which column a %s binds to is read from Django's regular SQL; nothing else is rewritten.
"""

import re
import secrets
import string

# Django inserts several rows on PostgreSQL as SELECT * FROM UNNEST(...), one array per column.
INSERT = re.compile(r'^INSERT INTO "(\w+)" \(([^)]*)\) (?:VALUES|SELECT \* FROM UNNEST)')
_TARGET = re.compile(r'^(?:UPDATE|DELETE FROM) "(\w+)"|\bFROM "(\w+)"')
_PLACEHOLDER = re.compile(r"(?<!%)%s")
_BOUND = re.compile(r'(?:"(\w+)"\.)?"(\w+)"\s*(?:=|>=|<=|<|>|IN \((?:%s, )*)\s*$')
_TAIL = string.ascii_lowercase + string.digits
SKU = ("catalog_sku", "id")
BUYERS = ("buyer_id", "owner_id")
FINGERPRINTS = ("card_fingerprint", "fingerprint")


def bindings(sql: str, n: int) -> list[tuple[str | None, str | None]]:
    """(table, column) that each of the n parameters binds to, (None, None) when unclear."""
    insert = INSERT.match(sql)
    if insert:
        columns = [c.strip().strip('"') for c in insert.group(2).split(",")]
        return [(insert.group(1), columns[i % len(columns)]) for i in range(n)]
    target = _TARGET.search(sql)
    default = (target.group(1) or target.group(2)) if target else None
    found = []
    for placeholder in _PLACEHOLDER.finditer(sql):
        bound = _BOUND.search(sql[max(0, placeholder.start() - 200):placeholder.start()])
        found.append((bound.group(1) or default, bound.group(2)) if bound else (None, None))
    return found if len(found) == n else [(None, None)] * n


def _unique_values(statements: list[dict], unique: dict[str, set[str]]) -> set[str]:
    """Text values the captured request inserted into unique columns."""
    found = set()
    for statement in statements:
        insert = INSERT.match(statement["sql"])
        if insert and not statement["many"] and statement["params"]:
            found |= {value for (table, column), param in zip(
                bindings(statement["sql"], len(statement["params"])), statement["params"],
                strict=True) for value in _values(param)
                if isinstance(value, str) and column in unique.get(table, ())}
    return found


def _values(param) -> list:
    """A parameter's values: an UNNEST column's array holds one per row."""
    return param if isinstance(param, list) else [param]


def _fresh_positions(i: int, param, column: str, fresh: set[str]) -> list:
    """Where the parameter holds values to renew: [i] for a value, [i, j] for an array's j-th."""
    def renew(value) -> bool:
        return isinstance(value, str) and (value in fresh or column in FINGERPRINTS)

    if isinstance(param, list):
        return [[i, j] for j, value in enumerate(param) if renew(value)]
    return [i] if renew(param) else []


def annotate(statements: list[dict], *, unique: dict[str, set[str]], buyer: int,
             new_ids: dict[str, list[int]], foreign_keys: dict[tuple[str, str], str]) -> None:
    """Mark, in place, each statement's `fresh` parameters, its `refs` to rows the capture
    inserted ([index, table, nth new row]), the table whose ids it `produces`, and which
    parameters are the `sku` and the `buyer`."""
    made = {table: {pk: n for n, pk in enumerate(ids)} for table, ids in new_ids.items()}
    fresh = _unique_values(statements, unique)
    for statement in statements:
        params = statement["params"]
        if statement["many"] or not params:
            continue
        insert = INSERT.match(statement["sql"])
        marks = {"fresh": [], "refs": [], "sku": [], "buyer": []}
        for i, (table, column) in enumerate(bindings(statement["sql"], len(params))):
            marks["fresh"].extend(_fresh_positions(i, params[i], column, fresh))
            points_to = table if column == "id" else foreign_keys.get((table, column))
            if isinstance(params[i], list):  # an UNNEST column: refs by position in the array
                marks["refs"].extend([i, points_to, made[points_to][value], j]
                                     for j, value in enumerate(params[i])
                                     if points_to in made and value in made[points_to])
            elif points_to in made and params[i] in made[points_to]:
                marks["refs"].append([i, points_to, made[points_to][params[i]]])
            elif statement["sql"].startswith("UPDATE") and (table, column) == SKU:
                marks["sku"].append(i)
            elif column in BUYERS and params[i] == buyer:
                marks["buyer"].append(i)
        statement.update(marks)
        if insert and insert.group(1) in made:
            statement["produces"] = insert.group(1)


def new_replay(sku: int | None, buyer: int | None) -> dict:
    """The state of one replay: ids its INSERTs returned, the fresh values it chose."""
    return {"produced": {}, "fresh": {}, "sku": sku, "buyer": buyer}


def rebind(statement: dict, replay: dict) -> list:
    """The statement's parameters for this replay (see the module's docstring); a captured
    value gets the same fresh value wherever it appears in one replay."""
    params, produced, chosen = list(statement["params"]), replay["produced"], replay["fresh"]
    for i, table, n, *in_array in statement.get("refs", ()):
        if n < len(produced.get(table, ())):
            if in_array:
                params[i] = list(params[i])
                params[i][in_array[0]] = produced[table][n]
            else:
                params[i] = produced[table][n]
    for position in statement.get("fresh", ()):
        if isinstance(position, list):
            i, j = position
            params[i] = list(params[i])
            params[i][j] = _renewed(params[i][j], chosen)
        else:
            params[position] = _renewed(params[position], chosen)
    for key in ("sku", "buyer"):
        for i in statement.get(key, ()) if replay[key] else ():
            params[i] = replay[key]
    return params


def _renewed(value: str, chosen: dict[str, str]) -> str:
    if value not in chosen:
        keep = max(0, len(value) - 12)
        chosen[value] = value[:keep] + "".join(secrets.choice(_TAIL) for _ in value[keep:])
    return chosen[value]


def record(statement: dict, replay: dict, rows: list) -> None:
    """Keep the ids an INSERT returned, for the statements after it."""
    if statement.get("produces"):
        replay["produced"].setdefault(statement["produces"], []).extend(r[0] for r in rows)
