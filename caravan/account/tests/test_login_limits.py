import re
from datetime import timedelta

import pytest
import time_machine
from django.test import Client

from caravan.account.models import ApiToken
from caravan.core.testing import TEST_PASSWORD, rate_limits_on

pytestmark = pytest.mark.django_db

START = "2030-03-01 10:00:00Z"


@pytest.fixture(params=["database", "cache"])
def limits(request, settings):
    rate_limits_on(settings, store=request.param, login={"account": "3/15m", "ip": "5/15m"})


def token(email, password="wrong-password-1", ip="198.51.100.7"):
    return Client(REMOTE_ADDR=ip).post("/api/auth/token", {"email": email, "password": password},
                                       content_type="application/json")


@time_machine.travel(START, tick=False)
def test_failed_logins_to_one_account_are_refused_after_the_limit(limits, buyer):
    answers = [token(buyer.email).status_code for _ in range(4)]
    assert answers == [401, 401, 401, 429]
    # even the right password is not checked while the account is limited
    refused = token(buyer.email, TEST_PASSWORD)
    assert refused.status_code == 429
    assert refused.json() == {"code": "rate_limited", "fields": {},
                              "message": "Too many log-in attempts. Please try again in "
                                         "15 minutes."}
    assert refused["Retry-After"] == "900"
    assert not ApiToken.objects.exists()


def test_the_account_may_log_in_again_when_the_window_ends(limits, buyer):
    with time_machine.travel(START, tick=False) as traveller:
        for _ in range(4):
            token(buyer.email)
        traveller.shift(timedelta(minutes=15))
        assert token(buyer.email, TEST_PASSWORD).status_code == 200


@time_machine.travel(START, tick=False)
def test_successful_logins_do_not_count(limits, buyer):
    assert {token(buyer.email, TEST_PASSWORD).status_code for _ in range(8)} == {200}
    assert [token(buyer.email).status_code for _ in range(4)] == [401, 401, 401, 429]


@time_machine.travel(START, tick=False)
def test_one_address_trying_many_accounts_is_refused_but_not_others(limits, buyer):
    answers = [token(f"guess{n}@example.test").status_code for n in range(6)]
    assert answers == [401] * 5 + [429]
    assert token(buyer.email, TEST_PASSWORD).status_code == 429
    # the account itself is not locked for its owner elsewhere
    assert token(buyer.email, TEST_PASSWORD, ip="203.0.113.50").status_code == 200


@time_machine.travel(START, tick=False)
def test_the_login_page_shares_the_limit_and_says_so_kindly(limits, buyer):
    for _ in range(2):
        assert token(buyer.email).status_code == 401
    page = Client(REMOTE_ADDR="203.0.113.50")
    form = {"login": buyer.email, "password": "wrong-password-1"}
    assert "Too many" not in page.post("/accounts/login/", form).content.decode()
    refused = page.post("/accounts/login/", {**form, "password": TEST_PASSWORD})
    assert "Too many log-in attempts. Please try again in 15 minutes." in \
        refused.content.decode()
    assert "_auth_user_id" not in page.session
    assert token(buyer.email, TEST_PASSWORD).status_code == 429


@time_machine.travel(START, tick=False)
def test_a_right_password_on_the_page_does_not_count(limits, buyer):
    page = Client(REMOTE_ADDR="203.0.113.50")
    for _ in range(5):
        done = page.post("/accounts/login/", {"login": buyer.email, "password": TEST_PASSWORD})
        assert done.status_code == 302
        page.logout()
    assert [token(buyer.email).status_code for _ in range(4)] == [401, 401, 401, 429]


@time_machine.travel(START, tick=False)
def test_a_password_reset_lifts_the_limit_of_the_account(limits, buyer, mailoutbox):
    for _ in range(4):
        token(buyer.email)
    assert token(buyer.email, TEST_PASSWORD).status_code == 429
    # the owner resets the password through the e-mailed link
    page = Client(REMOTE_ADDR="203.0.113.50")
    assert page.post("/accounts/password/reset/", {"email": buyer.email}).status_code == 302
    link = re.search(r"https?://[^/]+(/accounts/password/reset/key/\S+)",
                     mailoutbox[0].body).group(1)
    form = page.get(link, follow=True)
    new = "another-long-password-77"
    done = page.post(form.redirect_chain[-1][0], {"password1": new, "password2": new})
    assert done.status_code == 302
    # (the address's own limit stays: 5 attempts were made from it)
    assert token(buyer.email, new, ip="203.0.113.60").status_code == 200
