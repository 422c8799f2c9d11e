"""Abuse limits against the running server: wrong passwords and checkout bursts are refused
after exactly the configured number, across the server's worker processes, and other people
are not held back.

The runner's servers have the limits off (bench's environment: its load comes from one
address), so this check restarts ours with them on at their real settings and with
TRUSTED_PROXIES=127.0.0.1; each simulated client then sends its own X-Forwarded-For, so tripping
a per-address limit does not shut 127.0.0.1 out. The server is restarted as it was afterwards.
Requests go out from several threads at once, so they land on both workers concurrently.
"""

import json
import secrets
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import checks

THREADS = 8
DEFAULTS = {"RATE_LIMIT_LOGIN_ACCOUNT": "10/15m", "RATE_LIMIT_LOGIN_IP": "50/15m",
            "RATE_LIMIT_CHECKOUT_ACCOUNT": "10/m", "RATE_LIMIT_CHECKOUT_IP": "60/m"}
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
ADDRESS = {"name": "Probe Buyer", "country_code": "DE", "city": "Berlin", "postal_code": "10115",
           "street_address": "Invalidenstraße 1", "phone": "+4915123456789"}


def _rate(ctx, name: str) -> tuple[int, int]:
    count, period = ctx.env.get(name, DEFAULTS[name]).split("/")
    return int(count), int(period[:-1] or 1) * UNITS[period[-1]]


def _send(ctx, method: str, path: str, body=None, headers=None) -> tuple[int, dict, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(ctx.base_url + path, data=data, method=method,  # noqa: S310
                                     headers={"Content-Type": "application/json",
                                              **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310  (our server)
            return answer.status, json.loads(answer.read() or b"{}"), dict(answer.headers)
    except urllib.error.HTTPError as answer:
        return answer.code, json.loads(answer.read() or b"{}"), dict(answer.headers)


def _from(client: str, token: str | None = None, **extra) -> dict:
    found = {"X-Forwarded-For": client, **extra}
    return found | ({"Authorization": f"Bearer {token}"} if token else {})


def _burst(ctx, calls: list) -> list[tuple[int, dict, dict]]:
    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(lambda call: _send(ctx, *call), calls))


def _wait_for_room(seconds: int, needed: float) -> None:
    """Fixed windows: start a burst early enough in one that it ends in the same one."""
    left = seconds - time.time() % seconds
    if left < needed:
        time.sleep(left + 0.5)


def _refused_well(answer) -> bool:
    status, body, headers = answer
    return (status == 429 and set(body) == {"code", "message", "fields"}
            and body["code"] == "rate_limited" and body["fields"] == {}
            and int({k.lower(): v for k, v in headers.items()}.get("retry-after", "0")) > 0)


def _burst_row(ctx, metric: str, answers: list, limit: int, expected: set[int]) -> dict:
    """Exactly `limit` answers that are not 429 (each one of `expected`), the rest 429s."""
    refused = [a for a in answers if a[0] == 429]
    others = sorted({a[0] for a in answers} - {429})
    passed = len(answers) - len(refused) == limit and set(others) <= expected and \
        all(_refused_well(a) for a in refused)
    return checks.row(ctx, "abuse", metric, f"{len(refused)} of {len(answers)} refused",
                      f"exactly {limit} let through, the rest 429 + Retry-After", passed,
                      f"{len(answers) - len(refused)} let through, answered {others}")


def _single_row(ctx, metric: str, answer, want: set[int], notes: str) -> dict:
    goal = " or ".join(str(w) for w in sorted(want))
    return checks.row(ctx, "abuse", metric, answer[0], goal, answer[0] in want, notes)


def _probe_email() -> str:
    return f"abuse-probe-{secrets.token_hex(5)}@caravan.test"


def _login(email: str, password: str, client: str) -> tuple:
    return ("POST", "/api/auth/token", {"email": email, "password": password}, _from(client))


def _login_rows(ctx) -> list[dict]:
    account, account_window = _rate(ctx, "RATE_LIMIT_LOGIN_ACCOUNT")
    address, address_window = _rate(ctx, "RATE_LIMIT_LOGIN_IP")
    extra, legit = (3 if ctx.quick else 10), ctx.emails["buyer_b"]
    _wait_for_room(account_window, needed=30)
    victim = _probe_email()
    answers = _burst(ctx, [_login(victim, "not-the-password", "198.51.100.11")
                           for _ in range(account + extra)])
    rows = [_burst_row(ctx, "login, one account: wrong passwords", answers, account, {401})]
    rows.append(_single_row(ctx, "login, another account from that address", _send(
        ctx, *_login(legit, checks.PASSWORD, "198.51.100.11")), {200},
        "a right password of another account is let in"))
    _wait_for_room(address_window, needed=30)
    answers = _burst(ctx, [_login(_probe_email(), "not-the-password", "198.51.100.12")
                           for _ in range(address + extra)])
    rows.append(_burst_row(ctx, "login, one address: many accounts", answers, address, {401}))
    rows.append(_single_row(ctx, "login, a user at another address", _send(
        ctx, *_login(legit, checks.PASSWORD, "198.51.100.13")), {200},
        "not held back by the limited address"))
    rows.append(_single_row(ctx, "login, a right password at the limited address", _send(
        ctx, *_login(legit, checks.PASSWORD, "198.51.100.12")), {429},
        "refused until the window ends, password unchecked"))
    return rows


SETUP = "198.51.100.99"  # where probe buyers sign up and fill their carts


def _sku_in_stock(ctx) -> tuple[int, int]:
    """(sku id, shop id) of a listing with stock, from the store API."""
    _status, page, _ = _send(ctx, "GET", "/api/store/products?country=DE")
    for card in page["items"]:
        _status, product, _ = _send(ctx, "GET", f"/api/store/products/{card['id']}")
        for sku in product.get("skus", []):
            if sku["stock"] > 0:
                return sku["id"], product["shop"]["id"]
    raise RuntimeError("no listing with stock in the seeded catalogue")


def _probe_buyer(ctx, sku: int) -> str:
    """A new buyer with one item in the cart; answers the bearer token."""
    email, password = _probe_email(), f"probe-{secrets.token_hex(8)}"
    signup = {"email": email, "password": password, "role": "buyer", "country": "DE"}
    status, _body, _ = _send(ctx, "POST", "/api/auth/signup", signup, _from(SETUP))
    if status != 201:
        raise RuntimeError(f"probe signup answered {status}")
    token = _send(ctx, *_login(email, password, SETUP))[1]["token"]
    status, _body, _ = _send(ctx, "POST", "/api/store/cart/items", {"sku": sku, "quantity": 1},
                             _from(SETUP, token))
    if status != 201:
        raise RuntimeError(f"probe cart answered {status}")
    return token


def _checkout(shop: int, token: str, client: str) -> tuple:
    """An attempt that counts and is then refused for its shipping choice: nothing is bought."""
    body = {"address": ADDRESS, "shipping": [{"shop_id": shop, "service": "no-such-service"}],
            "payment_token": "tok_probe_never_used"}
    headers = _from(client, token, **{"Idempotency-Key": secrets.token_hex(8)})
    return ("POST", "/api/store/checkout", body, headers)


def _checkout_rows(ctx) -> list[dict]:
    account, _window = _rate(ctx, "RATE_LIMIT_CHECKOUT_ACCOUNT")
    address, window = _rate(ctx, "RATE_LIMIT_CHECKOUT_IP")
    extra = 3 if ctx.quick else 10
    sku, shop = _sku_in_stock(ctx)
    sent = address + extra
    first, second, *crowd = [_probe_buyer(ctx, sku) for _ in range(2 - (-sent // account))]
    _wait_for_room(window, needed=20)  # both bursts in one window: the setup is done first
    answers = _burst(ctx, [_checkout(shop, first, "198.51.100.21")
                           for _ in range(account + extra)])
    refused = {409, 422}
    rows = [_burst_row(ctx, "checkout, one buyer: new attempts", answers, account, refused)]
    rows.append(_single_row(ctx, "checkout, another buyer from that address", _send(
        ctx, *_checkout(shop, second, "198.51.100.21")), refused,
        "counted, not refused (409/422: the probe's shipping choice)"))
    calls = [_checkout(shop, crowd[n // account], "198.51.100.22") for n in range(sent)]
    answers = _burst(ctx, calls)
    rows.append(_burst_row(ctx, f"checkout, one address: {len(crowd)} buyers", answers, address,
                           refused))
    rows.append(_single_row(ctx, "checkout, a buyer at another address", _send(
        ctx, *_checkout(shop, second, "198.51.100.23")), refused,
        "not held back by the limited address"))
    placed = sum(len(_send(ctx, "GET", "/api/store/orders", None, _from(SETUP, t))[1]
                     .get("items", [])) for t in [first, second, *crowd])
    rows.append(checks.row(ctx, "abuse", "orders made by probe attempts", placed, "0",
                           placed == 0, "refused and failed attempts change nothing"))
    return rows


def run(ctx) -> list[dict]:
    if ctx.restart_server is None:
        return [checks.row(ctx, "abuse", "completed", "skipped", "a restartable server", False,
                           "needs ctx.restart_server to turn the limits on")]
    saved = dict(ctx.env)
    # Limits on at their real (or the environment's) rates; our clients speak through
    # X-Forwarded-For, believed from 127.0.0.1 only.
    ctx.restart_server(env=saved | {"RATE_LIMITS_ENABLED": "1", "TRUSTED_PROXIES": "127.0.0.1"})
    try:
        return _login_rows(ctx) + _checkout_rows(ctx)
    finally:
        ctx.restart_server(env=saved)
