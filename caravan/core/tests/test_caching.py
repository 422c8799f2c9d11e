"""core.caching: a process keeps its own copy of entries that never change under their key."""

import pytest
from django.core.cache import cache, caches

from caravan.core.caching import keyed_entry

SHARED_AND_LOCAL = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "shared"},
    "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
              "LOCATION": "process"},
}


class Builds:
    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1
        return {"built": self.count, "skus": [{"stock": None}]}


@pytest.fixture
def two_tiers(settings):
    settings.CACHES = SHARED_AND_LOCAL
    yield
    for name in SHARED_AND_LOCAL:
        caches[name].clear()


def test_an_entry_is_built_once_and_kept_in_both_tiers(two_tiers):
    build = Builds()
    assert keyed_entry("k", build, 60) == keyed_entry("k", build, 60) == {
        "built": 1, "skus": [{"stock": None}]}
    assert build.count == 1
    assert cache.get("k")["built"] == caches["local"].get("k")["built"] == 1


def test_a_warm_read_does_not_ask_the_shared_cache(two_tiers):
    keyed_entry("k", Builds(), 60)
    cache.delete("k")  # were the shared cache asked, this read would build again
    build = Builds()
    assert keyed_entry("k", build, 60)["built"] == 1 and build.count == 0


def test_another_process_finds_the_entry_in_the_shared_cache(two_tiers):
    keyed_entry("k", Builds(), 60)
    caches["local"].clear()  # a fresh process
    build = Builds()
    assert keyed_entry("k", build, 60)["built"] == 1 and build.count == 0


def test_each_caller_gets_its_own_copy(two_tiers):
    first = keyed_entry("k", Builds(), 60)
    first["skus"][0]["stock"] = 7  # as a view fills in the live stock
    assert keyed_entry("k", Builds(), 60)["skus"][0]["stock"] is None


def test_without_redis_both_tiers_are_one_store(settings):
    if settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        pytest.skip("the settings under test use Redis")
    keyed_entry("k", Builds(), 60)
    caches["local"].delete("k")
    assert cache.get("k") is None
