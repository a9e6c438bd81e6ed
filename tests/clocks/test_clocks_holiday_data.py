"""A deadline whose count needs a year the holiday data does not cover says so.

The ``holidays`` package covers a bounded range of years (to 2100 for Brazil, France and the
United States). Counting a later year as if it had no holidays would give a date that looks
right and is not, so a period that depends on that year is returned undetermined, naming the
calendar and the year; a roll-forward shown only for information is left out, with a note.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import attrs
import pytest

from breachmodel.assessment import assess
from breachmodel.clocks import (
    Anchor,
    Convention,
    DeadlineRule,
    HolidayCalendar,
    Months,
    Status,
    WorkingDays,
    evaluate,
    parse_local,
)
from breachmodel.errors import CalendarError, HolidayDataError
from clock_kit import due_from, worked_rule
from scenario_kit import incident_of

SCENARIOS = Path(__file__).parent.parent / "scenarios"


def _anpd() -> DeadlineRule:
    return worked_rule(
        WorkingDays(n=3),
        "America/Sao_Paulo",
        convention=Convention.BRAZIL,
        calendar=HolidayCalendar("BR"),
        rule_id="br.anpd.communicate",
    )


def test_the_error_names_the_calendar_and_the_year() -> None:
    with pytest.raises(HolidayDataError) as info:
        HolidayCalendar("BR").is_working_day(date(2101, 1, 3))
    assert (info.value.calendar, info.value.year) == ("BR", 2101)
    assert isinstance(info.value, CalendarError)


def test_working_days_into_a_year_without_data_are_undetermined() -> None:
    # Aware Thu 29 Dec 2100 (Sao Paulo): Fri 30 (1), Sat 31 skipped, then 2101, which the
    # data does not cover: the third working day cannot be told.
    rule = _anpd()
    deadline = due_from(rule, parse_local("2100-12-29T10:00", "America/Sao_Paulo"))
    assert deadline.due is None
    assert deadline.undetermined
    assert deadline.missing == ("holiday data for 2101 on calendar BR",)
    assert deadline.describe().endswith(
        "undetermined; missing holiday data for 2101 on calendar BR."
    )
    assert "CustomCalendar" in deadline.explanation[-1]
    status = evaluate(deadline, [], kind="initial", as_of=datetime(2101, 1, 10, tzinfo=UTC))
    assert status.status is Status.UNDETERMINED
    assert "missing holiday data for 2101" in status.explanation[-1]


def test_a_deadline_inside_the_data_is_unaffected() -> None:
    # Aware Mon 13 Dec 2100: Tue 14 (1), Wed 15 (2), Thu 16 (3) -> end of Thu 16 Dec, -03:00.
    deadline = due_from(_anpd(), parse_local("2100-12-13T10:00", "America/Sao_Paulo"))
    assert deadline.due == datetime(2100, 12, 17, 2, 59, 59, 999999, tzinfo=UTC)


def test_an_informative_roll_forward_without_data_is_left_out() -> None:
    # NIS2 final report, one month from Wed 15 Dec 2100 (Paris): Sat 15 Jan 2101, end of day
    # CET. The deadline does not depend on the holidays (no roll-forward, encoding note E3);
    # only the roll-forward shown for information would, and 2101 has no data.
    rule = worked_rule(
        Months(n=1),
        anchor=Anchor.EARLIER_FILING,
        convention=Convention.END_OF_DAY,
        calendar=HolidayCalendar("FR"),
    )
    deadline = due_from(rule, parse_local("2100-12-15T10:00", "Europe/Paris"))
    assert deadline.due == datetime(2101, 1, 15, 22, 59, 59, 999999, tzinfo=UTC)
    assert deadline.latest_with_rollforward is None
    assert not deadline.undetermined
    assert any("no holiday data for 2101" in line for line in deadline.explanation)


def test_the_lgpd_regime_reports_the_gap_instead_of_failing() -> None:
    # The ANPD's 3 working days (Res. CD/ANPD 15/2024 Art. 6) from Thu 29 Dec 2100 run into
    # 2101: the communication is still required, its deadline undetermined, and the result
    # names the missing holiday data. The scenario's breach, moved to the end of 2100.
    scenario = incident_of(SCENARIOS / "lgpd" / "health-data-easter.toml")
    late = parse_local("2100-12-29T10:00", "America/Sao_Paulo")
    incident = attrs.evolve(
        scenario, timeline=attrs.evolve(scenario.timeline, controller_aware_at=late)
    )
    det = assess(incident, regimes=["lgpd"], sensitivities=False)["lgpd.art48.notify_anpd"]
    assert det.deadline is not None
    assert det.deadline.missing == ("holiday data for 2101 on calendar BR",)
