"""Working days of the settlement calendar: weekends, public holidays, adjusted weekends."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from caravan.payout.workdays import add_working_days, is_working_day

SHANGHAI = ZoneInfo("Asia/Shanghai")


def cn(*args) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


def test_three_working_days_skip_the_weekend():
    # given a completion on Friday 6 March 2026, 10:00 in Shanghai
    # then Monday, Tuesday, Wednesday count: available Wednesday at the same time
    assert add_working_days(cn(2026, 3, 6, 10), days=3, country="CN") == cn(2026, 3, 11, 10)


def test_national_day_2026_with_its_adjusted_working_saturday():
    # given a completion on the eve of National Day (1-7 October 2026 off, Saturday 10 October
    # a working day by the State Council's schedule, which the holidays package knows)
    completed = cn(2026, 9, 30, 15, 30)
    # then Thursday 8, Friday 9 and Saturday 10 October are the three working days
    assert add_working_days(completed, days=3, country="CN") == cn(2026, 10, 10, 15, 30)
    assert not is_working_day(date(2026, 10, 5), country="CN")
    assert is_working_day(date(2026, 10, 10), country="CN")


def test_spring_festival_2026():
    # given a completion on Friday 13 February 2026: Saturday 14 February is worked, then
    # 15-23 February are off (Spring Festival, the weekend and a substituted Monday)
    completed = cn(2026, 2, 13, 9)
    assert add_working_days(completed, days=1, country="CN") == cn(2026, 2, 14, 9)
    assert add_working_days(completed, days=3, country="CN") == cn(2026, 2, 25, 9)
    assert add_working_days(completed, days=5, country="CN") == cn(2026, 2, 27, 9)


def test_the_day_is_the_calendars_local_day():
    # given 20:00 UTC on Friday 6 March, which is already Saturday 7 March in Shanghai
    completed = datetime(2026, 3, 6, 20, tzinfo=ZoneInfo("UTC"))
    # then the count starts after Saturday: Monday, Tuesday, Wednesday at 04:00 local
    assert add_working_days(completed, days=3, country="CN") == cn(2026, 3, 11, 4)


def test_counting_across_new_year():
    # 31 December 2026 (Thursday) counts, 1 January 2027 is a holiday, then the weekend
    assert add_working_days(cn(2026, 12, 30, 12), days=3, country="CN") == cn(2027, 1, 5, 12)


@pytest.mark.parametrize(("country", "completed", "available"), [
    # Hong Kong: Saturdays are not bank working days; Christmas and Boxing Day are holidays
    ("HK", datetime(2026, 12, 24, 10, tzinfo=ZoneInfo("Asia/Hong_Kong")),
     datetime(2026, 12, 30, 10, tzinfo=ZoneInfo("Asia/Hong_Kong"))),
    # United States: Thanksgiving, Thursday 26 November 2026
    ("US", datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("America/New_York")),
     datetime(2026, 12, 1, 10, tzinfo=ZoneInfo("America/New_York"))),
])
def test_other_calendars(country, completed, available):
    assert add_working_days(completed, days=3, country=country) == available


def test_zero_days_is_the_completion_itself():
    assert add_working_days(cn(2026, 10, 3, 8), days=0, country="CN") == cn(2026, 10, 3, 8)
