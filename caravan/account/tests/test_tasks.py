from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from caravan.account.models import ApiToken
from caravan.account.services import token_issue, token_revoke
from caravan.account.tasks import purge_api_tokens
from caravan.core.testing import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def test_purge_keeps_live_tokens_and_drops_old_dead_ones(buyer, settings):
    # given a revoked token, an expired one and a live one
    start = timezone.now()
    with time_machine.travel(start - settings.API_TOKEN_TTL - timedelta(days=10)):
        token_issue(email=buyer.email, password=TEST_PASSWORD)
    with time_machine.travel(start - timedelta(days=8)):
        _raw, revoked = token_issue(email=buyer.email, password=TEST_PASSWORD)
        token_revoke(token=revoked)
    _raw, live = token_issue(email=buyer.email, password=TEST_PASSWORD)
    # when the periodic task runs
    purge_api_tokens()
    # then only the live token remains
    assert list(ApiToken.objects.values_list("id", flat=True)) == [live.id]
