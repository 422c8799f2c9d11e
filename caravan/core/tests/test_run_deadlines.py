from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_run_deadlines_reports_each_sweep():
    out = StringIO()
    call_command("run_deadlines", now="2030-01-01T00:00:00Z", stdout=out)
    assert "unpaid orders closed: 0" in out.getvalue()


def test_run_deadlines_refuses_a_bad_time():
    with pytest.raises(CommandError):
        call_command("run_deadlines", now="tomorrow")
