"""Working days of the settlement calendar (`SETTLEMENT_CALENDAR`: CN, HK or US).

A working day is a Monday to Friday that is not a public holiday of the calendar's country,
or a weekend day the government declared a working day. Public holidays and those adjusted
working weekends come from the `holidays` package: for mainland China it knows the State
Council's published schedule (e.g. National Day 2026: 1-7 October off, Saturday 10 October
worked; Spring Festival 2026: Saturday 14 February worked), and for years not yet published it
computes the holidays by rule without adjusted weekends, so keep the package current.
Saturdays count as weekend everywhere, although `holidays` treats Saturday as a working day in
Hong Kong: banks there do not settle on Saturdays.
"""

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from .constants import CALENDAR_ZONES


@lru_cache(maxsize=32)
def _calendar(country: str, year: int) -> holidays.HolidayBase:
    # Two years, so counting across New Year stays inside one table (nothing is populated on
    # lookup, which keeps the cached table safe to share between threads).
    return holidays.country_holidays(country, years=(year, year + 1), expand=False)


def is_working_day(day: date, *, country: str) -> bool:
    table = _calendar(country, day.year)
    if day in table.weekend_workdays:
        return True
    return day.weekday() < 5 and day not in table


def add_working_days(moment: datetime, *, days: int, country: str) -> datetime:
    """The same local time of day, `days` working days after `moment`'s local date."""
    zone = ZoneInfo(CALENDAR_ZONES[country])
    local = moment.astimezone(zone)
    day, counted = local.date(), 0
    while counted < days:
        day += timedelta(days=1)
        counted += is_working_day(day, country=country)
    return datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=zone)
