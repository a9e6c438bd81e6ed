"""Worked dates for the HIPAA and Form 8-K clocks, as the regimes build them.

Each expected instant is worked out by hand in the comment above it, from the rule's text:
60 calendar days after discovery, the day of discovery not counted, ending at midnight in
Washington (45 CFR 164.404(b)); 60 days after the end of the calendar year (164.408(c)); four
US federal business days after the materiality determination, by EDGAR's 17:30 New York cutoff
(Form 8-K General Instruction B.1, Regulation S-T Rule 13(a)(2)).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given

from breachmodel.clocks import Anchor, HolidayCalendar, compute_deadline, parse_local
from breachmodel.model import Finding, Incident, Organisation
from breachmodel.regimes.hipaa import clocks as hipaa
from breachmodel.regimes.us_sec._law import filing_rule
from clock_kit import sec_8k
from strategies import aware_datetimes

NEW_YORK = ZoneInfo("America/New_York")


def _due(start: datetime) -> datetime | None:
    return hipaa.sixty_days("t", "t", start, None).due


def test_sixty_days_across_the_end_of_dst_and_the_year() -> None:
    # Discovered Sun 3 Nov 2024 01:30 EDT, the hour that repeats as clocks go back. Day 1 is
    # 4 Nov; 27 more days to 30 Nov (28), 31 in December (59), day 60 is Thu 2 Jan 2025.
    # Midnight EST (-05:00) ends it: 3 Jan 04:59:59.999999Z.
    start = datetime(2024, 11, 3, 1, 30, tzinfo=NEW_YORK)
    assert _due(start) == datetime(2025, 1, 3, 4, 59, 59, 999999, tzinfo=UTC)


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


def test_the_annual_log_reads_the_year_in_new_york() -> None:
    # 1 Jan 2024 03:00 UTC is still 31 Dec 2023 in New York: the 2023 log, as above. Half an
    # hour after New York's midnight it is the 2024 log: day 60 after 31 Dec 2024 is Sat
    # 1 Mar 2025 (2025 is not a leap year), midnight EST = 2 Mar 04:59:59.999999Z.
    assert hipaa.year_end_log("t", "t", datetime(2024, 1, 1, 3, tzinfo=UTC)).due == datetime(
        2024, 3, 1, 4, 59, 59, 999999, tzinfo=UTC
    )
    later = parse_local("2024-01-01T00:30", "America/New_York")
    assert hipaa.year_end_log("t", "t", later).due == datetime(
        2025, 3, 2, 4, 59, 59, 999999, tzinfo=UTC
    )


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


@given(aware_datetimes())
def test_hipaa_days_end_at_midnight_sixty_days_on(start: datetime) -> None:
    due = _due(start)
    assert due is not None
    local = due.astimezone(NEW_YORK)
    assert local.date() - start.astimezone(NEW_YORK).date() == timedelta(days=60)
    assert (local + timedelta(microseconds=1)).time().isoformat() == "00:00:00"


@given(aware_datetimes())
def test_the_8k_falls_on_a_federal_business_day_at_the_cutoff(start: datetime) -> None:
    due = compute_deadline(filing_rule("x", "x"), {Anchor.DETERMINATION: start}).due
    assert due is not None
    local = due.astimezone(NEW_YORK)
    assert HolidayCalendar("US").is_working_day(local.date())
    assert (local.hour, local.minute) == (17, 30)
    assert 4 <= (local.date() - start.astimezone(NEW_YORK).date()).days <= 11
