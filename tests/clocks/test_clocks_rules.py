"""Rule validation, missing anchors, naive datetimes, display and conventions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from breachmodel.citations import Citation, gdpr
from breachmodel.clocks import (
    CUTOFF_CITATION,
    Anchor,
    CalendarDays,
    Convention,
    DeadlineRule,
    Duty,
    Elapsed,
    HolidayCalendar,
    Hours,
    Months,
    OpenEnded,
    WorkingDays,
    compute_deadline,
)
from breachmodel.errors import InvalidRuleError, NaiveDatetimeError, UnknownTimeZoneError
from breachmodel.regimes.gdpr.art33 import notification_rule

PARIS = ZoneInfo("Europe/Paris")


def _rule(**changes: object) -> DeadlineRule:
    values: dict[str, object] = {
        "id": "x.rule",
        "label": "A rule",
        "anchor": Anchor.AWARENESS,
        "period": Hours(n=24),
        "timezone": "Europe/Paris",
    }
    values.update(changes)
    return DeadlineRule(**values)  # type: ignore[arg-type]


def test_gdpr_rule_shape() -> None:
    rule = notification_rule("Europe/Paris")
    assert rule.id == "gdpr.art33.notify_authority"
    assert rule.anchor is Anchor.AWARENESS
    assert rule.period == Hours(n=72)
    assert rule.convention is Convention.ELAPSED
    assert rule.citations[0] == gdpr(33, 1)


def test_missing_anchor_makes_the_deadline_undetermined_and_is_never_substituted() -> None:
    rule = notification_rule("Europe/Paris")
    detected = datetime(2024, 3, 29, 9, 0, tzinfo=PARIS)
    for anchors in (
        {Anchor.DETECTION: detected, Anchor.OCCURRENCE: detected},
        {Anchor.DETECTION: detected, Anchor.AWARENESS: None},
    ):
        deadline = compute_deadline(rule, anchors)
        assert deadline.due is None
        assert deadline.start is None
        assert deadline.undetermined
        assert deadline.missing == ("awareness",)
        assert "no other event is used" in deadline.explanation[0]
        assert deadline.describe() == (
            "Notify the supervisory authority (Art. 33(1) GDPR): undetermined; "
            "missing start event: awareness of the breach."
        )


def test_naive_and_date_anchors_are_refused_with_a_fix() -> None:
    rule = notification_rule("Europe/Paris")
    with pytest.raises(NaiveDatetimeError, match=r"naive datetime.*tzinfo=ZoneInfo"):
        compute_deadline(rule, {Anchor.AWARENESS: datetime(2024, 3, 29, 19, 0)})  # noqa: DTZ001
    with pytest.raises(NaiveDatetimeError, match=r"is a date .* no time of day"):
        compute_deadline(rule, {Anchor.AWARENESS: date(2024, 3, 29)})  # type: ignore[dict-item]


def test_unknown_time_zone_in_a_rule() -> None:
    with pytest.raises(UnknownTimeZoneError, match="Mars/Olympus"):
        _rule(timezone="Mars/Olympus")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"period": Hours(n=24), "convention": Convention.END_OF_DAY}, "hour period"),
        ({"period": Hours(n=24), "convention": Convention.BRAZIL}, "hour period"),
        (
            {
                "period": Elapsed(duration=timedelta(minutes=90)),
                "convention": Convention.REG_1182_71,
            },
            "whole hours",
        ),
        ({"period": WorkingDays(n=3), "convention": Convention.END_OF_DAY}, "need a calendar"),
        (
            {"period": WorkingDays(n=3, calendar=HolidayCalendar("BR"))},
            "cannot be counted as elapsed",
        ),
        ({"period": Months(n=1)}, "cannot be counted as elapsed"),
        ({"period": Months(n=1), "convention": Convention.REG_1182_71}, "needs a calendar"),
        ({"period": CalendarDays(n=3), "convention": Convention.BRAZIL}, "needs a calendar"),
        ({"period": Hours(n=24), "cutoff": time(17, 30)}, "cutoff applies only"),
        (
            {
                "period": CalendarDays(n=3),
                "convention": Convention.END_OF_DAY,
                "cutoff": time(17, 30, tzinfo=UTC),
            },
            "without tzinfo",
        ),
        ({"id": " "}, "non-empty id"),
    ],
)
def test_rules_that_do_not_fit_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidRuleError, match=message):
        _rule(**changes)


def test_period_values_are_checked() -> None:
    with pytest.raises(ValueError, match="from 1 to"):
        Hours(n=0)
    with pytest.raises(ValueError, match="positive timedelta"):
        Elapsed(duration=timedelta(0))
    with pytest.raises(TypeError):
        _rule(period=timedelta(hours=3))


def test_open_ended_duty_has_no_due_instant_but_may_have_a_target() -> None:
    # Processor's notice to the controller "without undue delay" (Art. 33(2) GDPR),
    # with a 24 h contractual target: aware 29 Mar 2024 19:00 CET (18:00Z) -> target
    # 30 Mar 18:00Z.
    rule = _rule(
        id="gdpr.art33_2.processor",
        label="Processor informs the controller",
        anchor=Anchor.PROCESSOR_AWARENESS,
        period=OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY, target=timedelta(hours=24)),
    )
    start = datetime(2024, 3, 29, 19, 0, tzinfo=PARIS)
    deadline = compute_deadline(rule, {Anchor.PROCESSOR_AWARENESS: start})
    assert deadline.open_ended
    assert deadline.due is None
    assert deadline.due_in("UTC") is None
    assert deadline.target == datetime(2024, 3, 30, 18, 0, tzinfo=UTC)
    assert deadline.duty is Duty.WITHOUT_UNDUE_DELAY
    assert "not a legal deadline" in deadline.explanation[-1]
    assert "no fixed due instant" in deadline.describe()
    bare = _rule(period=OpenEnded(duty=Duty.IMMEDIATELY))
    assert compute_deadline(bare, {Anchor.AWARENESS: start}).target is None
    assert Duty.AS_SOON_AS_PRACTICABLE.label == "as soon as practicable"


def test_describe_gives_utc_and_local_time() -> None:
    rule = notification_rule("Europe/London")
    start = datetime(2024, 12, 23, 15, 30, tzinfo=UTC)
    deadline = compute_deadline(rule, {Anchor.AWARENESS: start})
    assert deadline.describe() == (
        "Notify the supervisory authority (Art. 33(1) GDPR): due 2024-12-26T15:30:00+00:00 "
        "(UTC); Thursday 26 December 2024, 15:30:00 GMT (Europe/London), "
        "2024-12-26T15:30:00+00:00."
    )
    assert deadline.due_in("Europe/Paris") == datetime(2024, 12, 26, 16, 30, tzinfo=PARIS)


def test_every_convention_is_cited_and_explained() -> None:
    for convention in Convention:
        assert convention.citations
        assert all(isinstance(c, Citation) for c in convention.citations)
        assert convention.label
        assert convention.summary
        assert convention.__doc__ is not None
    assert str(CUTOFF_CITATION) == "Regulation S-T, Rule 13(a)(2)"


def test_anchors_have_snake_case_values_and_labels() -> None:
    assert [a.value for a in Anchor] == [
        "occurrence",
        "detection",
        "awareness",
        "processor_awareness",
        "processor_notice_to_controller",
        "determination",
        "classification",
        "earlier_filing",
        "assessment_end",
        "calendar_year_end",
    ]
    assert all(a.label for a in Anchor)


def test_an_open_ended_duty_without_its_start_event_reads_as_open_not_undetermined() -> None:
    rule = _rule(
        label="A sample copy",
        anchor=Anchor.EARLIER_FILING,
        period=OpenEnded(duty=Duty.WITHOUT_UNREASONABLE_DELAY),
    )
    deadline = compute_deadline(rule, {})
    assert deadline.open_ended
    assert deadline.missing == ("earlier_filing",)
    assert deadline.describe() == (
        "A sample copy: without unreasonable delay; no fixed due instant; its start event is "
        "not yet recorded: an earlier filing, such as the incident notification."
    )
    fixed = compute_deadline(_rule(anchor=Anchor.EARLIER_FILING), {})
    assert fixed.describe().startswith("A rule: undetermined; missing start event: ")
