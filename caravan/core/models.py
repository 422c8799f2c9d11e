from typing import TypeVar

from django.conf import settings
from django.db import models

from caravan.core import clock
from caravan.core.errors import DomainError, NotFound

M = TypeVar("M", bound=models.Model)


def locked(instance: M, missing: str, error: type[DomainError] = NotFound) -> M:
    """`instance` read again under a row lock, inside the caller's transaction. A request reads
    its object before it writes; meanwhile another may have deleted it (a plain save would then
    insert it again) or changed it."""
    fresh = type(instance)._default_manager.select_for_update().filter(pk=instance.pk).first()
    if fresh is None:
        raise error(missing)
    return fresh


class BaseModel(models.Model):
    created_at = models.DateTimeField(default=clock.now, editable=False)
    updated_at = models.DateTimeField(default=clock.now)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.updated_at = clock.now()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "updated_at"}
        super().save(*args, **kwargs)


class StatusEvent(models.Model):
    """One recorded move of a status: who, when, from, to, why (written by core.states)."""

    from_status = models.CharField(max_length=24)
    to_status = models.CharField(max_length=24)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        abstract = True
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.from_status} -> {self.to_status}"


from caravan.core.outbox import OutboxMessage  # noqa: E402,F401  (registered with the core app)
from caravan.core.ratestore import RateCounter  # noqa: E402,F401  (registered with the core app)
