"""Two tiers for entries whose key changes whenever their content does.

An entry under such a key is never replaced by another, so a process may keep its own copy: a
warm read is then a local-memory look-up instead of a round trip to the shared cache (Redis).
Without Redis both tiers are the same local-memory store and the second look-up never runs.
"""

from collections.abc import Callable
from typing import Any

from django.core.cache import cache, caches


def keyed_entry(key: str, build: Callable[[], Any], timeout: int) -> Any:
    """The entry under `key`: from this process, then the shared cache, else built and kept.

    Every caller gets its own copy (both tiers unpickle on read), so it may change what it gets.
    """
    local = caches["local"]
    entry = local.get(key)
    if entry is not None:
        return entry
    entry = cache.get(key)
    if entry is None:
        entry = build()
        cache.set(key, entry, timeout)
    local.set(key, entry, timeout)
    return entry
