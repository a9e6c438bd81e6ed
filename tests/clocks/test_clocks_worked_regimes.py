"""Worked deadlines across the regimes: the tricky cases, worked out by hand from the text.

Each test builds the clock the way its regime does (the regime's own rule builder, zone and
period constants) and states, above the assertion, how the expected instant was worked out
and where the counting convention comes from:

* hours are elapsed time, through nights, weekends, holidays and daylight-saving changes
  (Reg. 1182/71 Art. 3(3)-(4); encoding notes E1-E3; the Asian regimes' "hours");
* a day period does not count the day of the event, unless the regime's option says it
  does (Japan), and ends at midnight of its last day in the regime's zone;
* a month runs from date to date, or to the last day of a shorter month (Reg. 1182/71
  Art. 3(2)(c));
* working days skip weekends and the calendar's holidays (Lei 9.784/1999 Art. 66 for
  Brazil; Form 8-K General Instruction B.1 for the SEC).
"""

from __future__ import annotations

from datetime import UTC, datetime

import attrs
import pytest

from breachmodel.citations import Citation
from breachmodel.clocks import (
    Anchor,
    CalendarDays,
    Convention,
    Deadline,
    Duty,
    Hours,
    Months,
    OpenEnded,
    WorkingDays,
    compute_deadline,
    parse_local,
)
from breachmodel.errors import InvalidRuleError
from breachmodel.regimes import _national, _sector
from breachmodel.regimes.au_privacy._law import OAIC_ZONE
from breachmodel.regimes.gdpr.art33 import notification_rule
from breachmodel.regimes.in_certin._law import HOURS as CERT_IN_HOURS
from breachmodel.regimes.in_dpdp._law import HOURS as DPDP_HOURS
from breachmodel.regimes.kr_pipa._law import HOURS as PIPA_HOURS
from breachmodel.regimes.lgpd.options import BrazilCalendar
from breachmodel.regimes.sg_pdpa._law import PDPC_ZONE
from clock_kit import due_from, worked_rule


def _sector_clock(period: Hours | Months, start: datetime, state: str) -> Deadline:
    """A NIS2 or DORA clock, built as both regimes build theirs."""
    anchor = Anchor.EARLIER_FILING if isinstance(period, Months) else Anchor.AWARENESS
    return _sector.clock(
        rule_id="worked",
        label="worked",
        anchor=anchor,
        start=start,
        period=period,
        state=state,
        citations=(),
    )


def _national_clock(
    period: CalendarDays, start: datetime, zone: str, convention: Convention
) -> Deadline:
    """A national law's date clock (Singapore, Australia, Japan), counted in its zone."""
    cites: tuple[Citation, ...] = ()
    return _national.clock(
        rule_id="worked",
        label="worked",
        anchor=Anchor.AWARENESS,
        start=start,
        period=period,
        timezone=zone,
        citations=cites,
        convention=convention,
    )


# --- Hours: elapsed time across the European daylight-saving changes --------------------


def test_gdpr_72_hours_across_the_last_sunday_of_october_in_dublin() -> None:
    # Aware Fri 24 Oct 2025 10:00 IST (+01:00) = 09:00Z. Ireland returns to GMT on Sun 26 Oct.
    # 09:00Z + 72 h = Mon 27 Oct 09:00Z = 09:00 GMT. A wall-clock reading ("10:00 three days
    # later") would give 10:00 GMT, an hour too late (encoding note E1: elapsed hours).
    deadline = due_from(
        notification_rule("Europe/Dublin"), parse_local("2025-10-24T10:00", "Europe/Dublin")
    )
    assert deadline.due == datetime(2025, 10, 27, 9, 0, tzinfo=UTC)
    assert deadline.due_local_iso == "2025-10-27T09:00:00+00:00"


def test_uk_gdpr_72_hours_across_the_last_sunday_of_march_in_london() -> None:
    # Aware Fri 28 Mar 2025 18:00 GMT = 18:00Z. The UK moves to BST on Sun 30 Mar at 01:00.
    # 18:00Z + 72 h = Mon 31 Mar 18:00Z = 19:00 BST: the wall clock shows one hour more.
    deadline = due_from(
        notification_rule("Europe/London"), parse_local("2025-03-28T18:00", "Europe/London")
    )
    assert deadline.due == datetime(2025, 3, 31, 18, 0, tzinfo=UTC)
    assert deadline.due_local_iso == "2025-03-31T19:00:00+01:00"


def test_gdpr_72_hours_over_a_leap_day() -> None:
    # Aware Wed 28 Feb 2024 12:00 CET = 11:00Z; 29 Feb exists in 2024, so 72 h end on
    # Sat 2 Mar 2024 11:00Z = 12:00 CET, not on 3 March; a Saturday is not skipped.
    deadline = due_from(
        notification_rule("Europe/Paris"), parse_local("2024-02-28T12:00", "Europe/Paris")
    )
    assert deadline.due == datetime(2024, 3, 2, 11, 0, tzinfo=UTC)


def test_nis2_incident_notification_72_hours_across_the_autumn_change() -> None:
    # NIS2 Art. 23(4)(b), Germany. Aware Fri 24 Oct 2025 10:00 CEST (+02:00) = 08:00Z.
    # + 72 h = Mon 27 Oct 08:00Z = 09:00 CET (Germany left summer time on Sun 26 Oct).
    deadline = _sector_clock(Hours(n=72), parse_local("2025-10-24T10:00", "Europe/Berlin"), "DE")
    assert deadline.due == datetime(2025, 10, 27, 8, 0, tzinfo=UTC)
    assert deadline.due_local_iso == "2025-10-27T09:00:00+01:00"
    assert deadline.timezone == "Europe/Berlin"


def test_nis2_early_warning_24_hours_across_the_spring_change() -> None:
    # NIS2 Art. 23(4)(a), France. Aware Sat 29 Mar 2025 12:00 CET = 11:00Z. France moves to
    # CEST at 02:00 on Sun 30 Mar: 11:00Z + 24 h = Sun 30 Mar 11:00Z = 13:00 CEST. The wall
    # clock ran 25 hours; the period is 24 elapsed hours.
    deadline = _sector_clock(Hours(n=24), parse_local("2025-03-29T12:00", "Europe/Paris"), "FR")
    assert deadline.due == datetime(2025, 3, 30, 11, 0, tzinfo=UTC)
    assert deadline.due_local_iso == "2025-03-30T13:00:00+02:00"


def test_dora_intermediate_report_72_hours_from_the_initial_notification() -> None:
    # Delegated Regulation 2025/301 Art. 5(1)(b), Italy. Initial notification filed Fri
    # 24 Oct 2025 23:30 CEST = 21:30Z. + 72 h = Mon 27 Oct 21:30Z = 22:30 CET. The weekend
    # relief (noon of the next working day) is off by default and would not apply: Monday is
    # a working day.
    start = parse_local("2025-10-24T23:30", "Europe/Rome")
    deadline = _sector.clock(
        rule_id="worked",
        label="worked",
        anchor=Anchor.EARLIER_FILING,
        start=start,
        period=Hours(n=72),
        state="IT",
        citations=(),
    )
    assert deadline.due == datetime(2025, 10, 27, 21, 30, tzinfo=UTC)
    assert deadline.due_local_iso == "2025-10-27T22:30:00+01:00"


# --- Hours in Asia: no daylight saving, half-hour offsets --------------------------------


def test_korea_72_hours_from_late_friday_evening() -> None:
    # PIPA Enforcement Decree Art. 40: 72 hours from awareness, elapsed. Aware Fri 27 Dec 2024
    # 23:30 KST (+09:00) = 14:30Z; + 72 h = Mon 30 Dec 14:30Z = 23:30 KST. Korea has no
    # daylight saving, so the wall time does not move; the weekend is counted.
    rule = worked_rule(Hours(n=PIPA_HOURS), "Asia/Seoul")
    deadline = due_from(rule, parse_local("2024-12-27T23:30", "Asia/Seoul"))
    assert deadline.due == datetime(2024, 12, 30, 14, 30, tzinfo=UTC)
    assert deadline.due_local_iso == "2024-12-30T23:30:00+09:00"


def test_cert_in_6_hours_across_midnight_in_india() -> None:
    # CERT-In Directions of 28 April 2022, para. (ii): 6 hours from noticing. Noticed Sun
    # 31 Dec 2023 21:15 IST (+05:30) = 15:45Z; + 6 h = 21:45Z = Mon 1 Jan 2024 03:15 IST.
    rule = worked_rule(Hours(n=CERT_IN_HOURS), "Asia/Kolkata", anchor=Anchor.DETECTION)
    deadline = due_from(rule, parse_local("2023-12-31T21:15", "Asia/Kolkata"))
    assert deadline.due == datetime(2023, 12, 31, 21, 45, tzinfo=UTC)
    assert deadline.due_local_iso == "2024-01-01T03:15:00+05:30"


def test_india_dpdp_72_hours_over_a_leap_day() -> None:
    # DPDP Rules 2025, Rule 7(2)(b): 72 hours from awareness. Aware Tue 27 Feb 2024 10:10 IST
    # = 04:40Z; + 72 h = Fri 1 Mar 04:40Z = 10:10 IST (28 and 29 Feb both count).
    rule = worked_rule(Hours(n=DPDP_HOURS), "Asia/Kolkata")
    deadline = due_from(rule, parse_local("2024-02-27T10:10", "Asia/Kolkata"))
    assert deadline.due_local_iso == "2024-03-01T10:10:00+05:30"


# --- Months: date to date, short months ----------------------------------------------------


def test_one_month_from_the_28th_of_february_is_the_28th_of_march() -> None:
    # NIS2 Art. 23(4)(d) final report, France. Notification filed Fri 28 Feb 2025: one month
    # later is Fri 28 Mar 2025, the same date (Reg. 1182/71 Art. 3(2)(c)), not the end of
    # March. End of day CET (+01:00; France moves to CEST on 30 Mar) = 22:59:59.999999Z.
    deadline = _sector_clock(Months(n=1), parse_local("2025-02-28T15:00", "Europe/Paris"), "FR")
    assert deadline.due == datetime(2025, 3, 28, 22, 59, 59, 999999, tzinfo=UTC)


def test_one_month_from_the_31st_of_march_ends_on_the_30th_of_april() -> None:
    # DORA final report (Reg. 2025/301 Art. 5(1)(c)), Spain. Latest intermediate report Mon
    # 31 Mar 2025: there is no 31 April, so the month ends on Wed 30 Apr 2025 (Art. 3(2)(c)),
    # end of day CEST (+02:00) = 21:59:59.999999Z. A working day: nothing would roll.
    deadline = _sector_clock(Months(n=1), parse_local("2025-03-31T09:00", "Europe/Madrid"), "ES")
    assert deadline.due == datetime(2025, 4, 30, 21, 59, 59, 999999, tzinfo=UTC)
    assert deadline.latest_with_rollforward == deadline.due


def test_one_month_from_a_leap_day() -> None:
    # 29 Feb 2024 + 1 month = Fri 29 Mar 2024 (Good Friday, not a public holiday in France
    # outside Alsace-Moselle), end of day CET = 22:59:59.999999Z.
    deadline = _sector_clock(Months(n=1), parse_local("2024-02-29T09:00", "Europe/Paris"), "FR")
    assert deadline.due == datetime(2024, 3, 29, 22, 59, 59, 999999, tzinfo=UTC)


# --- Calendar days --------------------------------------------------------------------------


def test_singapore_3_days_after_an_assessment_before_a_leap_day() -> None:
    # PDPA s. 26D(1): "no later than 3 calendar days after the day" of the assessment. Assessed
    # Tue 27 Feb 2024 23:00 SGT: 28 Feb (1), 29 Feb (2), Fri 1 Mar (3) -> end of 1 Mar SGT
    # (+08:00) = 15:59:59.999999Z. The late hour of the assessment changes nothing.
    start = parse_local("2024-02-27T23:00", PDPC_ZONE)
    deadline = _national_clock(CalendarDays(n=3), start, PDPC_ZONE, Convention.END_OF_DAY)
    assert deadline.due == datetime(2024, 3, 1, 15, 59, 59, 999999, tzinfo=UTC)


def test_singapore_30_day_assessment_across_february() -> None:
    # PDPC guidance: assess within 30 calendar days. Aware Wed 31 Jan 2024: 1 Feb (1) ...
    # 29 Feb (29), Fri 1 Mar (30) -> end of 1 Mar SGT = 15:59:59.999999Z.
    start = parse_local("2024-01-31T10:00", PDPC_ZONE)
    deadline = _national_clock(CalendarDays(n=30), start, PDPC_ZONE, Convention.END_OF_DAY)
    assert deadline.due == datetime(2024, 3, 1, 15, 59, 59, 999999, tzinfo=UTC)


def test_australia_30_day_assessment_ends_in_daylight_time() -> None:
    # Privacy Act s. 26WH(2): within 30 days after becoming aware; the day of awareness is not
    # counted (Acts Interpretation Act 1901 s. 36(1), memory). Aware Wed 31 Jan 2024 in
    # Sydney: day 30 is Fri 1 Mar 2024; end of day AEDT (+11:00) = 12:59:59.999999Z.
    start = parse_local("2024-01-31T10:00", OAIC_ZONE)
    deadline = _national_clock(CalendarDays(n=30), start, OAIC_ZONE, Convention.END_OF_DAY)
    assert deadline.due == datetime(2024, 3, 1, 12, 59, 59, 999999, tzinfo=UTC)
    assert deadline.due_local_iso == "2024-03-01T23:59:59.999999+11:00"


def test_japan_final_report_counts_the_day_of_knowing_by_default() -> None:
    # APPI Rules Art. 8(2): within 30 days. Knew Thu 1 Feb 2024 10:00 JST.
    # DAY_OF_KNOWING (the default, the earlier reading): 1 Feb is day 1, 29 Feb day 29,
    # Fri 1 Mar day 30 -> end of 1 Mar JST (+09:00) = 14:59:59.999999Z.
    # CIVIL_CODE (Art. 140, the first day not counted): day 30 is Sat 2 Mar, a day later.
    start = parse_local("2024-02-01T10:00", "Asia/Tokyo")
    first = _national_clock(CalendarDays(n=30), start, "Asia/Tokyo", Convention.FIRST_DAY_INCLUDED)
    civil = _national_clock(CalendarDays(n=30), start, "Asia/Tokyo", Convention.END_OF_DAY)
    assert first.due == datetime(2024, 3, 1, 14, 59, 59, 999999, tzinfo=UTC)
    assert civil.due == datetime(2024, 3, 2, 14, 59, 59, 999999, tzinfo=UTC)


# --- Working days ---------------------------------------------------------------------------


def _anpd(
    days: int, wall: str = "2025-04-17T10:00", calendar: BrazilCalendar = BrazilCalendar.NATIONAL
) -> Deadline:
    """The ANPD's working days, counted as the LGPD regime counts them, from ``wall``."""
    rule = worked_rule(
        WorkingDays(n=days),
        "America/Sao_Paulo",
        convention=Convention.BRAZIL,
        calendar=calendar.calendar(),
    )
    return due_from(rule, parse_local(wall, "America/Sao_Paulo"))


def test_brazil_3_working_days_over_easter_and_tiradentes() -> None:
    # Res. CD/ANPD 15/2024 Art. 6, counted as Lei 9.784/1999 Art. 66 counts (first day
    # excluded). Aware Thu 17 Apr 2025. Fri 18 (Good Friday, a public holiday in the data),
    # Sat 19, Sun 20 and Mon 21 Apr (Tiradentes, national) are skipped: Tue 22 (1), Wed 23
    # (2), Thu 24 (3) -> end of Thu 24 Apr, -03:00 = 25 Apr 02:59:59.999999Z.
    deadline = _anpd(3)
    assert deadline.due == datetime(2025, 4, 25, 2, 59, 59, 999999, tzinfo=UTC)
    skipped = next(line for line in deadline.explanation if "Skipped" in line)
    assert "2025-04-18" in skipped
    assert "2025-04-21" in skipped


def test_brazil_small_agent_6_working_days_over_easter() -> None:
    # Res. CD/ANPD 15/2024 Art. 6 § 8: the period is doubled for a small processing agent.
    # From Thu 17 Apr 2025: 22, 23, 24, 25, 28, 29 Apr (6) -> end of Tue 29 Apr, -03:00.
    assert _anpd(6).due == datetime(2025, 4, 30, 2, 59, 59, 999999, tzinfo=UTC)


def test_brazil_awareness_on_a_saturday_before_carnival() -> None:
    # Aware Sat 1 Mar 2025. Sunday skipped. Carnival (Mon 3, Tue 4 Mar) and Ash Wednesday (5)
    # are pontos facultativos: working days by default (the earlier deadline): Mon 3 (1),
    # Tue 4 (2), Wed 5 (3) -> end of Wed 5 Mar, -03:00 = 6 Mar 02:59:59.999999Z.
    saturday = "2025-03-01T10:00"
    assert _anpd(3, saturday).due == datetime(2025, 3, 6, 2, 59, 59, 999999, tzinfo=UTC)
    # With the option national_and_optional, 3, 4 and 5 Mar are not working days either:
    # Thu 6 (1), Fri 7 (2), Mon 10 (3) -> 11 Mar 02:59:59.999999Z.
    optional = _anpd(3, saturday, BrazilCalendar.NATIONAL_AND_OPTIONAL)
    assert optional.due == datetime(2025, 3, 11, 2, 59, 59, 999999, tzinfo=UTC)


# --- No fixed limit -----------------------------------------------------------------------


def test_open_ended_duties_have_no_due_instant() -> None:
    # GDPR Art. 33(2) (processor, "without undue delay") and PIPEDA s. 10.1(2) ("as soon as
    # feasible") set no period: no due instant, whatever the start.
    start = parse_local("2025-03-28T18:00", "Europe/London")
    for duty in (Duty.WITHOUT_UNDUE_DELAY, Duty.AS_SOON_AS_FEASIBLE):
        rule = worked_rule(OpenEnded(duty=duty), anchor=Anchor.DETERMINATION)
        deadline = compute_deadline(rule, {Anchor.DETERMINATION: start})
        assert deadline.open_ended
        assert deadline.due is None
        assert deadline.describe().startswith(f"{rule.label}: {duty.label} after")


# --- The entity's own day, ending in the authority's time ----------------------------------


def test_day_zone_reads_the_start_date_in_another_zone() -> None:
    # 10 calendar days from Mon 1 Jul 2024 22:00 PDT (05:00Z on 2 Jul): the date read in Los
    # Angeles is 1 Jul, so day 10 is Thu 11 Jul, ending at midnight in New York (EDT) =
    # 12 Jul 03:59:59.999999Z. Without day_zone the date is read in New York (2 Jul): 13 Jul.
    start = parse_local("2024-07-01T22:00", "America/Los_Angeles")
    plain_rule = worked_rule(
        CalendarDays(n=10), "America/New_York", convention=Convention.END_OF_DAY
    )
    rule = attrs.evolve(plain_rule, day_zone="America/Los_Angeles")
    deadline = due_from(rule, start)
    assert deadline.due == datetime(2024, 7, 12, 3, 59, 59, 999999, tzinfo=UTC)
    assert "Monday 2024-07-01 in America/Los_Angeles" in deadline.explanation[1]
    plain = due_from(plain_rule, start)
    assert plain.due == datetime(2024, 7, 13, 3, 59, 59, 999999, tzinfo=UTC)


def test_day_zone_is_refused_for_hour_periods() -> None:
    with pytest.raises(InvalidRuleError, match="day_zone"):
        attrs.evolve(worked_rule(Hours(n=72)), day_zone="Europe/London")
