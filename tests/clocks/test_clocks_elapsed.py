"""Elapsed-hour deadlines: GDPR 72 h, DST changes, holidays, Reg. 1182/71 whole hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from breachmodel.citations import gdpr, reg_1182_71
from breachmodel.clocks import (
    Anchor,
    Convention,
    Elapsed,
    Hours,
    compute_deadline,
    encoding_note,
    parse_local,
)
from breachmodel.regimes.gdpr.art33 import notification_rule
from clock_kit import due_from, worked_rule

PARIS = ZoneInfo("Europe/Paris")
LONDON = ZoneInfo("Europe/London")


def test_72h_from_friday_evening_before_paris_spring_forward() -> None:
    # Aware Fri 29 Mar 2024 19:00 CET (+01:00) = 18:00Z.
    # 18:00Z + 72 h = Mon 1 Apr 2024 18:00Z. Paris moved to CEST (+02:00) on Sun 31 Mar at
    # 02:00, so the due instant reads 20:00 local, not 19:00 (encoding note E1).
    rule = notification_rule("Europe/Paris")
    aware = datetime(2024, 3, 29, 19, 0, tzinfo=PARIS)
    deadline = compute_deadline(rule, {Anchor.AWARENESS: aware})
    assert deadline.due == datetime(2024, 4, 1, 18, 0, tzinfo=UTC)
    assert deadline.due_in("Europe/Paris") == datetime(2024, 4, 1, 20, 0, tzinfo=PARIS)
    assert deadline.due_local_iso == "2024-04-01T20:00:00+02:00"
    assert deadline.due_iso == "2024-04-01T18:00:00+00:00"
    assert deadline.due - deadline.start == timedelta(hours=72)  # type: ignore[operator]
    # Strict Reg. 1182/71 reading (information only, E2): the hour 19:00-20:00 CET is
    # not counted, the period runs from 20:00 CET = 19:00Z, and ends 72 h later at
    # Mon 1 Apr 19:00Z = 21:00 CEST.
    assert deadline.legal_latest == datetime(2024, 4, 1, 19, 0, tzinfo=UTC)
    assert deadline.convention is Convention.ELAPSED
    assert deadline.citations[:2] == (gdpr(33, 1), reg_1182_71("Art. 3"))
    assert encoding_note("E2") in deadline.citations
    assert deadline.explanation[0] == (
        "Start (awareness): awareness of the breach, at 2024-03-29T19:00:00+01:00 "
        "(Europe/Paris), 2024-03-29T18:00:00+00:00 in UTC."
    )
    assert any(
        "Art. 3(4)" in line and "never rolls forward" in line for line in deadline.explanation
    )
    assert deadline.explanation[-1] == (
        "Due: 2024-04-01T20:00:00+02:00 (Europe/Paris), 2024-04-01T18:00:00+00:00 in UTC."
    )


def test_72h_from_friday_before_paris_fall_back() -> None:
    # Aware Fri 25 Oct 2024 12:00 CEST (+02:00) = 10:00Z; + 72 h = Mon 28 Oct 10:00Z.
    # Paris went back to CET (+01:00) on Sun 27 Oct, so the due instant reads 11:00 local.
    rule = notification_rule("Europe/Paris")
    deadline = due_from(rule, datetime(2024, 10, 25, 12, 0, tzinfo=PARIS))
    assert deadline.due == datetime(2024, 10, 28, 10, 0, tzinfo=UTC)
    assert deadline.due_local_iso == "2024-10-28T11:00:00+01:00"


def test_72h_over_christmas_is_not_extended() -> None:
    # Aware Mon 23 Dec 2024 15:30 GMT (London = UTC in winter).
    # + 72 h = Thu 26 Dec 2024 15:30Z: Christmas Day and Boxing Day are counted
    # (Reg. 1182/71 Art. 3(3)); no roll-forward to Fri 27 Dec (Art. 3(4)).
    rule = notification_rule("Europe/London")
    deadline = due_from(rule, datetime(2024, 12, 23, 15, 30, tzinfo=LONDON))
    assert deadline.due == datetime(2024, 12, 26, 15, 30, tzinfo=UTC)
    assert deadline.due_local_iso == "2024-12-26T15:30:00+00:00"
    # Strict reading: the hour 15:00-16:00 is not counted; 16:00 + 72 h = 26 Dec 16:00Z.
    assert deadline.legal_latest == datetime(2024, 12, 26, 16, 0, tzinfo=UTC)
    assert deadline.latest_with_rollforward is None


def test_reg_1182_71_convention_excludes_the_hour_of_the_event() -> None:
    # Aware 29 Mar 2024 19:20 CET = 18:20Z. The hour 19:00-20:00 CET is not counted
    # (Art. 3(1)); the period starts at 20:00 CET = 19:00Z (Art. 3(2)(a)) and ends
    # 72 h later, Mon 1 Apr 19:00Z = 21:00 CEST. Hours never roll forward (Art. 3(4)).
    rule = notification_rule("Europe/Paris", convention=Convention.REG_1182_71)
    deadline = due_from(rule, datetime(2024, 3, 29, 19, 20, tzinfo=PARIS))
    assert deadline.due == datetime(2024, 4, 1, 19, 0, tzinfo=UTC)
    assert deadline.legal_latest is None
    assert reg_1182_71("Art. 3(1)") in deadline.citations
    assert any("Art. 3(1)" in line for line in deadline.explanation)


def test_reg_1182_71_event_exactly_on_the_hour_still_excludes_that_hour() -> None:
    # An event at 19:00:00 happens during the hour 19:00-20:00, which is not counted:
    # the period runs from 20:00 CET (19:00Z), so it ends at 1 Apr 19:00Z.
    rule = notification_rule("Europe/Paris", convention=Convention.REG_1182_71)
    deadline = due_from(rule, datetime(2024, 3, 29, 19, 0, tzinfo=PARIS))
    assert deadline.due == datetime(2024, 4, 1, 19, 0, tzinfo=UTC)


def test_whole_hours_are_local_hours_in_half_hour_zones() -> None:
    # Aware 10:15 IST (+05:30) = 04:45Z. The next local whole hour is 11:00 IST = 05:30Z
    # (a UTC ceiling would wrongly give 05:00Z). 05:30Z + 72 h = 4 Jan 2025 05:30Z.
    rule = notification_rule("Asia/Kolkata", convention=Convention.REG_1182_71)
    aware = datetime(2025, 1, 1, 4, 45, tzinfo=UTC)
    deadline = compute_deadline(rule, {Anchor.AWARENESS: aware})
    assert deadline.due == datetime(2025, 1, 4, 5, 30, tzinfo=UTC)


def test_dora_4h_and_minutes_periods() -> None:
    # DORA initial notification: 4 h after classification at Sat 1 Mar 2025 22:30 CET
    # (21:30Z) -> Sun 2 Mar 2025 01:30Z = 02:30 CET. Weekends count; nothing rolls.
    dora = worked_rule(Hours(n=4), anchor=Anchor.CLASSIFICATION, rule_id="dora.initial")
    start = parse_local("2025-03-01T22:30", "Europe/Paris")
    assert due_from(dora, start).due == datetime(2025, 3, 2, 1, 30, tzinfo=UTC)
    # 90 minutes elapsed: 21:30Z + 1 h 30 min = 23:00Z; no whole-hour alternative.
    short = worked_rule(Elapsed(duration=timedelta(minutes=90)), anchor=Anchor.CLASSIFICATION)
    deadline = due_from(short, start)
    assert deadline.due == datetime(2025, 3, 1, 23, 0, tzinfo=UTC)
    assert deadline.legal_latest is None


@pytest.mark.parametrize(
    ("zone_name", "offset"),
    [("Europe/Paris", "+01:00"), ("Asia/Tokyo", "+09:00"), ("America/New_York", "-05:00")],
)
def test_start_zone_does_not_change_the_due_instant(zone_name: str, offset: str) -> None:
    # 23 Dec 2024 15:30Z expressed in three zones: the due instant is the same.
    rule = notification_rule("Europe/London")
    start = datetime(2024, 12, 23, 15, 30, tzinfo=UTC).astimezone(ZoneInfo(zone_name))
    assert start.isoformat().endswith(offset)
    deadline = compute_deadline(rule, {Anchor.AWARENESS: start})
    assert deadline.due == datetime(2024, 12, 26, 15, 30, tzinfo=UTC)
    assert deadline.start == datetime(2024, 12, 23, 15, 30, tzinfo=UTC)
