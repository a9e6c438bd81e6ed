"""Local wall times: DST gaps and folds are refused or resolved only by explicit choice."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from breachmodel.clocks import parse_local, zone
from breachmodel.errors import (
    AmbiguousLocalTimeError,
    BreachModelError,
    LocalTimeError,
    NonexistentLocalTimeError,
    UnknownTimeZoneError,
)


def test_ordinary_wall_time() -> None:
    result = parse_local("2024-03-29T19:00", "Europe/Paris")
    assert result.isoformat() == "2024-03-29T19:00:00+01:00"
    assert parse_local(datetime(2024, 3, 29, 19, 0), "Europe/Paris") == result  # noqa: DTZ001
    assert parse_local("2024-03-29 19:00:00", "Europe/Paris") == result


def test_nonexistent_wall_time_in_the_spring_gap() -> None:
    # Paris clocks jumped from 02:00 to 03:00 on 31 Mar 2024: 02:30 never happened.
    with pytest.raises(NonexistentLocalTimeError, match="on_nonexistent='shift_forward'"):
        parse_local("2024-03-31T02:30", "Europe/Paris")
    shifted = parse_local("2024-03-31T02:30", "Europe/Paris", on_nonexistent="shift_forward")
    assert shifted.isoformat() == "2024-03-31T03:30:00+02:00"
    assert shifted.astimezone(UTC) == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)


def test_ambiguous_wall_time_in_the_autumn_fold() -> None:
    # Paris clocks went back from 03:00 to 02:00 on 27 Oct 2024: 02:30 happened twice.
    with pytest.raises(AmbiguousLocalTimeError, match="on_ambiguous='earlier'"):
        parse_local("2024-10-27T02:30", "Europe/Paris")
    earlier = parse_local("2024-10-27T02:30", "Europe/Paris", on_ambiguous="earlier")
    later = parse_local("2024-10-27T02:30", "Europe/Paris", on_ambiguous="later")
    assert earlier.astimezone(UTC) == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    assert later.astimezone(UTC) == datetime(2024, 10, 27, 1, 30, tzinfo=UTC)


def test_new_york_gap_and_fold() -> None:
    with pytest.raises(NonexistentLocalTimeError):
        parse_local("2024-03-10T02:15", "America/New_York")
    with pytest.raises(AmbiguousLocalTimeError):
        parse_local("2024-11-03T01:15", "America/New_York")


def test_an_explicit_offset_is_already_an_instant() -> None:
    result = parse_local("2024-10-27T02:30+01:00", "Europe/Paris")
    assert result.astimezone(UTC) == datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    aware = datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    assert parse_local(aware, "Europe/Paris").tzinfo == ZoneInfo("Europe/Paris")


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(UnknownTimeZoneError, match=r"unknown time zone 'Europe/Pariss'.*IANA"):
        parse_local("2024-03-29T19:00", "Europe/Pariss")
    with pytest.raises(UnknownTimeZoneError):
        zone("")
    with pytest.raises(LocalTimeError, match="ISO 8601"):
        parse_local("29/03/2024 19h", "Europe/Paris")
    assert issubclass(AmbiguousLocalTimeError, BreachModelError)
    assert issubclass(NonexistentLocalTimeError, ValueError)
