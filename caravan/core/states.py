"""State machines as data: one guard applies a move from a transition table and records it."""

from collections.abc import Mapping

from django.db import models, transaction

from caravan.core import clock
from caravan.core.errors import IllegalTransition

Table = Mapping[str, frozenset[str]]


@transaction.atomic
def transition(obj: models.Model, *, to: str, table: Table, event_model: type[models.Model],
               actor=None, reason: str = "", field: str = "status", **event_fields):
    """Move `obj.<field>` to `to` if the table allows it from its stored value.

    The update is conditional on the value read, so two concurrent moves cannot both succeed;
    the loser gets IllegalTransition like any other refused move.
    """
    current = getattr(obj, field)
    if to not in table.get(current, frozenset()):
        raise IllegalTransition(f"Cannot move from {current} to {to}.")
    model = type(obj)
    now = clock.now()
    moved = model.objects.filter(pk=obj.pk, **{field: current}).update(**{field: to},
                                                                       updated_at=now)
    if not moved:
        raise IllegalTransition(f"The {model._meta.verbose_name} changed meanwhile; reload it.")
    setattr(obj, field, to)
    obj.updated_at = now
    return event_model.objects.create(
        from_status=current, to_status=to, actor=actor, reason=reason[:500], created_at=now,
        **event_fields,
    )
