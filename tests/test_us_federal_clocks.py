"""Worked dates for the HIPAA and Form 8-K clocks, as the regimes build them.

Each expected instant is worked out by hand in the comment above it, from the rule's text:
60 calendar days after discovery, the day of discovery not counted, ending at midnight in
Washington (45 CFR 164.404(b)); 60 days after the end of the calendar year (164.408(c)); four
US federal business days after the materiality determination, by EDGAR's 17:30 New York cutoff
(Form 8-K General Instruction B.1, Regulation S-T Rule 13(a)(2)).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given

from breachmodel.clocks import Anchor, HolidayCalendar, compute_deadline, parse_local
from breachmodel.model import Finding, Incident, Organisation
from breachmodel.regimes.hipaa import clocks as hipaa
from breachmodel.regimes.hipaa._law import CONTIGUOUS_ZONES
from breachmodel.regimes.us_sec._law import CALENDAR, filing_rule
from clock_kit import sec_8k
from strategies import aware_datetimes

NEW_YORK = ZoneInfo("America/New_York")


def _due(start: datetime) -> datetime | None:
    return hipaa.sixty_days("t", "t", start, None).due


def test_sixty_days_across_the_end_of_dst_and_the_year() -> None:
    # Discovered Sun 3 Nov 2024 01:30 EDT (-04:00, 05:30Z), the hour that repeats as clocks go
    # back. -04:00 was then New York's offset and no other contiguous zone's, so the entity's
    # day is 3 Nov there: day 1 is 4 Nov, 27 more days to 30 Nov (28), 31 in December (59),
    # day 60 Thu 2 Jan 2025. Midnight EST (-05:00) ends it: 3 Jan 04:59:59.999999Z.
    start = datetime(2024, 11, 3, 1, 30, tzinfo=NEW_YORK)
    deadline = hipaa.sixty_days("t", "t", start, None)
    assert deadline.due == datetime(2025, 1, 3, 4, 59, 59, 999999, tzinfo=UTC)
    assert "offset of America/New_York" in deadline.explanation[-1]


def test_sixty_days_from_a_discovery_recorded_in_utc_count_from_the_earliest_date() -> None:
    # The same instant recorded in UTC (05:30Z) names no US zone. It is 3 Nov in New York and
    # Chicago but still Sat 2 Nov in Denver (23:30 MDT), Phoenix and Los Angeles: the date is
    # read where it is earliest, 2 Nov, so that the period never ends after the entity's own
    # count. Day 60 is Wed 1 Jan 2025, ending at midnight in Washington (EST, -05:00):
    # 2 Jan 04:59:59.999999Z, a day before the New York reading of the date.
    deadline = hipaa.sixty_days("t", "t", datetime(2024, 11, 3, 5, 30, tzinfo=UTC), None)
    assert deadline.due == datetime(2025, 1, 2, 4, 59, 59, 999999, tzinfo=UTC)
    assert deadline.due_local_iso == "2025-01-01T23:59:59.999999-05:00"
    assert "its date is read in America/Denver" in deadline.explanation[-1]


def test_sixty_days_of_a_west_coast_entity_count_from_its_own_day() -> None:
    # Recorded as Sat 2 Nov 2024 22:30 PDT (-07:00; 05:30Z on 3 Nov): the entity's day is
    # 2 Nov. Day 60 is Wed 1 Jan 2025, ending at midnight in Washington: 2 Jan
    # 04:59:59.999999Z. Reading the date in New York, as before, gave 2 Jan, a day late.
    start = datetime(2024, 11, 2, 22, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    deadline = hipaa.sixty_days("t", "t", start, None)
    assert deadline.due == datetime(2025, 1, 2, 4, 59, 59, 999999, tzinfo=UTC)
    assert "its date there, 2024-11-02, is the entity's day" in deadline.explanation[-1]


def test_sixty_days_from_an_afternoon_discovery_end_in_new_york() -> None:
    # Discovered Wed 10 Jan 2024 15:00 EST (20:00Z). Day 1 = 11 Jan; 21 days of January, 29 of
    # February (leap year) = 50; day 60 = Sun 10 Mar 2024, after DST began that morning:
    # midnight EDT (-04:00) = 11 Mar 03:59:59.999999Z. No roll-forward to Monday.
    deadline = hipaa.sixty_days("t", "t", parse_local("2024-01-10T15:00", "America/New_York"), None)
    assert deadline.due == datetime(2024, 3, 11, 3, 59, 59, 999999, tzinfo=UTC)
    assert deadline.timezone == "America/New_York"


def test_sixty_days_of_a_chicago_entity_before_new_york_midnight() -> None:
    # Discovered Wed 10 Jan 2024 23:30 CST (-06:00, Chicago's offset; 00:30 on 11 Jan in New
    # York). The entity's day is 10 Jan: day 60 is Sun 10 Mar, ending at midnight in
    # Washington, after DST began that morning (EDT, -04:00): 11 Mar 03:59:59.999999Z.
    deadline = hipaa.sixty_days("t", "t", parse_local("2024-01-10T23:30", "America/Chicago"), None)
    assert deadline.due == datetime(2024, 3, 11, 3, 59, 59, 999999, tzinfo=UTC)
    assert deadline.timezone == "America/New_York"


def test_sixty_days_into_dst() -> None:
    # Discovered Wed 15 Jan 2025: 16 days to 31 Jan, 28 in February (44), day 60 is Sun
    # 16 Mar 2025, after clocks went forward on 9 March: midnight EDT (-04:00) = 03:59:59Z.
    start = parse_local("2025-01-15T16:00", "America/New_York")
    assert _due(start) == datetime(2025, 3, 17, 3, 59, 59, 999999, tzinfo=UTC)


def test_sixty_days_do_not_roll_forward_from_a_sunday() -> None:
    # The 16 March 2025 result above is a Sunday: calendar days never move to Monday.
    start = parse_local("2025-01-15T16:00", "America/New_York")
    due = _due(start)
    assert due is not None
    assert due.astimezone(NEW_YORK).date() == date(2025, 3, 16)


def test_the_annual_log_in_a_leap_year() -> None:
    # A breach of fewer than 500 discovered on 31 Dec 2023 at 23:30 New York time belongs to
    # 2023: 31 days of January and 29 of February 2024 make day 60 Thu 29 Feb 2024.
    start = parse_local("2023-12-31T23:30", "America/New_York")
    due = hipaa.year_end_log("t", "t", start).due
    assert due == datetime(2024, 3, 1, 4, 59, 59, 999999, tzinfo=UTC)


def test_the_annual_log_takes_the_entity_s_year() -> None:
    # 1 Jan 2024 03:00 UTC names no US zone; it is still 31 Dec 2023 in every contiguous zone:
    # the 2023 log, ending first in New York (1 Mar 2024 04:59:59.999999Z).
    assert hipaa.year_end_log("t", "t", datetime(2024, 1, 1, 3, tzinfo=UTC)).due == datetime(
        2024, 3, 1, 4, 59, 59, 999999, tzinfo=UTC
    )
    # Recorded as 00:30 EST on 1 Jan 2024, New York's offset: the entity's year is 2024. Day
    # 60 after 31 Dec 2024 is Sat 1 Mar 2025 (not a leap year), midnight EST = 2 Mar
    # 04:59:59.999999Z.
    later = parse_local("2024-01-01T00:30", "America/New_York")
    assert hipaa.year_end_log("t", "t", later).due == datetime(
        2025, 3, 2, 4, 59, 59, 999999, tzinfo=UTC
    )
    # The same instant recorded in UTC (05:30Z) is still 2023 in Chicago (23:30 CST), where
    # the date is earliest: the 2023 log, day 60 Thu 29 Feb 2024, midnight in Washington
    # (EST) = 1 Mar 2024 04:59:59.999999Z.
    in_utc = hipaa.year_end_log("t", "t", datetime(2024, 1, 1, 5, 30, tzinfo=UTC))
    assert in_utc.due == datetime(2024, 3, 1, 4, 59, 59, 999999, tzinfo=UTC)
    assert "its date is read in America/Chicago" in in_utc.explanation[-1]


def _held(**finding: object) -> Incident:
    f = Finding(regime="hipaa", fact="law_enforcement_delay", answer=True, **finding)  # type: ignore[arg-type]
    return Incident(id="x", controller=Organisation(id="c", name="C"), findings=(f,))


def test_an_oral_statement_delays_at_most_thirty_days() -> None:
    # Oral statement on 20 Apr 2024 10:00 EDT asking for 45 days: capped at 30 days from the
    # statement, 20 May 2024 10:00 EDT = 14:00Z (164.412(b)).
    said = parse_local("2024-04-20T10:00", "America/New_York")
    until, reasons, missing = hipaa.held_until(
        _held(value="oral", at=said, until=said + timedelta(days=45))
    )
    assert until == datetime(2024, 5, 20, 14, tzinfo=UTC)
    assert reasons
    assert not missing


def test_a_written_delay_that_ends_before_day_sixty_changes_nothing() -> None:
    # Discovered 1 Mar 2024; day 60 is 30 Apr. A written delay to 10 Apr ends first.
    start = parse_local("2024-03-01T09:00", "America/New_York")
    until, _, _ = hipaa.held_until(
        _held(value="written", at=start, until=parse_local("2024-04-10T09:00", "America/New_York"))
    )
    assert hipaa.sixty_days("t", "t", start, until).due == _due(start)
    assert _due(start) == datetime(2024, 5, 1, 3, 59, 59, 999999, tzinfo=UTC)


def test_a_delay_without_its_form_is_missing_facts() -> None:
    until, _, missing = hipaa.held_until(_held())
    assert until is None
    assert [m.path for m in missing] == ["$.findings[hipaa/law_enforcement_delay]"]


def test_the_regime_files_on_the_shared_sec_clock() -> None:
    mine, shared = filing_rule("x", "x"), sec_8k()
    fields = ("anchor", "period", "timezone", "convention", "calendar", "cutoff")
    assert [getattr(mine, f) for f in fields] == [getattr(shared, f) for f in fields]


def _sec(local: str) -> datetime | None:
    start = parse_local(local, "America/New_York")
    return compute_deadline(filing_rule("x", "x"), {Anchor.DETERMINATION: start}).due


def test_four_business_days_across_thanksgiving_2025() -> None:
    # Wed 26 Nov 2025; Thu 27 Thanksgiving; Fri 28 (1), Mon 1 Dec (2), Tue 2 (3), Wed 3 (4).
    # 17:30 EST = 22:30Z.
    assert _sec("2025-11-26T16:00") == datetime(2025, 12, 3, 22, 30, tzinfo=UTC)


def test_four_business_days_when_july_fourth_is_a_saturday() -> None:
    # 4 Jul 2026 is a Saturday, observed Fri 3 Jul. Wed 1 Jul; Thu 2 (1), Fri 3 observed,
    # Mon 6 (2), Tue 7 (3), Wed 8 (4). 17:30 EDT = 21:30Z.
    assert _sec("2026-07-01T10:00") == datetime(2026, 7, 8, 21, 30, tzinfo=UTC)


def test_four_business_days_across_juneteenth() -> None:
    # Mon 17 Jun 2024; Tue 18 (1), Wed 19 Juneteenth, Thu 20 (2), Fri 21 (3), Mon 24 (4).
    assert _sec("2024-06-17T09:00") == datetime(2024, 6, 24, 21, 30, tzinfo=UTC)


def test_a_national_day_of_mourning_is_not_a_business_day() -> None:
    # Determined Tue 7 Jan 2025 10:00 EST. Thu 9 Jan 2025, the national day of mourning for
    # President Carter, closed federal offices by executive order; the SEC closed EDGAR and
    # treated it "as a federal holiday for filing purposes" (17 CFR 201.104; freewritings.law,
    # secondary). Wed 8 (1), [Thu 9 closed], Fri 10 (2), Mon 13 (3), Tue 14 (4): 17:30 EST =
    # 22:30Z. Counting 9 January as a business day would end the period on Mon 13 January.
    assert _sec("2025-01-07T10:00") == datetime(2025, 1, 14, 22, 30, tzinfo=UTC)
    assert HolidayCalendar("US").is_working_day(date(2025, 1, 9))
    assert not CALENDAR.is_working_day(date(2025, 1, 9))


def test_christmas_closures_by_executive_order_are_skipped() -> None:
    # Determined Mon 22 Dec 2025. Tue 23 (1); Wed 24 Dec (Christmas Eve) and Fri 26 Dec were
    # closed by executive order (the holidays package's US "government" days), Thu 25 is
    # Christmas Day; Mon 29 (2), Tue 30 (3), Wed 31 (4): 17:30 EST = 22:30Z.
    assert _sec("2025-12-22T09:00") == datetime(2025, 12, 31, 22, 30, tzinfo=UTC)


@given(aware_datetimes())
def test_hipaa_days_end_at_midnight_sixty_days_on(start: datetime) -> None:
    # The period ends at midnight in New York, 60 days after the entity's day of discovery:
    # the date in a contiguous zone that had the recorded offset (in every one, when none had
    # it); never later than the entity's own midnight there.
    deadline = hipaa.sixty_days("t", "t", start, None)
    assert deadline.due is not None
    local = deadline.due.astimezone(NEW_YORK)
    assert (local + timedelta(microseconds=1)).time().isoformat() == "00:00:00"
    zones = [ZoneInfo(z) for z in CONTIGUOUS_ZONES]
    own = [z for z in zones if start.astimezone(z).utcoffset() == start.utcoffset()] or zones
    assert local.date() - min(start.astimezone(z).date() for z in own) == timedelta(days=60)
    for zone_info in own:
        after = start.astimezone(zone_info).date() + timedelta(days=61)
        assert deadline.due < datetime.combine(after, time(0), tzinfo=zone_info)


@given(aware_datetimes())
def test_the_8k_falls_on_a_federal_business_day_at_the_cutoff(start: datetime) -> None:
    due = compute_deadline(filing_rule("x", "x"), {Anchor.DETERMINATION: start}).due
    assert due is not None
    local = due.astimezone(NEW_YORK)
    assert CALENDAR.is_working_day(local.date())
    assert (local.hour, local.minute) == (17, 30)
    assert 4 <= (local.date() - start.astimezone(NEW_YORK).date()).days <= 11
