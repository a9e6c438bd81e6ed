"""Working-day calendars: holidays package, weekends, subdivisions, custom closures, laziness."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from breachmodel.clocks import (
    CustomCalendar,
    HolidayCalendar,
    WeekdayCalendar,
    WorkingDayCalendar,
    add_working_days,
    roll_forward,
)
from breachmodel.errors import CalendarError


def test_us_federal_holidays_and_weekends() -> None:
    us = HolidayCalendar("US")
    assert not us.is_working_day(date(2024, 11, 11))  # Veterans Day (Monday)
    assert not us.is_working_day(date(2024, 11, 9))  # Saturday
    assert us.is_working_day(date(2024, 11, 12))
    # New Year's Day 2022 was a Saturday, observed on Friday 31 Dec 2021.
    assert not us.is_working_day(date(2021, 12, 31))
    assert HolidayCalendar("US", observed=False).is_working_day(date(2021, 12, 31))


def test_weekend_comes_from_the_country_definition() -> None:
    # Saudi Arabia's weekend is Friday-Saturday.
    sa = HolidayCalendar("SA")
    assert not sa.is_working_day(date(2024, 11, 8))  # Friday
    assert not sa.is_working_day(date(2024, 11, 9))  # Saturday
    assert sa.is_working_day(date(2024, 11, 10))  # Sunday


def test_subdivisions_add_their_holidays() -> None:
    # Epiphany (6 Jan) is a public holiday in Bavaria, not in Berlin.
    assert not HolidayCalendar("DE", "BY").is_working_day(date(2025, 1, 6))
    assert HolidayCalendar("DE", "BE").is_working_day(date(2025, 1, 6))
    assert HolidayCalendar("DE", "BY").name == "DE-BY"


def test_brazil_carnival_is_a_working_day_unless_optional_holidays_are_asked_for() -> None:
    carnival = date(2024, 2, 13)
    assert HolidayCalendar("BR").is_working_day(carnival)
    assert not HolidayCalendar("BR", categories=("public", "optional")).is_working_day(carnival)


def test_unknown_country_is_refused_with_a_fix() -> None:
    with pytest.raises(CalendarError, match=r"unknown country 'XX'.*ISO 3166-1"):
        HolidayCalendar("XX").is_working_day(date(2024, 1, 2))
    with pytest.raises(CalendarError, match="unknown country"):
        HolidayCalendar("XX").validate()


def test_unknown_subdivision_is_refused_with_the_valid_codes() -> None:
    with pytest.raises(CalendarError, match=r"unknown subdivision 'ZZ' for country 'US'.*VT"):
        HolidayCalendar("US", "ZZ").validate()


def test_unknown_category_is_refused() -> None:
    with pytest.raises(CalendarError, match=r"unknown holiday categories \['bogus'\]"):
        HolidayCalendar("US", categories=("bogus",)).validate()


def test_holiday_calendar_is_cached_and_hashable() -> None:
    cal = HolidayCalendar("FR")
    assert cal.validate() is cal
    first = cal.non_working_days(2024)
    assert cal.non_working_days(2024) is first  # built once, then cached
    assert date(2024, 7, 14) in first  # Bastille Day (a Sunday in 2024)
    assert date(2024, 4, 1) in first  # Easter Monday
    assert {cal: 1}[HolidayCalendar("FR")] == 1
    assert isinstance(cal, WorkingDayCalendar)


def test_custom_calendar_adds_closures_and_working_days() -> None:
    base = HolidayCalendar("FR")
    acme = CustomCalendar(
        base=base,
        name="ACME France",
        closures=[date(2024, 12, 24)],
        extra_working_days=[date(2024, 11, 11)],
    )
    assert not acme.is_working_day(date(2024, 12, 24))
    assert acme.is_working_day(date(2024, 11, 11))  # Armistice Day, worked at ACME
    assert not acme.is_working_day(date(2024, 12, 25))  # from the base calendar
    assert isinstance(acme, WorkingDayCalendar)
    with pytest.raises(CalendarError, match="both a closure and an extra working day"):
        CustomCalendar(
            base=base,
            name="bad",
            closures=[date(2024, 1, 2)],
            extra_working_days=[date(2024, 1, 2)],
        )


def test_weekday_calendar_and_helpers() -> None:
    weekdays = WeekdayCalendar()
    assert roll_forward(date(2024, 11, 9), weekdays) == date(2024, 11, 11)
    assert add_working_days(date(2024, 11, 8), 1, weekdays) == date(2024, 11, 11)
    with pytest.raises(CalendarError, match="not all seven"):
        WeekdayCalendar(weekend=range(7))


def test_a_calendar_without_working_days_is_reported() -> None:
    closed = CustomCalendar(
        base=WeekdayCalendar(weekend={0, 1, 2, 3, 4, 5}),
        name="always closed",
        closures=[date(2024, 1, 7) + (date(2024, 1, 14) - date(2024, 1, 7)) * i for i in range(60)],
    )
    with pytest.raises(CalendarError, match="no working day"):
        add_working_days(date(2024, 1, 1), 1, closed)


def test_importing_the_clocks_does_not_import_holidays() -> None:
    code = (
        "import sys\n"
        "import breachmodel.clocks\n"
        "from breachmodel.clocks import HolidayCalendar\n"
        "cal = HolidayCalendar('BR')\n"
        "assert 'holidays' not in sys.modules, 'holidays imported too early'\n"
        "import datetime\n"
        "cal.is_working_day(datetime.date(2024, 2, 13))\n"
        "assert 'holidays' in sys.modules\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_country_codes_are_checked_against_the_packages_own_list() -> None:
    import holidays

    from breachmodel.clocks._calendars import _country_codes

    assert _country_codes() == set(holidays.list_supported_countries(include_aliases=True))
    assert HolidayCalendar("UK").validate().country == "UK"  # an alias of GB
    for not_a_country in ("HolidayBase", "utils", "us"):
        with pytest.raises(CalendarError, match="unknown country"):
            HolidayCalendar(not_a_country).validate()
