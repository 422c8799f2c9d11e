"""The load of the crash test: buyers' journeys and sellers' withdrawals over HTTP.

Every logical operation is sent until it gets a definitive answer (any status below 500):
a request that got no answer (connection refused or reset by a kill, a timeout) is sent again,
once the server is back, with the same body and, where the route takes one, the same
Idempotency-Key. An answer that the first try could not have had is a finding ("unexpected").
"""

import json
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field

TIMEOUT = 30
PAUSE = 0.2  # between tries while the server is down


@dataclass
class Tally:
    operations: Counter = field(default_factory=Counter)
    retries: Counter = field(default_factory=Counter)
    abandoned: Counter = field(default_factory=Counter)
    unexpected: list = field(default_factory=list)
    checkout_ids: dict = field(default_factory=dict)  # Idempotency-Key -> ids answered
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answered(self, name: str, tries: int, problem: str = "") -> None:
        with self.lock:
            self.operations[name] += 1
            self.retries[name] += tries - 1
            if problem:
                self.unexpected.append(problem)


class Client:
    def __init__(self, fleet, tally: Tally, stop: threading.Event):
        self.fleet, self.tally, self.stop = fleet, tally, stop

    def _send(self, method: str, path: str, token: str, body, key: str):
        """(status, answer) or None when no answer came back."""
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        if key:
            headers["Idempotency-Key"] = key
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.fleet.url + path, data=data,  # noqa: S310
                                         method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:  # noqa: S310
                return answer.status, json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as error:
            if error.code >= 500:
                return None
            return error.code, json.loads(error.read() or b"null")
        except (OSError, ValueError):  # refused, reset, timed out, cut short
            return None

    def op(self, name: str, method: str, path: str, *, token: str, body=None, key: str = "",
           ok=(200, 201), ok_after_retry=(), once: bool = False) -> tuple[int, object] | None:
        """Send until answered; with `once`, a request left unanswered is given up (None)."""
        tries = 0
        while True:
            self.fleet.up.wait()
            tries += 1
            got = self._send(method, path, token, body, key)
            if got is not None:
                break
            if once:
                with self.tally.lock:
                    self.tally.abandoned[name] += 1
                return None
            if self.stop.is_set() and self.fleet.up.is_set() and tries > 200:
                raise RuntimeError(f"{name} {path}: no answer after {tries} tries")
            time.sleep(PAUSE)
        status, answer = got
        fine = status in ok or (tries > 1 and status in ok_after_retry)
        self.tally.answered(name, tries, "" if fine else
                            f"{name} {path}: {status} {str(answer)[:200]} after {tries} tries")
        return status, answer


def checkout(client: Client, attempt: dict, *, once: bool = False) -> dict | None:
    token = attempt["headers"]["Authorization"].removeprefix("Bearer ")
    key = attempt["headers"]["Idempotency-Key"]
    got = client.op("checkout", "POST", "/api/store/checkout", token=token,
                    body=attempt["body"], key=key, ok=(201,), once=once)
    if got is None or got[0] != 201:
        return None
    answer = got[1]
    with client.tally.lock:
        client.tally.checkout_ids.setdefault(key, set()).add(answer["checkout_id"])
    return answer


def journey(client: Client, plan: dict, n: int) -> None:
    """Buyer n checks out; then, by n: the seller ships and the buyer confirms receipt (escrow
    released), or the buyer cancels and the seller (or the sweep) approves (refund), or the
    order is shipped and stays in escrow. One buyer in ten gives up a checkout that got no
    answer: the worker has to carry it on (checkout.recovery)."""
    attempt = plan["checkouts"][n]
    answer = checkout(client, attempt, once=n % 10 == 9)
    if answer is None or answer["status"] != "paid":
        return
    order = answer["orders"][0]["id"]
    buyer = attempt["headers"]["Authorization"].removeprefix("Bearer ")
    seller = plan["sellers"][str(plan["shop_of"][n])]["token"]
    kind = n % 10
    if 5 <= kind <= 7:
        status, made = client.op("cancel", "POST", f"/api/store/orders/{order}/cancellation-"
                                 "requests", token=buyer, body={"reason": "changed my mind"},
                                 ok=(201,), ok_after_retry=(409,))
        if status == 201:
            # The sweep approves unanswered requests too; whichever comes second gets 409.
            client.op("approve", "POST", f"/api/seller/orders/{order}/cancellation-requests/"
                      f"{made['id']}/decision", token=seller, body={"approve": True},
                      ok=(200, 409))
        return
    client.op("ship", "POST", f"/api/seller/orders/{order}/shipments", token=seller,
              body={"mode": "online"}, ok=(201,), ok_after_retry=(409,))
    if kind < 5:
        client.op("confirm", "POST", f"/api/store/orders/{order}/confirm-receipt", token=buyer,
                  ok=(200,), ok_after_retry=(409,))


def buyers(client: Client, plan: dict, queue: list, lock: threading.Lock) -> None:
    while not client.stop.is_set():
        with lock:
            if not queue:
                return
            n = queue.pop()
        journey(client, plan, n)


def withdrawals(client: Client, shop: str, seller: dict, minimum: int) -> None:
    """Every so often, withdraw a third of what is available; one in four amounts ends in
    .17, which the payout sandbox fails (the money comes back to the seller)."""
    made = 0
    while not client.stop.wait(1.0):
        _status, rows = client.op("balance", "GET", "/api/seller/balances",
                                  token=seller["token"], ok=(200,))
        available = sum(row["available"]["amount"] for row in rows or ()
                        if row["currency"] == seller["currency"])
        if available < 3 * minimum:
            continue
        made += 1
        amount = available // 300 * 100 + (17 if made % 4 == 0 else 0)
        client.op("withdraw", "POST", "/api/seller/withdrawals", token=seller["token"],
                  key=f"crash-{shop}-{made}", ok=(201,),
                  body={"bank_account_id": seller["bank_account"],
                        "amount": {"amount": amount, "currency": seller["currency"]}})
