"""Property tests: zone invariance, exact elapsed hours, working days, monotonicity."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from breachmodel.clocks import (
    Anchor,
    CalendarDays,
    Convention,
    Deadline,
    DeadlineRule,
    Elapsed,
    HolidayCalendar,
    Hours,
    Months,
    WorkingDays,
    compute_deadline,
)

ZONES = [
    "UTC",
    "Europe/Paris",
    "Europe/London",
    "America/New_York",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Lord_Howe",  # 30-minute DST shift
    "Pacific/Chatham",  # +12:45 / +13:45
]

BR = HolidayCalendar("BR")
US = HolidayCalendar("US")
FR = HolidayCalendar("FR")
BR_ALL = HolidayCalendar("BR", categories=("public", "optional"))


def _rule(rule_id: str, period: object, zone: str, **extra: object) -> DeadlineRule:
    return DeadlineRule(
        id=rule_id,
        label=rule_id,
        anchor=Anchor.AWARENESS,
        period=period,  # type: ignore[arg-type]
        timezone=zone,
        **extra,  # type: ignore[arg-type]
    )


ELAPSED_RULES = [
    _rule("gdpr.72h", Hours(n=72), "Europe/Paris"),
    _rule("nis2.24h", Hours(n=24), "Europe/Berlin"),
    _rule("dora.4h", Hours(n=4), "Europe/Dublin"),
    _rule("kr.72h", Hours(n=72), "Asia/Seoul"),
    _rule("x.90min", Elapsed(duration=timedelta(minutes=90)), "America/New_York"),
    _rule("gdpr.strict", Hours(n=72), "Australia/Lord_Howe", convention=Convention.REG_1182_71),
]

WORKING_DAY_RULES = [
    _rule(
        "br.anpd", WorkingDays(n=3), "America/Sao_Paulo", convention=Convention.BRAZIL, calendar=BR
    ),
    _rule(
        "br.anpd.all",
        WorkingDays(n=3),
        "America/Sao_Paulo",
        convention=Convention.BRAZIL,
        calendar=BR_ALL,
    ),
    _rule(
        "sec.8k",
        WorkingDays(n=4),
        "America/New_York",
        convention=Convention.END_OF_DAY,
        calendar=US,
        cutoff=time(17, 30),
    ),
    _rule(
        "vt.14",
        WorkingDays(n=14, calendar=HolidayCalendar("US", "VT")),
        "America/New_York",
        convention=Convention.END_OF_DAY,
    ),
    _rule(
        "eu.3wd", WorkingDays(n=3), "Europe/Paris", convention=Convention.REG_1182_71, calendar=FR
    ),
]

ROLLING_RULES = [
    _rule(
        "eu.2d", CalendarDays(n=2), "Europe/Paris", convention=Convention.REG_1182_71, calendar=FR
    ),
    _rule(
        "br.10d", CalendarDays(n=10), "America/Sao_Paulo", convention=Convention.BRAZIL, calendar=BR
    ),
    _rule(
        "dora.final", Months(n=1), "Europe/Paris", convention=Convention.REG_1182_71, calendar=FR
    ),
    _rule("br.1m", Months(n=1), "America/Sao_Paulo", convention=Convention.BRAZIL, calendar=BR),
]

OTHER_RULES = [
    _rule("hipaa.60", CalendarDays(n=60), "America/New_York", convention=Convention.END_OF_DAY),
    _rule("sg.3", CalendarDays(n=3), "Asia/Singapore", convention=Convention.END_OF_DAY),
    _rule("eprivacy.3d", CalendarDays(n=3), "Europe/Paris", calendar=FR),
    _rule("nis2.final", Months(n=1), "Europe/Paris", convention=Convention.END_OF_DAY, calendar=FR),
    _rule("x.13m", Months(n=13), "Asia/Tokyo", convention=Convention.END_OF_DAY),
]

ALL_RULES = ELAPSED_RULES + WORKING_DAY_RULES + ROLLING_RULES + OTHER_RULES


def _transitions() -> list[datetime]:
    """UTC instants at which some zone above changed its offset, 2023-2026."""
    found: list[datetime] = []
    for name in ZONES:
        tz = ZoneInfo(name)
        instant = datetime(2023, 1, 1, tzinfo=UTC)
        end = datetime(2027, 1, 1, tzinfo=UTC)
        step = timedelta(minutes=30)
        previous = instant.astimezone(tz).utcoffset()
        while instant < end:
            instant += step
            offset = instant.astimezone(tz).utcoffset()
            if offset != previous:
                found.append(instant)
                previous = offset
    return found


TRANSITIONS = _transitions()

instants = st.datetimes(
    min_value=datetime(2000, 1, 1),  # noqa: DTZ001 - bounds for hypothesis, zone added below
    max_value=datetime(2035, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)
near_dst = st.builds(
    lambda base, minutes: base + timedelta(minutes=minutes),
    st.sampled_from(TRANSITIONS),
    st.integers(min_value=-80 * 60, max_value=80 * 60),
)
starts = st.one_of(instants, near_dst)
zones = st.sampled_from(ZONES).map(ZoneInfo)


def _due(rule: DeadlineRule, start: datetime) -> datetime:
    deadline = compute_deadline(rule, {Anchor.AWARENESS: start})
    assert deadline.due is not None
    return deadline.due


def test_dst_transitions_were_found() -> None:
    assert datetime(2024, 3, 31, 1, 0, tzinfo=UTC) in TRANSITIONS  # Paris, spring 2024
    assert len(TRANSITIONS) > 40


@settings(deadline=None, max_examples=200)
@given(rule=st.sampled_from(ALL_RULES), start=starts, first=zones, second=zones)
def test_deadline_does_not_depend_on_the_zone_of_its_inputs(
    rule: DeadlineRule, start: datetime, first: ZoneInfo, second: ZoneInfo
) -> None:
    one: Deadline = compute_deadline(rule, {Anchor.AWARENESS: start.astimezone(first)})
    two: Deadline = compute_deadline(rule, {Anchor.AWARENESS: start.astimezone(second)})
    assert one == two
    assert one.due is not None
    assert one.due.tzinfo is UTC


@settings(deadline=None, max_examples=300)
@given(rule=st.sampled_from(ELAPSED_RULES[:5]), start=near_dst, shown_in=zones)
def test_elapsed_deadline_is_exactly_that_long_after_its_start_across_dst(
    rule: DeadlineRule, start: datetime, shown_in: ZoneInfo
) -> None:
    period = rule.period
    assert isinstance(period, Hours | Elapsed)
    due = _due(rule, start.astimezone(shown_in))
    assert due.astimezone(UTC) - start.astimezone(UTC) == period.duration
    assert due.timestamp() - start.timestamp() == period.duration.total_seconds()


@settings(deadline=None, max_examples=300)
@given(rule=st.sampled_from(WORKING_DAY_RULES + ROLLING_RULES), start=starts)
def test_working_day_deadline_never_ends_on_a_weekend_or_holiday(
    rule: DeadlineRule, start: datetime
) -> None:
    due = _due(rule, start)
    calendar = rule.working_calendar
    assert calendar is not None
    last_day = due.astimezone(rule.tz).date()
    assert calendar.is_working_day(last_day)
    assert due > start


@settings(deadline=None, max_examples=300)
@given(
    rule=st.sampled_from(ALL_RULES),
    start=starts,
    gap=st.one_of(
        st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=2)),
        st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40)),
    ),
)
def test_deadlines_are_monotone_in_their_start(
    rule: DeadlineRule, start: datetime, gap: timedelta
) -> None:
    assert _due(rule, start) <= _due(rule, start + gap)
