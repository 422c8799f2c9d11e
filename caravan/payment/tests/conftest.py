from datetime import timedelta

import pytest

from caravan.core import clock


@pytest.fixture
def old_buyer(db):
    """A buyer whose account is not new, so the new-account rule does not score."""
    from caravan.account.tests.factories import BuyerFactory

    return BuyerFactory(country="DE", date_joined=clock.now() - timedelta(days=400))
