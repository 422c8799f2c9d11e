from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from caravan.core import clock
from caravan.core.ratelimit import (
    Rate,
    RateLimited,
    attempt_count,
    attempt_forgive,
    attempts_clear,
    client_ip,
    counters_prune,
    parse_rate,
)
from caravan.core.ratestore import RateCounter
from caravan.core.testing import in_threads, rate_limits_on

pytestmark = pytest.mark.django_db

START = "2030-03-01 10:00:30Z"  # 30 s into a minute: one-minute windows end 30 s later


@pytest.fixture(params=["database", "cache"])
def store(request, settings):
    rate_limits_on(settings, store=request.param,
                   checkout={"account": "3/m", "ip": "5/m"})
    return request.param


def tries(count: int, **keys) -> list[str]:
    """Answer "ok" or "refused" for each of `count` attempts."""
    answers = []
    for _ in range(count):
        try:
            attempt_count(scope="checkout", **keys)
            answers.append("ok")
        except RateLimited:
            answers.append("refused")
    return answers


@pytest.mark.parametrize(("text", "rate"), [
    ("10/15m", Rate(10, 900)), ("60/m", Rate(60, 60)), ("500/1h", Rate(500, 3600)),
    ("5/30s", Rate(5, 30)), ("2/d", Rate(2, 86400)), ("off", None), ("", None), ("0", None),
])
def test_rates_are_read_from_settings_text(text, rate):
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["10", "10/15x", "ten/m", "-1/m", "1/0m"])
def test_a_bad_rate_is_a_configuration_error(text):
    with pytest.raises(ImproperlyConfigured):
        parse_rate(text)


@time_machine.travel(START, tick=False)
def test_an_account_is_refused_after_its_limit_and_others_are_not(store):
    assert tries(4, account=1) == ["ok", "ok", "ok", "refused"]
    # another account from no address, and the first one's address, are still fine
    assert tries(1, account=2) == ["ok"]
    assert tries(1, ip="203.0.113.9") == ["ok"]


@time_machine.travel(START, tick=False)
def test_an_address_is_refused_after_its_limit_whatever_the_account(store):
    answers = [tries(1, account=n, ip="203.0.113.9")[0] for n in range(7)]
    assert answers == ["ok"] * 5 + ["refused"] * 2
    assert tries(1, account=99, ip="203.0.113.10") == ["ok"]


@time_machine.travel(START, tick=False)
def test_a_refusal_says_when_to_come_back(store):
    tries(3, account=1)
    with pytest.raises(RateLimited) as refused:
        attempt_count(scope="checkout", account=1)
    assert refused.value.status == 429 and refused.value.code == "rate_limited"
    assert refused.value.retry_after == 30
    assert refused.value.headers == {"Retry-After": "30"}
    assert "30 seconds" in refused.value.message


def test_the_limit_is_lifted_when_its_window_ends(store):
    with time_machine.travel(START, tick=False) as traveller:
        assert tries(4, account=1)[-1] == "refused"
        traveller.shift(timedelta(seconds=29))
        assert tries(1, account=1) == ["refused"]
        traveller.shift(timedelta(seconds=1))
        assert tries(3, account=1) == ["ok", "ok", "ok"]


@time_machine.travel(START, tick=False)
def test_a_forgiven_attempt_does_not_count(store):
    for _ in range(10):
        attempt_forgive(attempt_count(scope="checkout", account=1))
    assert tries(3, account=1) == ["ok", "ok", "ok"]


@time_machine.travel(START, tick=False)
def test_clearing_lifts_an_accounts_limit_but_not_its_addresss(store):
    tries(3, account=1, ip="203.0.113.9")
    attempts_clear(scope="checkout", account=1)
    assert tries(2, account=1, ip="203.0.113.9") == ["ok", "ok"]
    assert tries(1, account=1, ip="203.0.113.9") == ["refused"]  # the address: 6 > 5


def test_limits_off_count_nothing_and_ask_nothing(settings, django_assert_num_queries):
    rate_limits_on(settings, checkout={"account": "1/m", "ip": "off"})
    settings.RATE_LIMITS_ENABLED = False
    with django_assert_num_queries(0):
        assert tries(3, account=1, ip="203.0.113.9") == ["ok"] * 3


def test_the_database_store_costs_one_statement_per_attempt(settings,
                                                            django_assert_num_queries):
    rate_limits_on(settings, store="database", checkout={"account": "3/m", "ip": "5/m"})
    with django_assert_num_queries(1):
        attempt_count(scope="checkout", account=1, ip="203.0.113.9")
    counters = {c.bucket.split(":")[1]: c.hits for c in RateCounter.objects.all()}
    assert counters == {"account": 1, "ip": 1}
    # neither the e-mail nor the address is stored as such
    assert not RateCounter.objects.filter(bucket__contains="203.0.113.9").exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_attempts_never_pass_more_than_the_limit(settings):
    rate_limits_on(settings, store="database", checkout={"account": "5/h", "ip": "off"})
    results, refusals = in_threads(12, lambda i: attempt_count(scope="checkout", account=7))
    assert (len(results), refusals) == (5, ["rate_limited"] * 7)


def test_prune_deletes_only_the_windows_that_have_ended(settings):
    rate_limits_on(settings, store="database", checkout={"account": "3/m", "ip": "off"})
    with time_machine.travel(START, tick=False) as traveller:
        attempt_count(scope="checkout", account=1)
        traveller.shift(timedelta(minutes=2))
        attempt_count(scope="checkout", account=1)
        assert counters_prune() == 1
        assert list(RateCounter.objects.values_list("window_start", flat=True)) == [
            int(clock.now().timestamp()) // 60 * 60]


def request_from(remote: str, forwarded: str | None = None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_the_client_is_the_peer_when_no_proxy_is_trusted(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request_from("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


def test_forwarded_hops_are_read_from_the_right_past_trusted_proxies(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "127.0.0.1"]
    # the client wrote the left-most hop itself; our proxies appended the rest
    request = request_from("127.0.0.1", "1.2.3.4, 203.0.113.1, 10.1.1.1")
    assert client_ip(request) == "203.0.113.1"
    assert client_ip(request_from("198.51.100.7", "203.0.113.1")) == "198.51.100.7"
    assert client_ip(request_from("127.0.0.1")) == "127.0.0.1"


def test_ipv6_clients_count_per_64_network(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request_from("2001:db8:1:2:aaaa::1")) == "2001:db8:1:2::"
    assert client_ip(request_from("::ffff:198.51.100.7")) == "198.51.100.7"
