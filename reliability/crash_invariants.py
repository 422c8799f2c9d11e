"""What must hold after the crash test (Django side): each check answers its violations.

Checked from the rows only, never from what the load drivers believe happened, so a lost write
and a doubled one both show. The ledger's own invariants are `caravan ledger-verify`'s job.
"""

from collections import Counter, defaultdict

SHOWN = 5  # examples kept per invariant
# Units of orders in these states are back on sale (stock_return).
STOCK_RETURNED = ("cancelled", "closed")


def _orders(plan: dict):
    from caravan.order.models import Order

    return list(Order.objects.filter(checkout__buyer_id__in=plan["buyer_ids"])
                .select_related("checkout"))


def escrow_missing(plan: dict) -> list[str]:
    """Every paid order was captured into escrow once, for its settlement total; no unpaid
    order was."""
    from caravan.ledger.models import Transfer

    captures = Counter()
    amounts = {}
    for ref_id, amount in Transfer.objects.filter(
            ref_type="order", kind="posted", credit__code="escrow").values_list("ref_id",
                                                                               "amount"):
        captures[ref_id] += 1
        amounts[ref_id] = amount
    found = []
    for order in _orders(plan):
        want = 1 if order.paid_at else 0
        if captures[order.pk] != want:
            found.append(f"order {order.pk} ({order.status}): {captures[order.pk]} escrow "
                         f"capture(s), expected {want}")
        elif want and amounts[order.pk] != order.settlement_total:
            found.append(f"order {order.pk}: escrow {amounts[order.pk]} != "
                         f"{order.settlement_total}")
    return found


def _attempt_problems(checkout, attempts, charges) -> list[str]:
    if len(attempts) > 1:
        return [f"checkout {checkout.pk}: {len(attempts)} payment attempts"]
    if not attempts:
        return [f"checkout {checkout.pk} is {checkout.status} without a payment"] \
            if checkout.status == "paid" else []
    attempt = attempts[0]
    charge = charges.get(attempt.provider_reference)
    problems = []
    if charge is None:
        problems.append(f"attempt {attempt.pk}: no processor charge")
    elif (charge.captured_amount, charge.refunded_amount) != (attempt.captured_amount,
                                                             attempt.refunded_amount):
        problems.append(f"attempt {attempt.pk}: processor captured/refunded "
                        f"{charge.captured_amount}/{charge.refunded_amount}, we recorded "
                        f"{attempt.captured_amount}/{attempt.refunded_amount}")
    if attempt.captured_amount > checkout.total:
        problems.append(f"checkout {checkout.pk}: captured {attempt.captured_amount} > total")
    if (checkout.status == "paid") != (attempt.captured_amount > 0):
        problems.append(f"checkout {checkout.pk} is {checkout.status}, captured "
                        f"{attempt.captured_amount}")
    refunded = sum(order.refunded_total for order in checkout.orders.all())
    if refunded != attempt.refunded_amount:
        problems.append(f"checkout {checkout.pk}: orders refunded {refunded}, card "
                        f"{attempt.refunded_amount}")
    return problems


def charges_doubled(plan: dict) -> list[str]:
    """One payment attempt per checkout, one processor charge per attempt, captured and
    refunded the same on both sides; no processor charge that no attempt knows of."""
    from caravan.checkout.models import Checkout
    from caravan.payment.models import PaymentAttempt
    from caravan.payment.providers.sandbox_models import SandboxCharge

    checkouts = list(Checkout.objects.filter(buyer_id__in=plan["buyer_ids"])
                     .prefetch_related("orders"))
    attempts = defaultdict(list)
    for attempt in PaymentAttempt.objects.filter(checkout_id__in=[c.pk for c in checkouts]):
        attempts[attempt.checkout_id].append(attempt)
    known = {a.provider_reference for group in attempts.values() for a in group}
    charges = {c.reference: c for c in SandboxCharge.objects.filter(reference__in=known)}
    found = [problem for checkout in checkouts
             for problem in _attempt_problems(checkout, attempts[checkout.pk], charges)]
    every = set(PaymentAttempt.objects.values_list("provider_reference", flat=True))
    orphans = SandboxCharge.objects.exclude(reference__in=every).count()
    return found + ([f"{orphans} processor charge(s) without a payment attempt"]
                    if orphans else [])


def keys_split(plan: dict) -> list[str]:
    """Each buyer sent one Idempotency-Key (always the same): at most one checkout each."""
    from caravan.checkout.models import Checkout

    counts = Counter(Checkout.objects.filter(buyer_id__in=plan["buyer_ids"])
                     .values_list("buyer_id", flat=True))
    return [f"buyer {buyer}: {n} checkouts for one key" for buyer, n in counts.items() if n > 1]


def stock_drift(plan: dict) -> list[str]:
    """Units on sale plus units in live orders make the stock the test started with."""
    from caravan.catalog.models import Sku
    from caravan.order.models import OrderLine

    taken = Counter()
    for sku_id, quantity in (OrderLine.objects.filter(sku_id__in=[int(s) for s in plan["stock"]])
                             .exclude(order__status__in=STOCK_RETURNED)
                             .values_list("sku_id", "quantity")):
        taken[sku_id] += quantity
    found = []
    for sku_id, stock in Sku.objects.filter(pk__in=taken.keys() | {int(s) for s in plan["stock"]}
                                            ).values_list("pk", "stock"):
        if stock + taken[sku_id] != plan["stock"][str(sku_id)]:
            found.append(f"sku {sku_id}: {stock} on sale + {taken[sku_id]} sold != "
                         f"{plan['stock'][str(sku_id)]}")
    return found


def _expected_messages(plan: dict) -> Counter:
    """(topic, object id) -> how many outbox rows the recorded facts call for."""
    from caravan.fulfilment.models import Shipment
    from caravan.order.models import CancellationRequest
    from caravan.payout.models import FundsRelease, Withdrawal

    orders = {order.pk: order for order in _orders(plan)}
    want = Counter()
    for order_id in Shipment.objects.filter(order_id__in=orders).values_list("order_id",
                                                                            flat=True):
        want["order.shipped", order_id] += 1
    for order in orders.values():
        want["order.completed", order.pk] += order.completed_at is not None
    for order_id, status in CancellationRequest.objects.filter(
            order_id__in=orders).values_list("order_id", "status"):
        want["order.cancellation_requested", order_id] += 1
        want["order.cancellation_decided", order_id] += status != "requested"
    for order_id in FundsRelease.objects.filter(order_id__in=orders, released_amount__gt=0
                                                ).values_list("order_id", flat=True):
        want["payout.funds_available", order_id] += 1
    for pk, status in Withdrawal.objects.filter(status__in=("paid", "failed")).values_list(
            "pk", "status"):
        want[f"payout.withdrawal_{status}", pk] += 1
    return +want


def outbox_lost(plan: dict) -> list[str]:
    """Every fact that reports itself through the outbox has its row, once; every row some
    app handles has been delivered (after the final drain)."""
    from caravan.core.outbox import HANDLERS, OutboxMessage

    want = _expected_messages(plan)
    topics = {topic for topic, _id in want}
    have = Counter()
    for topic, payload in OutboxMessage.objects.filter(topic__in=topics).values_list(
            "topic", "payload"):
        have[topic, payload.get("withdrawal_id") or payload.get("order_id")] += 1
    found = [f"{topic} for {pk}: {have[topic, pk]} row(s), expected {n}"
             for (topic, pk), n in sorted(want.items()) if have[topic, pk] != n]
    stuck = OutboxMessage.objects.filter(delivered_at=None, topic__in=list(HANDLERS))
    return found + [f"outbox message {pk} ({topic}) never delivered"
                    for pk, topic in stuck.values_list("pk", "topic")]


def withdrawals_unsettled(plan: dict) -> list[str]:
    """After the drain every withdrawal is paid or failed, its ledger moves made once."""
    from caravan.ledger.models import Transfer
    from caravan.payout.models import Withdrawal

    moves = Counter(Transfer.objects.filter(ref_type="withdrawal").values_list("ref_id",
                                                                            flat=True))
    want = {"paid": 2, "failed": 2}
    return [f"withdrawal {pk} is {status} with {moves[pk]} ledger move(s)"
            for pk, status in Withdrawal.objects.values_list("pk", "status")
            if want.get(status) != moves[pk]]


def checkouts_stalled(plan: dict) -> list[str]:
    """No checkout is left half-way and no card authorisation is left hanging (a crash
    between authorising and capturing, and nobody retried)."""
    from caravan.checkout.models import Checkout
    from caravan.payment.models import PaymentAttempt

    placed = Checkout.objects.filter(buyer_id__in=plan["buyer_ids"], status="placed")
    hanging = PaymentAttempt.objects.filter(buyer_id__in=plan["buyer_ids"], status="authorised",
                                            needs_review=False)
    return ([f"checkout {pk} still placed" for pk in placed.values_list("pk", flat=True)]
            + [f"attempt {pk} authorised, never captured nor voided"
               for pk in hanging.values_list("pk", flat=True)])


CHECKS = {"escrow missing": escrow_missing, "charges doubled": charges_doubled,
          "one checkout per key": keys_split, "stock conserved": stock_drift,
          "outbox lost": outbox_lost, "withdrawals settled": withdrawals_unsettled,
          "checkouts left half-way": checkouts_stalled}


def violations(plan: dict) -> dict[str, dict]:
    """Invariant name -> {"count", "examples"}."""
    found = {name: check(plan) for name, check in CHECKS.items()}
    return {name: {"count": len(rows), "examples": rows[:SHOWN]} for name, rows in found.items()}
