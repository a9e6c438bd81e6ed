"""The national Law: the notice patterns the national regimes share, on a made-up law."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from attrs import frozen

from breachmodel.citations import Citation
from breachmodel.clocks import Anchor, CalendarDays
from breachmodel.clocks import Duty as OpenDuty
from breachmodel.determination import Determination, Outcome, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes import _national
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.serialization import from_data

CITE = Citation("Act", "s. 1")
RULE = Reason.rule("The rule.", (CITE,))
FOUND = Reason.fact("The test's finding.", (CITE,))
LIFTED = Reason.exception_applied("An exception.", (CITE,))
THEN = Reason.fact("When and how.", (CITE,))
MISSING = _national.unrecorded("xx", "harm", "Is harm likely?")
AWARE = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)

LAW = _national.Law(
    zone="Europe/London",
    book=_national.book(
        "xx",
        {
            "xx.s1.assess": (Duty.ASSESS, "entity", "Assess", (CITE,)),
            "xx.s2.notify": (
                Duty.NOTIFY_AUTHORITY,
                "ra",
                "Notify the authority",
                (CITE,),
            ),
            "xx.s3.content": (Duty.CONTENT, "ra", "Content of the notice", (CITE,)),
            "xx.s4.inform": (
                Duty.INFORM_INDIVIDUALS,
                "people",
                "Tell the people",
                (CITE,),
            ),
        },
    ),
)


def _incident(**timeline: object) -> Incident:
    data: dict[str, object] = {
        "schema_version": "1.0",
        "id": "x",
        "controller": {"id": "c", "name": "C"},
        "timeline": {"controller_aware_at": AWARE.isoformat(), **timeline},
    }
    return from_data(data, source="test")


@pytest.mark.parametrize(
    ("test", "outcome", "kinds"),
    [
        (True, Outcome.REQUIRED, ["rule", "fact", "fact"]),
        (False, Outcome.NOT_REQUIRED, ["rule", "fact"]),
        (None, Outcome.UNDETERMINED, ["rule", "fact"]),
    ],
)
def test_a_notice_is_owed_as_its_test_is_met_and_only_then_says_when(
    test: bool | None, outcome: Outcome, kinds: list[str]
) -> None:
    missing = (MISSING,) if test is None else ()
    found = LAW.owed_if(
        "xx.s2.notify", _incident(), test, RULE, FOUND, then=(THEN,), missing=missing
    )
    assert found.outcome is outcome
    assert found.missing_facts == missing
    assert [r.kind.value for r in found.reasons] == kinds
    assert found.key == LAW.keys["xx.s2.notify"]
    assert (found.title, found.legal_basis) == ("Notify the authority", (CITE,))


def test_an_exception_lifts_an_owed_notice_and_its_when_is_not_said() -> None:
    found = LAW.owed_if("xx.s2.notify", _incident(), True, RULE, lifted=LIFTED, then=(THEN,))
    assert found.outcome is Outcome.NOT_REQUIRED
    assert found.reasons == (RULE, LIFTED)


def test_an_exception_does_not_change_a_notice_that_is_not_owed() -> None:
    found = LAW.owed_if("xx.s2.notify", _incident(), False, RULE, lifted=LIFTED)
    assert found.outcome is Outcome.NOT_REQUIRED
    assert found.reasons == (RULE,)


def test_recipients_and_the_clock_belong_to_an_owed_notice_only() -> None:
    deadline = LAW.clock(
        "xx.s2.notify", anchor=Anchor.AWARENESS, start=AWARE, period=CalendarDays(n=3)
    )
    owed = LAW.owed_if(
        "xx.s2.notify", _incident(), True, RULE, deadline=deadline, recipients=("ra",)
    )
    not_owed = LAW.owed_if(
        "xx.s2.notify", _incident(), False, RULE, deadline=deadline, recipients=("ra",)
    )
    assert owed.recipients == ("ra",)
    assert owed.deadline is not None
    assert owed.deadline.due == datetime(2025, 3, 6, 23, 59, 59, 999999, tzinfo=UTC)
    assert (not_owed.recipients, not_owed.deadline) == ((), None)


def test_an_assessment_is_met_by_its_recorded_conclusion() -> None:
    deadline = LAW.clock(
        "xx.s1.assess", anchor=Anchor.AWARENESS, start=AWARE, period=CalendarDays(n=30)
    )
    done = datetime(2025, 3, 10, tzinfo=UTC)
    met = LAW.assessment("xx.s1.assess", _incident(), RULE, deadline=deadline, done=done)
    open_ = LAW.assessment("xx.s1.assess", _incident(), RULE, deadline=deadline, done=None)
    assert met.outcome is Outcome.REQUIRED
    assert met.clock is not None
    assert [f.at for f in met.clock.filings] == [done]
    assert open_.clock is not None
    assert open_.clock.filings == ()


def test_a_duty_after_an_earlier_filing_runs_from_the_first_filing_made_for_it() -> None:
    key = LAW.keys["xx.s2.notify"]
    first, later = "2025-03-04T10:00:00+00:00", "2025-03-05T10:00:00+00:00"
    notices = [
        {"kind": "initial", "at": later, "obligation": str(key)},
        {"kind": "initial", "at": first, "obligation": str(key)},
    ]
    incident = _incident(authority_notices=notices)
    after = LAW.after(incident, "xx.s4.inform", notice="xx.s2.notify", cite=CITE)
    assert after.open_ended
    assert after.start == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    assert after.label == "Tell the people"
    assert LAW.after(_incident(), "xx.s4.inform", notice="xx.s2.notify", cite=CITE).start is None


def test_an_open_duty_has_no_due_instant() -> None:
    found = LAW.open_clock(
        "xx.s4.inform",
        anchor=Anchor.AWARENESS,
        start=AWARE,
        duty=OpenDuty.AS_SOON_AS_PRACTICABLE,
        cite=CITE,
    )
    assert (found.open_ended, found.due) == (True, None)


def test_content_follows_its_notice_to_the_notice_s_recipients() -> None:
    owed = LAW.owed_if("xx.s2.notify", _incident(), True, RULE, recipients=("ra-id",))
    none = LAW.owed_if("xx.s2.notify", _incident(), None, RULE, FOUND, missing=(MISSING,))
    why = Reason.rule("It says what happened.", (CITE,))
    content = LAW.content("xx.s3.content", owed, _incident(), why, lambda _i: ())
    waiting = LAW.content("xx.s3.content", none, _incident(), why, lambda _i: ())
    assert (content.outcome, content.recipients) == (Outcome.REQUIRED, ("ra-id",))
    assert (waiting.outcome, waiting.recipients) == (Outcome.UNDETERMINED, ())
    assert (waiting.reasons, waiting.missing_facts) == (none.reasons, (MISSING,))


def test_outside_the_law_every_determination_says_why() -> None:
    reason = Reason(kind=ReasonKind.RULE, text="Not here.", citations=(CITE,))
    outside = Applicability(regime="xx", reach=Reach.NOT_APPLICABLE, reasons=(reason,))
    inside = Applicability(regime="xx", reach=Reach.APPLICABLE, reasons=(reason,))
    found = LAW.within(outside, _incident(), lambda: pytest.fail("decided outside the law"))
    assert [d.outcome for d in found] == [Outcome.NOT_APPLICABLE] * 4
    assert [d.id for d in found] == list(LAW.book)
    assert LAW.within(inside, _incident(), lambda: ()) == ()


def test_a_content_table_cites_each_point_and_marks_what_may_follow() -> None:
    rows: tuple[_national.Point, ...] = (
        ("a", "Who the controller is", lambda i: i.controller.name == "C"),
        ("b", "What the delay was", lambda _i: False),
    )
    items = _national.points(
        _incident(),
        "xx.content",
        lambda p: Citation("Act", f"s. 3({p})"),
        rows,
        later={"b"},
    )
    assert [(c.id, c.citation.pinpoint, c.provided, c.may_follow_later) for c in items] == [
        ("xx.content.a", "s. 3(a)", True, False),
        ("xx.content.b", "s. 3(b)", False, True),
    ]


@frozen
class _Finding:
    """A made-up analysis."""

    kind: str = "test"
    title: str = "The test"
    reasons: tuple[Reason, ...] = (FOUND,)


def test_a_ruling_after_one_analysis_shows_the_analysis() -> None:
    analysis = _Finding()
    seen: list[_Finding] = []

    def rule(incident: Incident, found: _Finding) -> tuple[Determination, ...]:
        seen.append(found)
        return (LAW.owed_if("xx.s2.notify", incident, True, *found.reasons),)

    ruled, shown = _national.analysed(lambda _i: analysis, rule)(_incident(), None)
    assert [d.reasons for d in ruled] == [(FOUND,)]
    assert (shown, seen) == ((analysis,), [analysis])
