"""Calendar-day, working-day and month deadlines with worked dates and real holiday data."""

from __future__ import annotations

from datetime import UTC, date, datetime

from breachmodel.clocks import (
    Anchor,
    CalendarDays,
    Convention,
    DeadlineRule,
    HolidayCalendar,
    Months,
    WorkingDays,
    calendar_year_end,
    compute_deadline,
    lei_9784,
    parse_local,
)
from clock_kit import due_from, sec_8k, worked_rule


def _hipaa(anchor: Anchor = Anchor.DETECTION) -> DeadlineRule:
    return worked_rule(
        CalendarDays(n=60),
        "America/New_York",
        anchor=anchor,
        convention=Convention.END_OF_DAY,
        rule_id="hipaa.individuals",
        label="Notify individuals (45 CFR 164.404(b))",
    )


def _anpd(calendar: HolidayCalendar | None = None) -> DeadlineRule:
    return worked_rule(
        WorkingDays(n=3),
        "America/Sao_Paulo",
        convention=Convention.BRAZIL,
        calendar=calendar or HolidayCalendar("BR"),
        rule_id="br.anpd.communicate",
        label="Communicate the incident to the ANPD (Res. 15/2024 Art. 6)",
        citations=(lei_9784("Art. 66"),),
    )


def _nis2_final(convention: Convention = Convention.END_OF_DAY) -> DeadlineRule:
    return worked_rule(
        Months(n=1),
        anchor=Anchor.EARLIER_FILING,
        convention=convention,
        calendar=HolidayCalendar("FR"),
        rule_id="nis2.art23.final_report",
        label="NIS2 final report (Art. 23(4)(d))",
    )


def test_hipaa_60_calendar_days_end_on_a_sunday_in_edt() -> None:
    # Discovery Wed 10 Jan 2024 09:00 New York. Day 1 = 11 Jan; 11-31 Jan = days 1-21;
    # February 2024 has 29 days -> day 50 = 29 Feb; day 60 = Sun 10 Mar 2024.
    # No roll-forward; the day ends at 23:59:59.999999 EDT (-04:00, DST began that
    # morning) = 11 Mar 03:59:59.999999Z.
    start = parse_local("2024-01-10T09:00", "America/New_York")
    deadline = compute_deadline(_hipaa(), {Anchor.DETECTION: start})
    assert deadline.due == datetime(2024, 3, 11, 3, 59, 59, 999999, tzinfo=UTC)
    assert deadline.due_local_iso == "2024-03-10T23:59:59.999999-04:00"
    assert deadline.latest_with_rollforward is None
    assert "day 60 is Sunday 2024-03-10" in " ".join(deadline.explanation)


def test_hipaa_small_breach_log_after_calendar_year_end() -> None:
    # Year end 2023 in New York = 31 Dec 2023 23:59:59.999999 EST. Day 1 = 1 Jan 2024;
    # 31 days of January + 29 of February = 60 -> Thu 29 Feb 2024, end of day EST
    # (-05:00) = 1 Mar 2024 04:59:59.999999Z.
    year_end = calendar_year_end(2023, "America/New_York")
    assert year_end == datetime(2024, 1, 1, 4, 59, 59, 999999, tzinfo=UTC)
    deadline = compute_deadline(
        _hipaa(Anchor.CALENDAR_YEAR_END), {Anchor.CALENDAR_YEAR_END: year_end}
    )
    assert deadline.due == datetime(2024, 3, 1, 4, 59, 59, 999999, tzinfo=UTC)


def test_singapore_3_calendar_days_after_the_assessment_day() -> None:
    # Assessment Fri 1 Mar 2024 16:00 SGT. The day of assessment is not counted:
    # Sat 2 (1), Sun 3 (2), Mon 4 (3) -> end of Mon 4 Mar SGT (+08:00) = 15:59:59.999999Z.
    rule = worked_rule(
        CalendarDays(n=3),
        "Asia/Singapore",
        anchor=Anchor.ASSESSMENT_END,
        convention=Convention.END_OF_DAY,
        rule_id="sg.pdpc.notify",
    )
    start = parse_local("2024-03-01T16:00", "Asia/Singapore")
    deadline = due_from(rule, start)
    assert deadline.due == datetime(2024, 3, 4, 15, 59, 59, 999999, tzinfo=UTC)


def test_brazil_3_working_days_across_carnival_default_counts_carnival() -> None:
    # Aware Fri 9 Feb 2024 10:00 Brasilia (-03:00). Day of awareness excluded (Lei 9.784
    # Art. 66). Sat 10 and Sun 11 skipped. Carnival (Mon 12, Tue 13) and Ash Wednesday
    # (14) are "optional" in the holidays package, so by default they are working days
    # (deadlines err early, global-regimes 14.5): 12 (1), 13 (2), 14 (3).
    # End of Wed 14 Feb -03:00 = 15 Feb 02:59:59.999999Z.
    start = parse_local("2024-02-09T10:00", "America/Sao_Paulo")
    deadline = due_from(_anpd(), start)
    assert deadline.due == datetime(2024, 2, 15, 2, 59, 59, 999999, tzinfo=UTC)
    assert any("2024-02-12, 2024-02-13, 2024-02-14" in line for line in deadline.explanation)
    assert lei_9784("Art. 66") in deadline.citations


def test_brazil_3_working_days_across_carnival_when_carnival_is_a_holiday() -> None:
    # With the optional category, Carnival Mon 12, Tue 13 and Ash Wednesday 14 Feb are
    # non-working: Thu 15 (1), Fri 16 (2), Sat 17/Sun 18 skipped, Mon 19 (3).
    # End of Mon 19 Feb -03:00 = 20 Feb 02:59:59.999999Z.
    calendar = HolidayCalendar("BR", categories=("public", "optional"))
    start = parse_local("2024-02-09T10:00", "America/Sao_Paulo")
    deadline = due_from(_anpd(calendar), start)
    assert deadline.due == datetime(2024, 2, 20, 2, 59, 59, 999999, tzinfo=UTC)
    assert "BR[public+optional]" in " ".join(deadline.explanation)


def test_brazil_working_days_skip_national_holidays() -> None:
    # Aware Thu 14 Nov 2024. Fri 15 Nov (Republic Proclamation Day) skipped, weekend
    # skipped, Mon 18 (1), Tue 19 (2), Wed 20 Nov (Black Awareness Day, national since
    # 2024) skipped, Thu 21 (3). End of Thu 21 Nov -03:00 = 22 Nov 02:59:59.999999Z.
    start = parse_local("2024-11-14T15:00", "America/Sao_Paulo")
    deadline = due_from(_anpd(), start)
    assert deadline.due == datetime(2024, 11, 22, 2, 59, 59, 999999, tzinfo=UTC)


def test_brazil_calendar_days_roll_a_non_working_last_day_forward() -> None:
    # 3 calendar days from Thu 14 Nov 2024: 15 (1), 16 (2), Sun 17 (3); Sunday has no
    # office hours, so the period ends on Mon 18 Nov (Art. 66 para. 1).
    # End of Mon 18 Nov -03:00 = 19 Nov 02:59:59.999999Z.
    rule = worked_rule(
        CalendarDays(n=3),
        "America/Sao_Paulo",
        convention=Convention.BRAZIL,
        calendar=HolidayCalendar("BR"),
    )
    start = parse_local("2024-11-14T15:00", "America/Sao_Paulo")
    deadline = due_from(rule, start)
    assert deadline.due == datetime(2024, 11, 19, 2, 59, 59, 999999, tzinfo=UTC)
    assert any("Art. 66, para. 1" in line for line in deadline.explanation)


def test_sec_4_business_days_around_veterans_day_with_cutoff() -> None:
    # Materiality determined Thu 7 Nov 2024 14:00 EST. Fri 8 (1); Sat 9, Sun 10 and
    # Mon 11 Nov (Veterans Day, federal holiday) skipped; Tue 12 (2), Wed 13 (3),
    # Thu 14 (4). The 17:30 EDGAR cutoff on Thu 14 Nov EST (-05:00) = 22:30Z.
    start = parse_local("2024-11-07T14:00", "America/New_York")
    deadline = compute_deadline(sec_8k(), {Anchor.DETERMINATION: start})
    assert deadline.due == datetime(2024, 11, 14, 22, 30, tzinfo=UTC)
    assert deadline.due_local_iso == "2024-11-14T17:30:00-05:00"
    assert any("2024-11-11" in line and "Skipped" in line for line in deadline.explanation)
    assert any("17:30 cutoff" in line for line in deadline.explanation)


def test_sec_business_days_across_new_year() -> None:
    # Determined Mon 30 Dec 2024. Tue 31 Dec (1); Wed 1 Jan 2025 holiday; Thu 2 (2);
    # Fri 3 (3); weekend; Mon 6 Jan (4). 17:30 EST = 22:30Z. The 2025 holidays are
    # loaded as needed, not hard-coded for one year.
    start = parse_local("2024-12-30T11:00", "America/New_York")
    deadline = compute_deadline(sec_8k(), {Anchor.DETERMINATION: start})
    assert deadline.due == datetime(2025, 1, 6, 22, 30, tzinfo=UTC)


def test_sec_determination_on_a_saturday() -> None:
    # Determined Sat 9 Nov 2024. Sun 10, Mon 11 (Veterans Day) skipped; Tue 12 (1),
    # Wed 13 (2), Thu 14 (3), Fri 15 (4) -> 15 Nov 17:30 EST = 22:30Z.
    start = parse_local("2024-11-09T10:00", "America/New_York")
    deadline = compute_deadline(sec_8k(), {Anchor.DETERMINATION: start})
    assert deadline.due == datetime(2024, 11, 15, 22, 30, tzinfo=UTC)


def test_nis2_one_month_final_report_from_31_january() -> None:
    # Incident notification filed Fri 31 Jan 2025 10:00 Paris. 1 month later there is no
    # 31 Feb, so the period ends on the last day of February, Fri 28 Feb 2025
    # (Reg. 1182/71 Art. 3(2)(c)); end of day CET (+01:00) = 22:59:59.999999Z.
    start = parse_local("2025-01-31T10:00", "Europe/Paris")
    deadline = compute_deadline(_nis2_final(), {Anchor.EARLIER_FILING: start})
    assert deadline.due == datetime(2025, 2, 28, 22, 59, 59, 999999, tzinfo=UTC)
    # 28 Feb 2025 is a Friday and a working day: rolling forward changes nothing.
    assert deadline.latest_with_rollforward == deadline.due
    assert any("which has no day 31" in line for line in deadline.explanation)


def test_nis2_one_month_from_31_january_in_a_leap_year() -> None:
    # 31 Jan 2024 + 1 month -> Thu 29 Feb 2024; end of day CET = 22:59:59.999999Z.
    start = parse_local("2024-01-31T10:00", "Europe/Paris")
    deadline = compute_deadline(_nis2_final(), {Anchor.EARLIER_FILING: start})
    assert deadline.due == datetime(2024, 2, 29, 22, 59, 59, 999999, tzinfo=UTC)


def test_nis2_one_month_ending_on_a_saturday_rolls_forward_only_as_information() -> None:
    # 31 Jan 2026 + 1 month -> Sat 28 Feb 2026. Conservative deadline (E3): end of
    # Sat 28 Feb CET = 22:59:59.999999Z. Information only: roll-forward to the next
    # working day, Mon 2 Mar 2026 -> 2 Mar 22:59:59.999999Z.
    start = parse_local("2026-01-31T10:00", "Europe/Paris")
    deadline = compute_deadline(_nis2_final(), {Anchor.EARLIER_FILING: start})
    assert deadline.due == datetime(2026, 2, 28, 22, 59, 59, 999999, tzinfo=UTC)
    assert deadline.latest_with_rollforward == datetime(2026, 3, 2, 22, 59, 59, 999999, tzinfo=UTC)
    # Under Reg. 1182/71 (e.g. the DORA RTS final report) Art. 3(4) makes the rolled
    # instant the deadline itself.
    legal = compute_deadline(_nis2_final(Convention.REG_1182_71), {Anchor.EARLIER_FILING: start})
    assert legal.due == datetime(2026, 3, 2, 22, 59, 59, 999999, tzinfo=UTC)
    assert legal.latest_with_rollforward is None


_TWO_DAYS_FR = worked_rule(
    CalendarDays(n=2), convention=Convention.REG_1182_71, calendar=HolidayCalendar("FR")
)
"""Two days under Reg. 1182/71 in Paris, on the French holiday calendar."""


def test_reg_1182_71_two_day_period_rolls_over_easter_monday() -> None:
    # 2 days from Thu 28 Mar 2024 (Paris): day 1 Fri 29, day 2 Sat 30 -> not a working
    # day; Sun 31 Mar and Easter Monday 1 Apr are not either -> Tue 2 Apr (Art. 3(4)).
    # Fri 29 and Tue 2 are two working days, so Art. 3(5) adds nothing.
    # End of Tue 2 Apr CEST (+02:00) = 21:59:59.999999Z.
    deadline = due_from(_TWO_DAYS_FR, parse_local("2024-03-28T10:00", "Europe/Paris"))
    assert deadline.due == datetime(2024, 4, 2, 21, 59, 59, 999999, tzinfo=UTC)


def test_reg_1182_71_art_3_5_two_working_days() -> None:
    # 2 days from Tue 24 Dec 2024 (Paris): day 1 Wed 25 (Christmas), day 2 Thu 26
    # (a working day in France outside Alsace-Moselle): no roll-forward, but the period
    # holds only one working day, so Art. 3(5) extends it to Fri 27 Dec.
    # End of Fri 27 Dec CET = 22:59:59.999999Z. END_OF_DAY would stop at 26 Dec.
    start = parse_local("2024-12-24T10:00", "Europe/Paris")
    deadline = due_from(_TWO_DAYS_FR, start)
    assert deadline.due == datetime(2024, 12, 27, 22, 59, 59, 999999, tzinfo=UTC)
    assert any("Art. 3(5)" in line for line in deadline.explanation)
    plain = worked_rule(CalendarDays(n=2), convention=Convention.END_OF_DAY)
    assert due_from(plain, start).due == datetime(2024, 12, 26, 22, 59, 59, 999999, tzinfo=UTC)


def test_eprivacy_3_days_elapsed_with_rollforward_information() -> None:
    # ePrivacy second notification, "3 days" of the initial one, conservative reading:
    # 3 x 24 h from Fri 29 Mar 2024 19:00 CET (18:00Z) = Mon 1 Apr 18:00Z.
    # Information (E3): day 3 is Mon 1 Apr, Easter Monday in France -> Tue 2 Apr,
    # end of day CEST = 21:59:59.999999Z.
    rule = worked_rule(
        CalendarDays(n=3),
        anchor=Anchor.EARLIER_FILING,
        calendar=HolidayCalendar("FR"),
        rule_id="eprivacy.second",
    )
    start = parse_local("2024-03-29T19:00", "Europe/Paris")
    deadline = due_from(rule, start)
    assert deadline.due == datetime(2024, 4, 1, 18, 0, tzinfo=UTC)
    assert deadline.latest_with_rollforward == datetime(2024, 4, 2, 21, 59, 59, 999999, tzinfo=UTC)


def test_vermont_14_business_days_on_the_state_calendar() -> None:
    # Vermont AG preliminary notice, 14 business days after discovery on Fri 1 Mar 2024,
    # on the US-VT calendar (Town Meeting Day, Tue 5 Mar 2024, is a state holiday):
    # Mar 4 (1), [5 skipped], 6 (2), 7 (3), 8 (4), 11 (5), 12 (6), 13 (7), 14 (8),
    # 15 (9), 18 (10), 19 (11), 20 (12), 21 (13), 22 (14) -> Fri 22 Mar 2024, end of day
    # EDT (-04:00) = 23 Mar 03:59:59.999999Z.
    calendar = HolidayCalendar("US", "VT")
    assert not calendar.is_working_day(date(2024, 3, 5))
    rule = worked_rule(
        WorkingDays(n=14, calendar=calendar),
        "America/New_York",
        anchor=Anchor.DETECTION,
        convention=Convention.END_OF_DAY,
        rule_id="us.vt.ag_preliminary",
    )
    start = parse_local("2024-03-01T12:00", "America/New_York")
    deadline = due_from(rule, start)
    assert deadline.due == datetime(2024, 3, 23, 3, 59, 59, 999999, tzinfo=UTC)
