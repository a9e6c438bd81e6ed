"""Bad arguments to the clocks raise BreachModelError subclasses with clear messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from breachmodel import assess
from breachmodel.clocks import (
    CalendarDays,
    Elapsed,
    HolidayCalendar,
    Hours,
    Months,
    WorkingDays,
    zone,
)
from breachmodel.errors import (
    AmbiguousLocalTimeError,
    BreachModelError,
    CalendarError,
    InvalidRuleError,
    NonexistentLocalTimeError,
    OutOfRangeError,
    UnknownTimeZoneError,
)
from breachmodel.model import Incident, Organisation
from breachmodel.model.timeline import Timeline

PARIS = ZoneInfo("Europe/Paris")


def _bad(value: object) -> Any:
    """A value of the wrong type, passed on as a careless caller would."""
    return value


@pytest.mark.parametrize(
    ("make", "error", "fragment"),
    [
        (lambda: HolidayCalendar(_bad(None)), CalendarError, "must be a string such as 'FR'"),
        (lambda: HolidayCalendar("FR", _bad(7)), CalendarError, "subdivision must be a string"),
        (lambda: zone(["Europe/Paris"]), UnknownTimeZoneError, "not a string"),
        (lambda: Hours(n=0), InvalidRuleError, "from 1 to 10,000, got 0"),
        (lambda: Hours(n=_bad(72.0)), InvalidRuleError, "got 72.0 (float)"),
        (lambda: Hours(n=True), InvalidRuleError, "got True (bool)"),
        (lambda: WorkingDays(n=10**6), InvalidRuleError, "got 1000000"),
        (lambda: CalendarDays(n=-1), InvalidRuleError, "got -1"),
        (lambda: Months(n=_bad("3")), InvalidRuleError, "got '3' (str)"),
        (lambda: Elapsed(duration=timedelta.max), InvalidRuleError, "at most 10,000 hours"),
    ],
)
def test_bad_clock_arguments_raise_breachmodel_errors(
    make: Callable[[], object], error: type[BreachModelError], fragment: str
) -> None:
    with pytest.raises(error) as info:
        make()
    assert fragment in str(info.value)
    assert "Attribute(" not in str(info.value)  # no attrs internals


def test_years_past_the_holiday_data_are_refused() -> None:
    cal = HolidayCalendar("FR")
    assert cal.is_working_day(date(2100, 6, 1))  # a Tuesday, inside the data
    with pytest.raises(CalendarError, match=r"no holiday data for 2150 .* covers \d+ to 2100"):
        cal.is_working_day(date(2150, 6, 1))


@pytest.mark.parametrize(
    ("wall", "error"),
    [
        (datetime(2024, 3, 31, 2, 30, tzinfo=PARIS), NonexistentLocalTimeError),
        (datetime(2024, 10, 27, 2, 30, tzinfo=PARIS), AmbiguousLocalTimeError),
        (datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=PARIS), AmbiguousLocalTimeError),
    ],
)
def test_wall_times_in_a_gap_or_fold_are_refused(
    wall: datetime, error: type[BreachModelError]
) -> None:
    with pytest.raises(error, match="fixed UTC offset"):
        Timeline(controller_aware_at=wall)


def test_as_of_in_a_gap_is_refused_but_a_computed_fold_time_is_not() -> None:
    inc = Incident(id="X", controller=Organisation(id="c", name="C"))
    with pytest.raises(NonexistentLocalTimeError):
        assess(inc, as_of=datetime(2024, 3, 31, 2, 30, tzinfo=PARIS))
    # datetime.now(zone) and astimezone() set fold right: that instant is not a guess.
    computed = datetime(2024, 10, 27, 1, 30, tzinfo=UTC).astimezone(PARIS)
    assert computed.fold == 1
    assert assess(inc, as_of=computed).as_of == computed


def test_unambiguous_zone_times_and_fixed_offsets_pass() -> None:
    ok = datetime(2024, 10, 27, 4, 0, tzinfo=PARIS)
    assert Timeline(controller_aware_at=ok).controller_aware_at == ok
    fixed = datetime(2024, 10, 27, 2, 30, tzinfo=timezone(timedelta(hours=1)))
    assert Timeline(controller_aware_at=fixed).controller_aware_at == fixed


@pytest.mark.parametrize(
    "instant",
    [
        datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))),
        datetime(9999, 12, 31, 22, 0, tzinfo=UTC),
        datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=1))),
    ],
)
def test_instants_near_the_end_of_the_datetime_range_are_refused(instant: datetime) -> None:
    with pytest.raises(OutOfRangeError, match="outside the years 1000 to 8999"):
        Timeline(controller_aware_at=instant)
    inc = Incident(id="X", controller=Organisation(id="c", name="C"))
    with pytest.raises(OutOfRangeError):
        assess(inc, as_of=instant)
