"""Test-wide settings: fast password hashing, background tasks inline, an isolated cache."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _tasks_inline():
    """Background tasks run at once, in memory: tests see their effects without a worker."""
    from huey.contrib.djhuey import HUEY

    HUEY.immediate = True
    yield
    HUEY.immediate = False


@pytest.fixture(autouse=True)
def _fast_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tests log in and check out many times from one address; the limits' own tests enable them.
    settings.RATE_LIMITS_ENABLED = False


@pytest.fixture(autouse=True)
def _english_first():
    """Each test starts in English, whatever language an earlier one switched to."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import caches

    for name in ("default", "local"):
        caches[name].clear()
    yield


@pytest.fixture
def buyer(db):
    from caravan.account.tests.factories import BuyerFactory

    return BuyerFactory(country="DE")


@pytest.fixture
def seller(db):
    from caravan.seller.tests.factories import ShopFactory

    return ShopFactory().owner


@pytest.fixture
def operator(db):
    from caravan.account.tests.factories import OperatorFactory

    return OperatorFactory()


@pytest.fixture
def api():
    """Build an API client, optionally authenticated as a user: api(user)."""
    from caravan.core.testing import ApiClient

    return ApiClient
