"""`ledger_verify`: the ledger's invariants, checked from the rows (empty list when clean)."""

from collections import defaultdict

from django.apps import apps
from django.core.exceptions import FieldError
from django.db.models import Count, F, Q, Sum

from caravan.core.money import Money

from .constants import ORDER_REF, POSTING_KINDS, SETTLE_KINDS, TransferKind
from .models import Account, Transfer
from .selectors import ESCROW

# Orders in these states have been paid and not yet released or refunded in full.
HOLDING_STATUSES = ("paid", "shipped", "delivered")
SHOWN = 50  # breaches listed one by one; past these they are counted


def _sums(queryset, side: str) -> dict[int, int]:
    rows = queryset.values(side).annotate(total=Sum("amount")).order_by()
    return {row[side]: row["total"] for row in rows}


def _open_pending():
    return Transfer.objects.filter(kind=TransferKind.PENDING, settlements__isnull=True)


def _balanced() -> list[str]:
    breaches = []
    totals = Account.objects.values("currency").order_by().annotate(
        dp=Sum("debits_posted"), cp=Sum("credits_posted"),
        dq=Sum("debits_pending"), cq=Sum("credits_pending"))
    for row in totals:
        if row["dp"] != row["cp"]:
            breaches.append(f"{row['currency']}: accounts' posted debits {row['dp']} != "
                            f"credits {row['cp']}")
        if row["dq"] != row["cq"]:
            breaches.append(f"{row['currency']}: accounts' pending debits {row['dq']} != "
                            f"credits {row['cq']}")
    for label, transfers in (("posted", Transfer.objects.filter(kind__in=POSTING_KINDS)),
                             ("pending", _open_pending())):
        debits = _sums(transfers, "debit__currency")
        credits = _sums(transfers, "credit__currency")
        for currency in sorted(debits.keys() | credits.keys()):
            if debits.get(currency, 0) != credits.get(currency, 0):
                breaches.append(f"{currency}: {label} transfers debit {debits.get(currency, 0)}"
                                f" but credit {credits.get(currency, 0)}")
    mixed = Transfer.objects.filter(~Q(currency=F("debit__currency"))
                                    | ~Q(currency=F("credit__currency")))
    breaches += [f"transfer {pk} mixes currencies" for pk in mixed.values_list("pk", flat=True)]
    return breaches


def _running_totals() -> list[str]:
    posted = Transfer.objects.filter(kind__in=POSTING_KINDS)
    expected = {
        "debits_posted": _sums(posted, "debit_id"),
        "credits_posted": _sums(posted, "credit_id"),
        "debits_pending": _sums(_open_pending(), "debit_id"),
        "credits_pending": _sums(_open_pending(), "credit_id"),
    }
    breaches = []
    for account in Account.objects.order_by("pk"):
        for total, sums in expected.items():
            if getattr(account, total) != sums.get(account.pk, 0):
                breaches.append(f"{account}: {total} is {getattr(account, total)}, its "
                                f"transfers sum to {sums.get(account.pk, 0)}")
    negative = Account.objects.filter(
        no_negative=True, credits_posted__lt=F("debits_posted") + F("debits_pending"))
    breaches += [f"{account}: below zero ({account.available})" for account in negative]
    return breaches


def _keys_and_settles() -> list[str]:
    duplicated = (Transfer.objects.values("idempotency_key").order_by()
                  .annotate(n=Count("id")).filter(n__gt=1))
    breaches = [f"idempotency key {row['idempotency_key']!r} used {row['n']} times"
                for row in duplicated]
    twice = (Transfer.objects.filter(pending__isnull=False).values("pending_id").order_by()
             .annotate(n=Count("id")).filter(n__gt=1))
    breaches += [f"pending transfer {row['pending_id']} settled {row['n']} times"
                 for row in twice]
    wrong = Transfer.objects.filter(kind__in=SETTLE_KINDS).filter(
        ~Q(pending__kind=TransferKind.PENDING) | ~Q(debit=F("pending__debit"))
        | ~Q(credit=F("pending__credit")) | ~Q(currency=F("pending__currency"))
        | ~Q(ref_type=F("pending__ref_type")) | ~Q(ref_id=F("pending__ref_id"))
        | Q(amount__gt=F("pending__amount"))
        | Q(kind=TransferKind.VOID_PENDING) & ~Q(amount=F("pending__amount")))
    breaches += [f"transfer {pk} does not settle its pending transfer {pending}"
                 for pk, pending in wrong.values_list("pk", "pending_id")]
    return breaches


def _orders_expecting_holds() -> dict[int, Money] | str | None:
    if not apps.is_installed("caravan.order"):
        return None
    try:
        order_model = apps.get_model("order", "Order")
    except LookupError:
        return None
    try:
        rows = order_model.objects.filter(status__in=HOLDING_STATUSES).values_list(
            "id", "settlement_total", "settlement_refunded", "settlement_currency")
        # What is still held is what was paid less what was refunded before release.
        return {order_id: Money(total - refunded, currency)
                for order_id, total, refunded, currency in rows}
    except (FieldError, ValueError, TypeError) as exc:
        return f"order holds not checked: {exc}"


def _holds(expected: dict[int, Money] | None) -> list[str]:
    if expected is None:
        expected = _orders_expecting_holds()
        if not isinstance(expected, dict):
            return [expected] if expected else []
    open_holds = (_open_pending().filter(ref_type=ORDER_REF, debit__code=ESCROW)
                  .values("ref_id", "currency").order_by()
                  .annotate(total=Sum("amount"), n=Count("id")))
    held = defaultdict(list)
    for row in open_holds:
        held[row["ref_id"]].append(row)
    breaches = []
    for order_id, want in sorted(expected.items()):
        rows = held.get(order_id, [])
        found = [Money(row["total"], row["currency"]) for row in rows]
        if want.amount == 0 and not rows:
            continue
        if len(rows) != 1 or rows[0]["n"] != 1 or found[0] != want:
            shown = ", ".join(f"{m.amount} {m.currency}" for m in found) or "nothing"
            breaches.append(f"order {order_id}: escrow holds {shown} in "
                            f"{sum(row['n'] for row in rows)} hold(s), expected "
                            f"{want.amount} {want.currency}")
    return breaches


def _shorten(breaches: list[str]) -> list[str]:
    return breaches if len(breaches) <= SHOWN else [
        *breaches[:SHOWN], f"... and {len(breaches) - SHOWN} more breaches"]


def ledger_verify(*, expected_holds: dict[int, Money] | None = None) -> list[str]:
    """Human-readable breaches of the ledger's invariants; an empty list means clean.

    `expected_holds` maps order ids to the hold each must have open (zero: none); by default
    the paid, shipped and delivered orders of the `order` app, when it is installed.
    """
    return _shorten([*_balanced(), *_running_totals(), *_keys_and_settles(),
                     *_holds(expected_holds)])
