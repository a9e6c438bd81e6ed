"""Period labels, durations and construction, word for word (they appear in every report)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from breachmodel.clocks import (
    CalendarDays,
    Duty,
    Elapsed,
    Hours,
    Months,
    OpenEnded,
    WorkingDays,
)
from breachmodel.clocks._periods import duration_text, period_label
from breachmodel.errors import InvalidRuleError


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 seconds"),
        (1, "1 second"),
        (59, "59 seconds"),
        (60, "1 minute"),
        (61, "1 minute 1 second"),
        (3599, "59 minutes 59 seconds"),
        (3600, "1 hour"),
        (3601, "1 hour 1 second"),
        (5400, "1 hour 30 minutes"),
        (7322, "2 hours 2 minutes 2 seconds"),
        (72 * 3600, "72 hours"),
    ],
)
def test_duration_text(seconds: int, text: str) -> None:
    assert duration_text(timedelta(seconds=seconds)) == text


@pytest.mark.parametrize(
    ("period", "label"),
    [
        (Hours(n=1), "1 hour"),
        (Hours(n=2), "2 hours"),
        (Hours(n=72), "72 hours"),
        (CalendarDays(n=1), "1 calendar day"),
        (CalendarDays(n=60), "60 calendar days"),
        (WorkingDays(n=1), "1 working day"),
        (WorkingDays(n=3), "3 working days"),
        (Months(n=1), "1 month"),
        (Months(n=2), "2 months"),
        (Elapsed(duration=timedelta(minutes=90)), "1 hour 30 minutes"),
        (OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY), "without undue delay"),
        (
            OpenEnded(duty=Duty.IMMEDIATELY, target=timedelta(hours=24)),
            "immediately (policy target: 24 hours)",
        ),
    ],
)
def test_period_labels(period: Any, label: str) -> None:
    assert period.label == label
    assert period_label(period) == label


def test_hours_duration_and_whole_hours() -> None:
    assert Hours(n=72).duration == timedelta(hours=72)
    assert Elapsed(duration=timedelta(hours=2)).whole_hours is True
    assert Elapsed(duration=timedelta(hours=3)).whole_hours is True
    assert Elapsed(duration=timedelta(minutes=90)).whole_hours is False
    assert Elapsed(duration=timedelta(minutes=30)).whole_hours is False
    assert Elapsed(duration=timedelta(hours=1, seconds=1)).whole_hours is False


@pytest.mark.parametrize("cls", [Hours, CalendarDays, WorkingDays, Months])
def test_counted_periods_take_n_by_keyword_only(cls: Any) -> None:
    with pytest.raises(TypeError):
        cls(3)
    assert cls(n=10_000).n == 10_000
    with pytest.raises(InvalidRuleError):
        cls(n=10_001)


def test_elapsed_and_open_ended_take_keywords_only() -> None:
    make: Any = Elapsed
    with pytest.raises(TypeError):
        make(timedelta(hours=1))
    make = OpenEnded
    with pytest.raises(TypeError):
        make(Duty.PROMPTLY)


def test_elapsed_accepts_up_to_ten_thousand_hours() -> None:
    assert Elapsed(duration=timedelta(hours=10_000)).duration == timedelta(hours=10_000)
    assert Elapsed(duration=timedelta(seconds=1)).label == "1 second"


@pytest.mark.parametrize(
    "bad", [timedelta(0), timedelta(seconds=-1), timedelta(hours=10_000, seconds=1)]
)
def test_elapsed_refuses_empty_negative_and_huge_durations(bad: timedelta) -> None:
    with pytest.raises(InvalidRuleError, match="positive timedelta"):
        Elapsed(duration=bad)
    with pytest.raises(InvalidRuleError, match="positive timedelta"):
        OpenEnded(duty=Duty.PROMPTLY, target=bad)


def test_duty_labels_read_as_words() -> None:
    assert Duty.AS_SOON_AS_PRACTICABLE.label == "as soon as practicable"
    assert [d.label for d in Duty][:2] == ["without undue delay", "without unreasonable delay"]
