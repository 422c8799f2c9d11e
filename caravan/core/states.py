"""State machines as data: one guard applies a move from a transition table and records it."""

from collections.abc import Mapping

from django.db import models, transaction

from caravan.core import clock
from caravan.core.errors import IllegalTransition

Table = Mapping[str, frozenset[str]]


@transaction.atomic
def transition(obj: models.Model, *, to: str, table: Table, event_model: type[models.Model],
               actor=None, reason: str = "", field: str = "status",
               changes: dict | None = None, **event_fields):
    """Move `obj.<field>` to `to` if the table allows it from its stored value, writing
    `changes` (other fields that go with the move) in the same statement.

    The update is conditional on the value read, so two concurrent moves cannot both succeed;
    the loser gets IllegalTransition like any other refused move.
    """
    current = getattr(obj, field)
    if to not in table.get(current, frozenset()):
        raise IllegalTransition(f"Cannot move from {current} to {to}.")
    model = type(obj)
    now = clock.now()
    changes = {**(changes or {}), field: to}
    moved = model.objects.filter(pk=obj.pk, **{field: current}).update(**changes,
                                                                       updated_at=now)
    if not moved:
        raise IllegalTransition(f"The {model._meta.verbose_name} changed meanwhile; reload it.")
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.updated_at = now
    return event_model.objects.create(
        from_status=current, to_status=to, actor=actor, reason=reason[:500], created_at=now,
        **event_fields,
    )
