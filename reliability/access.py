"""The access matrix and the mass-assignment probes.

Matrix: every operation of the store, seller and admin OpenAPI schemas with a `*_id` path
parameter, times the six actors. The rightful actor of a route is buyer A (store), seller A
(seller) or the operator (admin); the ids are objects of buyer A and seller A (fixtures.py).
Others get every method with a body drawn by schemathesis from the operation's schema, redrawn
while the server refuses it as malformed, so that the request reaches the ownership check. A
leak is a 2xx for anyone but the rightful actor, or any answer carrying one of the fixtures'
marker texts. The rightful actor only reads (its writes are the fuzzer's business): each of
its GETs must answer 200, which proves the fixture ids name real objects.

Mass assignment: the owners send their own writeable routes fields no caller may set (roles,
staff flags, status, owner, shop, price, balance); state.py reads those fields from the
database before and after, and nothing may differ.
"""

import hashlib
import json
import warnings
from pathlib import Path

import checks
import requests

HERE = Path(__file__).resolve().parent
RIGHTFUL = {"store": "buyer_a", "seller": "seller_a", "admin": "operator"}
DRAWS = 4  # bodies tried per operation before an answer that is not "malformed" is reached
PRE_VIEW = {"Some fields are invalid.", "malformed_body"}  # refused before the view ran
EXTRAS = {"is_staff": True, "is_superuser": True, "is_operator": True, "is_seller": True,
          "roles": ["operator", "seller"], "role": "operator", "status": "suspended",
          "balance": 10**9, "price": 1, "unit_price": 1, "shop": 0, "shop_id": 0, "owner": 0,
          "owner_id": 0, "user": 0, "user_id": 0, "buyer_id": 0, "seller_id": 0, "verified": True}


def operations(ctx: checks.Context) -> list[tuple[str, object]]:
    """(api, schemathesis operation) of every operation with an object id in its path."""
    import schemathesis

    found = []
    for api in RIGHTFUL:
        raw = requests.get(f"{ctx.base_url}/api/{api}/openapi.json", timeout=30).json()
        schema = schemathesis.openapi.from_dict(raw)
        for path, methods in raw["paths"].items():
            if "_id}" not in path:
                continue
            found += [(api, schema[path][method.upper()]) for method in methods]
    return found


def _draws(operation) -> list:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # hypothesis frowns on .example() outside tests
        strategy = operation.as_strategy()
        return [strategy.example() for _ in range(DRAWS)]


def send(session, ctx, actor: str, operation, path_ids: dict, case) -> requests.Response:
    url = ctx.base_url + operation.path.format(**path_ids)
    key = hashlib.sha256(f"{actor} {operation.method} {url}".encode()).hexdigest()[:32]
    # A connection per request: a kept-alive one the server closed while the next body was
    # being drawn would read as a dropped request.
    kwargs = {"params": case.query or None,
              "headers": ctx.headers(actor, **{"Idempotency-Key": key, "Connection": "close"})}
    if operation.method.upper() != "GET" and isinstance(case.body, dict):
        if case.media_type == "multipart/form-data":
            files = {k: (k, getattr(v, "data", b"x")) for k, v in case.body.items()
                     if hasattr(v, "data")}
            kwargs |= {"files": files or None,
                       "data": {k: str(v) for k, v in case.body.items() if k not in files}}
        else:
            kwargs["json"] = case.body
    return session.request(operation.method.upper(), url, timeout=30, **kwargs)


def _pre_view(response) -> bool:
    if response.status_code != 422:
        return False
    body = response.json()
    return body.get("message") in PRE_VIEW or body.get("code") in PRE_VIEW


def attempt(session, ctx, actor, operation, ids, cases, markers) -> tuple[int, str | None]:
    """Requests sent and the leak found, if any, for one actor on one operation."""
    sent = 0
    for case in cases:
        try:
            response = send(session, ctx, actor, operation, ids, case)
        except requests.ConnectionError:
            return sent + 1, f"{actor} {operation.method.upper()} {operation.path} " \
                             f"-> no answer ({case.media_type}, {case.query})"
        sent += 1
        text = response.text
        if response.status_code < 300 or any(marker in text for marker in markers):
            return sent, f"{actor} {operation.method.upper()} {operation.path} " \
                         f"-> {response.status_code}"
        if response.status_code >= 500:
            return sent, f"{actor} {operation.method.upper()} {operation.path} -> 5xx"
        if not _pre_view(response) or operation.method.upper() == "GET":
            return sent, None
    return sent, None


def matrix(ctx: checks.Context, fixtures: dict) -> dict:
    ids, markers = fixtures["ids"], fixtures["markers"]
    found = {"attempts": 0, "requests": 0, "leaks": [], "owner_reads": 0, "owner_failures": [],
             "without_fixture": set(), "routes": 0, "public": 0}
    session = requests.Session()
    for api, operation in operations(ctx):
        if not operation.definition.raw.get("security"):
            found["public"] += 1
            continue  # no token required: the catalogue is everyone's to read
        names = [p.name for p in operation.path_parameters]
        path_ids = {name: ids.get(name, 1) for name in names}
        found["without_fixture"] |= {name for name in names if name not in ids}
        found["routes"] += 1
        cases = _draws(operation)
        for actor in checks.ACTORS:
            if actor == RIGHTFUL[api]:
                if operation.method.upper() == "GET" and all(n in ids for n in names):
                    found["owner_reads"] += 1
                    answer = send(session, ctx, actor, operation, path_ids, cases[0])
                    if answer.status_code != 200:
                        found["owner_failures"].append(f"{operation.path} {answer.status_code}")
                continue
            sent, leak = attempt(session, ctx, actor, operation, path_ids, cases, markers)
            found["attempts"] += 1
            found["requests"] += sent
            if leak:
                found["leaks"].append(leak)
    return found


def probes(ctx: checks.Context, fixtures: dict) -> list[tuple[str, str, str, dict]]:
    """(actor, method, path, body): the owners' own writes, each carrying forbidden extras."""
    ids, service = fixtures["ids"], fixtures.get("service", "")
    template = {"name": "Reliability Marker template", "groups": [{"services": [service]}]}
    found = [
        ("buyer_a", "PATCH", "/api/store/me", {}),
        ("buyer_a", "PATCH", f"/api/store/addresses/{ids['address_id']}", {}),
        ("seller_a", "PATCH", "/api/seller/shop", {}),
        ("seller_a", "PATCH", f"/api/seller/products/{ids['product_id']}", {}),
        ("seller_a", "PUT", f"/api/seller/shipping-templates/{ids['template_id']}", template),
        ("anonymous", "POST", "/api/auth/signup",
         {"email": "probe-signup@caravan.test", "password": "a-long-probe-password-77",
          "role": "buyer", "country": "US"}),
    ]
    if "sku" in fixtures:
        found.append(("buyer_a", "POST", "/api/store/cart/items",
                      {"sku": fixtures["sku"], "quantity": 1}))
    return found


def mass_assignment(ctx: checks.Context, fixtures: dict) -> dict:
    before = json.loads(ctx.django(HERE / "state.py"))
    statuses = []
    for actor, method, path, body in probes(ctx, fixtures):
        answer = requests.request(method, ctx.base_url + path, json=EXTRAS | body, timeout=30,
                                  headers=ctx.headers(actor, **{"Idempotency-Key": path}))
        statuses.append(f"{method} {path} {answer.status_code}")
    after = json.loads(ctx.django(HERE / "state.py"))
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    return {"probes": len(statuses), "changed": changed, "statuses": statuses}


def run(ctx: checks.Context) -> list[dict]:
    fixtures = json.loads(ctx.django(HERE / "fixtures.py"))
    found = matrix(ctx, fixtures)
    missing = ", ".join(sorted(found["without_fixture"])) or "none"
    probed = mass_assignment(ctx, fixtures)
    return [
        checks.row(ctx, "access", "attempts (route x method x actor)", found["attempts"], "-",
                   True, f"{found['routes']} operations with an id ({found['public']} public "
                   f"left out), {found['requests']} "
                   f"requests; ids without a fixture (role checks only): {missing}"),
        checks.row(ctx, "access", "leaks", len(found["leaks"]), "0", not found["leaks"],
                   "; ".join(found["leaks"])),
        checks.row(ctx, "access", "owner reads answered 200",
                   found["owner_reads"] - len(found["owner_failures"]),
                   str(found["owner_reads"]), not found["owner_failures"],
                   "; ".join(found["owner_failures"])),
        checks.row(ctx, "mass_assignment", "fields changed", len(probed["changed"]), "0",
                   not probed["changed"], f"{probed['probes']} probes: "
                   + ("; ".join(probed["changed"]) or ", ".join(probed["statuses"]))),
    ]
