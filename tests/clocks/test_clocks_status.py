"""Status of a deadline against filings at an as_of instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

import pytest
from attrs import frozen

from breachmodel.clocks import (
    Anchor,
    Deadline,
    Duty,
    Filing,
    OpenEnded,
    Status,
    compute_deadline,
    evaluate,
    not_applicable,
)
from breachmodel.errors import NaiveDatetimeError
from breachmodel.regimes.gdpr.art33 import notification_rule
from clock_kit import due_from, sec_8k, worked_rule

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


class NoticeKind(StrEnum):
    INITIAL = "initial"
    FOLLOW_UP = "follow_up"
    WITHDRAWAL = "withdrawal"


@frozen
class Notice:
    kind: NoticeKind
    at: datetime


def _gdpr_deadline() -> Deadline:
    # Aware Fri 29 Mar 2024 19:00 CET = 18:00Z; due Mon 1 Apr 2024 18:00Z (20:00 CEST).
    rule = notification_rule("Europe/Paris")
    return compute_deadline(rule, {Anchor.AWARENESS: datetime(2024, 3, 29, 18, 0, tzinfo=UTC)})


DUE = datetime(2024, 4, 1, 18, 0, tzinfo=UTC)


def test_notice_satisfies_the_filing_protocol() -> None:
    assert isinstance(Notice(NoticeKind.INITIAL, DUE), Filing)


def test_pending_with_time_left() -> None:
    status = evaluate(
        _gdpr_deadline(), [], kind="initial", as_of=datetime(2024, 3, 31, 18, 0, tzinfo=UTC)
    )
    assert status.status is Status.PENDING
    assert status.time_left == timedelta(hours=24)
    assert status.due == DUE
    assert not status.late


def test_overdue_by() -> None:
    as_of = datetime(2024, 4, 1, 20, 30, tzinfo=UTC)
    status = evaluate(_gdpr_deadline(), [], kind="initial", as_of=as_of)
    assert status.status is Status.OVERDUE
    assert status.overdue_by == timedelta(hours=2, minutes=30)
    assert status.late
    assert any("Overdue by 2 h 30 min" in line for line in status.explanation)


def test_met_on_time_at_exactly_the_due_instant() -> None:
    filings = [Notice(NoticeKind.INITIAL, DUE.astimezone(PARIS))]
    status = evaluate(
        _gdpr_deadline(), filings, kind=NoticeKind.INITIAL, as_of=DUE + timedelta(days=3)
    )
    assert status.status is Status.MET
    assert status.met_at == DUE
    assert status.late_by is None


def test_met_late_records_reasons_for_delay() -> None:
    filings = [Notice(NoticeKind.INITIAL, DUE + timedelta(hours=5))]
    status = evaluate(
        _gdpr_deadline(), filings, kind="initial", as_of=None, reasons_for_delay_recorded=False
    )
    assert status.status is Status.MET_LATE
    assert status.late_by == timedelta(hours=5)
    assert status.reasons_for_delay_recorded is False
    assert any("Reasons for the delay are not recorded" in line for line in status.explanation)
    recorded = evaluate(
        _gdpr_deadline(), filings, kind="initial", as_of=None, reasons_for_delay_recorded=True
    )
    assert recorded.status is Status.MET_LATE  # reasons never make a filing on time
    assert recorded.reasons_for_delay_recorded is True


def test_a_follow_up_never_satisfies_the_initial_deadline() -> None:
    filings = [
        Notice(NoticeKind.FOLLOW_UP, DUE - timedelta(hours=10)),
        Notice(NoticeKind.INITIAL, DUE + timedelta(hours=1)),
    ]
    status = evaluate(_gdpr_deadline(), filings, kind="initial", as_of=DUE + timedelta(days=1))
    assert status.status is Status.MET_LATE
    assert status.met_at == DUE + timedelta(hours=1)
    assert any("'follow_up' do not satisfy" in line for line in status.explanation)


def test_the_earliest_matching_filing_counts() -> None:
    filings = [
        Notice(NoticeKind.INITIAL, DUE + timedelta(hours=1)),
        Notice(NoticeKind.INITIAL, DUE - timedelta(hours=1)),
    ]
    status = evaluate(_gdpr_deadline(), filings, kind={"initial"}, as_of=None)
    assert status.status is Status.MET
    assert status.met_at == DUE - timedelta(hours=1)


def test_filings_after_as_of_are_not_seen() -> None:
    filings = [Notice(NoticeKind.INITIAL, DUE - timedelta(hours=1))]
    as_of = DUE - timedelta(hours=2)
    status = evaluate(_gdpr_deadline(), filings, kind="initial", as_of=as_of)
    assert status.status is Status.PENDING
    assert status.met_at is None
    assert status.time_left == timedelta(hours=2)
    assert any("not taken into account" in line for line in status.explanation)


def test_no_as_of_and_nothing_filed_is_undetermined() -> None:
    status = evaluate(_gdpr_deadline(), [], kind="initial", as_of=None)
    assert status.status is Status.UNDETERMINED
    assert status.time_left is None
    assert any("no as_of instant was given" in line for line in status.explanation)


def test_missing_anchor_is_undetermined_even_with_a_filing() -> None:
    deadline = compute_deadline(notification_rule("Europe/Paris"), {})
    filings = [Notice(NoticeKind.INITIAL, DUE)]
    status = evaluate(deadline, filings, kind="initial", as_of=DUE)
    assert status.status is Status.UNDETERMINED
    assert status.met_at == DUE
    assert any(
        "missing start event: awareness of the breach," in line for line in status.explanation
    )


def test_open_ended_duty() -> None:
    rule = worked_rule(
        OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY, target=timedelta(hours=24)),
        anchor=Anchor.PROCESSOR_AWARENESS,
        rule_id="gdpr.art33_2.processor",
    )
    start = datetime(2024, 3, 29, 18, 0, tzinfo=UTC)
    deadline = due_from(rule, start)
    target = start + timedelta(hours=24)
    waiting = evaluate(deadline, [], kind="initial", as_of=start + timedelta(hours=6))
    assert waiting.status is Status.OPEN
    assert waiting.time_left == timedelta(hours=18)
    past = evaluate(deadline, [], kind="initial", as_of=target + timedelta(hours=2))
    assert past.status is Status.OPEN
    assert past.beyond_target_by == timedelta(hours=2)
    assert not past.late  # a policy target is not a legal deadline
    done = evaluate(
        deadline,
        [Notice(NoticeKind.INITIAL, target + timedelta(hours=1))],
        kind="initial",
        as_of=None,
    )
    assert done.status is Status.MET
    assert done.beyond_target_by == timedelta(hours=1)
    assert evaluate(deadline, [], kind="initial", as_of=None).status is Status.OPEN


def test_sec_cutoff_filing_after_1730_is_late() -> None:
    # Due Thu 14 Nov 2024 17:30 EST (see test_clocks_days). A submission at 17:45 is
    # deemed filed on Fri 15 Nov: late by 15 minutes. One at 17:15 is on time, and so
    # is one at 18:00 on Wed 13 Nov (deemed filed Thu 14 Nov).
    rule = sec_8k()
    start = datetime(2024, 11, 7, 14, 0, tzinfo=NEW_YORK)
    deadline = compute_deadline(rule, {Anchor.DETERMINATION: start})

    def judge(at: datetime) -> Status:
        return evaluate(
            deadline, [Notice(NoticeKind.INITIAL, at)], kind="initial", as_of=None
        ).status

    assert judge(datetime(2024, 11, 14, 17, 15, tzinfo=NEW_YORK)) is Status.MET
    assert judge(datetime(2024, 11, 13, 18, 0, tzinfo=NEW_YORK)) is Status.MET
    late = evaluate(
        deadline,
        [Notice(NoticeKind.INITIAL, datetime(2024, 11, 14, 17, 45, tzinfo=NEW_YORK))],
        kind="initial",
        as_of=None,
    )
    assert late.status is Status.MET_LATE
    assert late.late_by == timedelta(minutes=15)


def test_not_applicable() -> None:
    status = not_applicable(
        "gdpr.art34.inform_subjects", "the breach is unlikely to result in a high risk"
    )
    assert status.status is Status.NOT_APPLICABLE
    assert status.explanation == (
        "Not applicable: the breach is unlikely to result in a high risk",
    )


def test_naive_instants_are_refused() -> None:
    with pytest.raises(NaiveDatetimeError, match="as_of"):
        evaluate(_gdpr_deadline(), [], kind="initial", as_of=datetime(2024, 4, 1, 12, 0))  # noqa: DTZ001
    naive = Notice(NoticeKind.INITIAL, datetime(2024, 4, 1, 12, 0))  # noqa: DTZ001
    with pytest.raises(NaiveDatetimeError, match="filing 'initial'"):
        evaluate(_gdpr_deadline(), [naive], kind="initial", as_of=None)
