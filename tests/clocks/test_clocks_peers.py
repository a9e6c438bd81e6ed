"""Time-related mistakes observed in peer tools (peers-lessons section 5), as tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from breachmodel.clocks import (
    Anchor,
    Convention,
    HolidayCalendar,
    Months,
    WorkingDays,
    compute_deadline,
)
from breachmodel.errors import NaiveDatetimeError
from breachmodel.regimes.gdpr.art33 import notification_rule
from clock_kit import due_from, sec_8k, worked_rule

PARIS = ZoneInfo("Europe/Paris")


def test_deadline_runs_from_awareness_not_from_when_it_is_computed() -> None:
    # Two incidents aware a year apart get deadlines a year apart, each 72 h after
    # awareness, whenever they are computed.
    rule = notification_rule("Europe/Paris")
    early = compute_deadline(rule, {Anchor.AWARENESS: datetime(2019, 1, 3, 9, 0, tzinfo=UTC)})
    late = compute_deadline(rule, {Anchor.AWARENESS: datetime(2020, 1, 3, 9, 0, tzinfo=UTC)})
    assert early.due == datetime(2019, 1, 6, 9, 0, tzinfo=UTC)
    assert late.due == datetime(2020, 1, 6, 9, 0, tzinfo=UTC)


def test_nis2_final_report_runs_from_the_incident_notification_not_detection() -> None:
    rule = worked_rule(
        Months(n=1),
        anchor=Anchor.EARLIER_FILING,
        convention=Convention.END_OF_DAY,
        rule_id="nis2.art23.final_report",
    )
    detected = datetime(2025, 3, 3, 9, 0, tzinfo=PARIS)
    # Without the notification instant the deadline is undetermined, not dated from
    # detection.
    missing = compute_deadline(rule, {Anchor.DETECTION: detected, Anchor.AWARENESS: detected})
    assert missing.due is None
    assert missing.missing == ("earlier_filing",)
    # Notified Wed 5 Mar 2025 -> 1 month -> Sat 5 Apr 2025 end of day CEST
    # (+02:00) = 21:59:59.999999Z.
    notified = datetime(2025, 3, 5, 16, 0, tzinfo=PARIS)
    deadline = compute_deadline(rule, {Anchor.DETECTION: detected, Anchor.EARLIER_FILING: notified})
    assert deadline.due == datetime(2025, 4, 5, 21, 59, 59, 999999, tzinfo=UTC)


def test_72_hours_are_not_three_business_days_nor_end_of_day() -> None:
    # Aware Fri 15 Nov 2024 17:00 CET (16:00Z): due Mon 18 Nov 16:00Z (17:00 CET), not
    # Wed 20 Nov (3 business days) and not Mon 18 Nov 23:59 (date granularity).
    rule = notification_rule("Europe/Paris")
    deadline = compute_deadline(
        rule, {Anchor.AWARENESS: datetime(2024, 11, 15, 17, 0, tzinfo=PARIS)}
    )
    assert deadline.due == datetime(2024, 11, 18, 16, 0, tzinfo=UTC)


def test_a_date_only_input_is_not_read_as_midnight() -> None:
    with pytest.raises(NaiveDatetimeError):
        compute_deadline(notification_rule("Europe/Paris"), {Anchor.AWARENESS: date(2024, 11, 15)})  # type: ignore[dict-item]


def test_business_days_are_not_days_plus_two() -> None:
    # 4 business days from Wed 27 Nov 2024: Thanksgiving (Thu 28) is skipped ->
    # Fri 29 (1), Mon 2 Dec (2), Tue 3 (3), Wed 4 Dec (4); 17:30 EST = 22:30Z.
    # "Days + 2" would give Tue 3 Dec.
    rule = sec_8k()
    start = datetime(2024, 11, 27, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    deadline = compute_deadline(rule, {Anchor.DETERMINATION: start})
    assert deadline.due == datetime(2024, 12, 4, 22, 30, tzinfo=UTC)


def test_holidays_are_applied_in_any_year_not_a_hard_coded_one() -> None:
    # Thanksgiving 2030 is Thu 28 Nov. 1 business day after Wed 27 Nov 2030 is Fri 29.
    rule = worked_rule(
        WorkingDays(n=1),
        "America/New_York",
        anchor=Anchor.DETERMINATION,
        convention=Convention.END_OF_DAY,
        calendar=HolidayCalendar("US"),
    )
    start = datetime(2030, 11, 27, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    deadline = due_from(rule, start)
    # End of Fri 29 Nov 2030 EST (-05:00) = 30 Nov 04:59:59.999999Z.
    assert deadline.due == datetime(2030, 11, 30, 4, 59, 59, 999999, tzinfo=UTC)
