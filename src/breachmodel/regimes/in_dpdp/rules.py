"""DPDP Act s. 8(6) with DPDP Rules 2025, Rule 7: intimations of a personal data breach.

* **Who and when** (:func:`applicability`): a Data Fiduciary established in India, or one
  outside India whose breach concerns Data Principals counted in India; for an incident the
  fiduciary became aware of on or after 13 May 2027, when Rule 7 commences (before that
  date the regime says the duty is not yet in force, unless ``DpdpOptions.assume_in_force``).
* **Every breach** is intimated, whatever the risk or the number: no threshold and no
  encryption exception in Rule 7.
* **Data Principals** (Rule 7(1)): each affected one, without delay, with five items.
* **The Board** (Rule 7(2)(a)): without delay, a description of the breach and its likely
  impact; then (Rule 7(2)(b)) within 72 hours of becoming aware, or a longer period the Board
  allows on a written request (finding ``in_dpdp/board_extension``, its ``until``), the
  detailed report with six items.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

import attrs

from breachmodel.citations import Citation
from breachmodel.clocks import Deadline, Elapsed, Hours, OpenEnded, Period
from breachmodel.clocks import Duty as Pace
from breachmodel.determination import ChecklistItem, Determination, MissingFact, Reason
from breachmodel.model import ActorOrigin, Incident, Vector
from breachmodel.obligations import Duty
from breachmodel.regimes import _booked, _checklists, _findings, _national, _sector
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes._national import Test, established_in, local_clock, reach, test, unlinked
from breachmodel.regimes.in_dpdp._law import COMMENCEMENT, HOURS, act, rule

__all__ = [
    "BOARD",
    "DETAILED",
    "FINDINGS",
    "KEYS",
    "KOLKATA",
    "PRINCIPALS",
    "REGIME_ID",
    "applicability",
    "board_items",
    "breach",
    "determinations",
    "linked",
    "principal_items",
]

REGIME_ID: Final = "in_dpdp"
KOLKATA: Final = "Asia/Kolkata"
PRINCIPALS: Final = "in_dpdp.r7.intimate_principals"
BOARD: Final = "in_dpdp.r7.intimate_board"
DETAILED: Final = "in_dpdp.r7.detailed_report"

FINDINGS: Final = {
    "digital": "Is the breached personal data digital personal data (collected in digital "
    "form, or digitised later), as the Act requires (s. 3)?",
    "board_extension": "Has the Board allowed a longer period for the detailed report on a "
    "written request (Rule 7(2)(b))? Record its end as 'until'.",
}
"""The findings this regime reads (``Incident.findings`` under ``in_dpdp``)."""

_BOOK: Final = _national.book(REGIME_ID, {
    PRINCIPALS: (Duty.INFORM_INDIVIDUALS, "data_principals", "Intimate each affected Data Principal (India, DPDP)", (act(8, 6), rule(7, 1))),
    BOARD: (Duty.NOTIFY_AUTHORITY, "board", "Intimate the Data Protection Board (India, DPDP)", (act(8, 6), rule(7, 2, "a"))),
    DETAILED: (Duty.INTERMEDIATE_REPORT, "board", "Detailed report to the Data Protection Board within 72 hours (India, DPDP)", (rule(7, 2, "b"),)),
})  # fmt: skip
"""Each determination's obligation: its duty and recipient, its title, its legal basis."""

KEYS: Final = {d: entry.key for d, entry in _BOOK.items()}
"""Each determination's obligation key."""
_PAPER: Final = frozenset(
    {Vector.LOST_PAPER, Vector.STOLEN_PAPER, Vector.MISDELIVERED_POST, Vector.IMPROPER_DISPOSAL}
)


def _not_in_force(when: datetime | None) -> str:
    day = "no date is recorded" if when is None else f"it was known on {when.date():%-d %B %Y}"
    return (
        f"Section 8(6) with Rule 7 is not in force for this incident: Rule 7 commences on "
        f"{COMMENCEMENT:%-d %B %Y} (eighteen months after the Rules' publication on 13 November "
        f"2025; secondary sources) and {day}. Asking for the regime with "
        "DpdpOptions(assume_in_force=True) shows the duties as they will apply."
    )


def linked(incident: Incident) -> Applicability | None:
    """Not applicable without a link to India or without personal data; else None."""
    cites = (act(8, 6), rule(1))
    found = unlinked(incident, REGIME_ID, "IN", cites)
    if found is not None:
        return found
    if incident.personal_data is False:
        return reach(REGIME_ID, Reach.NOT_APPLICABLE, "No personal data is concerned.", cites)
    return None


def applicability(incident: Incident) -> Applicability:
    """A fiduciary in India, or Data Principals counted in India; Rule 7 in force."""
    unlinked = linked(incident)
    if unlinked is not None:
        return unlinked
    cites = (act(8, 6), rule(1))
    when = started_at(incident)
    if when is None:
        result = reach(REGIME_ID, Reach.UNDETERMINED, _not_in_force(None), cites)
        question = "When did the Data Fiduciary become aware of the breach?"
        missing = (MissingFact(path="$.timeline.controller_aware_at", question=question),)
        return attrs.evolve(result, missing_facts=missing)
    if when.date() < COMMENCEMENT:
        return reach(REGIME_ID, Reach.NOT_APPLICABLE, _not_in_force(when), cites)
    return reach(REGIME_ID, Reach.APPLICABLE, _who(incident), (act(3), *cites))


def _who(incident: Incident) -> str:
    if established_in(incident, "IN"):
        return "A Data Fiduciary established in India."
    return (
        "A Data Fiduciary outside India, processing the data of Data Principals in India in "
        "offering them goods or services (s. 3(b), memory, not verified)."
    )


def started_at(incident: Incident) -> datetime | None:
    """The instant the regime dates the incident by: awareness, detection, occurrence."""
    tl = incident.timeline
    return tl.controller_aware_at or tl.detected_at or tl.occurred.earliest


def breach(incident: Incident) -> Test:
    """S. 2(u): any unauthorised processing or accidental disclosure, loss of access...

    A breach of paper records only needs the finding that the data is digital personal data.
    """
    cite = act(2)
    if incident.effects.unknown or not incident.effects.types:
        question = "What happened to the personal data (disclosure, alteration, loss of access...)?"
        return test(
            "breach",
            None,
            "What happened to the data is not recorded.",
            cite,
            MissingFact(path="$.effects", question=question),
        )
    vectors = incident.cause.vectors
    if vectors and vectors <= _PAPER:
        digital = _findings.answer(incident, REGIME_ID, "digital")
        if digital is None:
            fact = _findings.finding_fact(REGIME_ID, "digital", FINDINGS["digital"])
            return test(
                "breach",
                None,
                "Only paper records are recorded as breached: whether they hold digital personal data is not recorded.",
                act(3),
                fact,
            )
        if not digital:
            return test(
                "breach",
                False,
                "The assessor finds the breached records are not digital personal data: outside the Act (s. 3).",
                act(3),
            )
    return test(
        "breach",
        True,
        "A personal data breach within s. 2(u): every one is intimated, with no threshold and no encryption exception.",
        cite,
    )


def _known(incident: Incident) -> dict[str, bool]:
    i = incident
    return {
        "description": bool(i.effects.types) and i.timeline.occurred.start is not None,
        "consequences": bool(i.consequences),
        "measures": bool(i.measures.subsequent),
        "contact": i.controller.contact is not None,
        "cause": bool(i.cause.vectors) or i.cause.actor is not ActorOrigin.UNKNOWN,
        "told": bool(i.timeline.subject_communications),
    }


_PRINCIPAL_ROWS: Final = (
    ("description", "Description of the breach: its nature, extent, timing and location", "a"),
    ("consequences", "The consequences likely to arise for her", "b"),
    ("measures", "The measures implemented and being implemented to mitigate risk", "c"),
    ("consequences", "The safety measures she may take to protect her interests", "d"),
    ("contact", "Business contact of a person who can answer her queries", "e"),
)
_BOARD_ROWS: Final = (
    ("description", "Updated and detailed description of the breach", "i"),
    ("cause", "The broad facts: events, circumstances and reasons leading to the breach", "ii"),
    ("measures", "Measures implemented or proposed to mitigate risk", "iii"),
    ("cause", "Any findings regarding the person who caused the breach", "iv"),
    ("measures", "Remedial measures taken to prevent recurrence", "v"),
    ("told", "A report on the intimations given to affected Data Principals", "vi"),
)


def principal_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Rule 7(1)(a)-(e): what each affected Data Principal is told (plain and concise)."""
    known = _known(incident)
    return _checklists.items(
        (f"in.dpdp.principal.{n}", label, rule(7, 1, n), known[k], False)
        for k, label, n in _PRINCIPAL_ROWS
    )


def board_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Rule 7(2)(a) at once, then (b)(i)-(vi) in the detailed report (may follow)."""
    known = _known(incident)
    first: _checklists.Row = (
        "in.dpdp.board.a",
        "Description of the breach: nature, extent, timing, location and likely impact",
        rule(7, 2, "a"),
        known["description"] and known["consequences"],
        False,
    )
    rest = (
        (f"in.dpdp.board.b.{n}", label, rule(7, 2, "b"), known[k], True)
        for k, label, n in _BOARD_ROWS
    )
    return _checklists.items((first, *rest))


def _extension(incident: Incident) -> datetime | None:
    found = incident.finding(REGIME_ID, "board_extension")
    return None if found is None or found.answer is False else found.until


def _detailed_clock(incident: Incident) -> tuple[Deadline, tuple[Reason, ...]]:
    start = started_aware(incident)
    until = _extension(incident)
    period: Period = Hours(n=HOURS)
    notes: tuple[Reason, ...] = ()
    if until is not None and start is not None and until > start:
        period = Elapsed(duration=until - start)
        text = f"The Board allowed a longer period on a written request, until {until.isoformat()} (recorded finding)."
        notes = (Reason.fact(text, (rule(7, 2, "b"),)),)
    deadline = local_clock(
        rule_id=DETAILED,
        label=_BOOK[DETAILED].title,
        period=period,
        timezone=KOLKATA,
        start=start,
        citations=(rule(7, 2, "b"),),
    )
    return deadline, notes


def started_aware(incident: Incident) -> datetime | None:
    """When the fiduciary became aware (its awareness, else detection)."""
    return _sector.aware_at(incident)


def _open(incident: Incident, det_id: str, cite: Citation) -> Deadline:
    return local_clock(
        rule_id=det_id,
        label=_BOOK[det_id].title,
        period=OpenEnded(duty=Pace.WITHOUT_DELAY),
        timezone=KOLKATA,
        start=started_aware(incident),
        citations=(cite,),
    )


def _det(
    incident: Incident,
    found: Test,
    det_id: str,
    *,
    note: Reason,
    deadline: Deadline,
    recipients: tuple[str, ...],
    checklist: tuple[ChecklistItem, ...],
    extra: tuple[Reason, ...] = (),
) -> Determination:
    return _booked.determination(
        _BOOK,
        det_id,
        outcome=_sector.outcome_of(found.met),
        reasons=(found.reason,),
        when_owed=(note, *extra),
        recipients=recipients,
        checklist=checklist,
        missing=found.missing,
        deadline=deadline,
        incident=incident,
    )


def determinations(incident: Incident) -> tuple[Determination, ...]:
    """Rule 7(1), 7(2)(a) and 7(2)(b), in that order."""
    found = breach(incident)
    to_people = Reason.rule(
        "Each affected Data Principal is told without delay, concisely and plainly, through her user account or a registered means of communication (Rule 7(1)).",
        (act(8, 6), rule(7, 1)),
    )
    to_board = Reason.rule(
        "Recipient: the Data Protection Board of India, without delay, with a description of the breach and its likely impact (Rule 7(2)(a)).",
        (act(8, 6), rule(7, 2, "a")),
    )
    later = Reason.rule(
        f"The detailed report follows within {HOURS} hours of becoming aware, or a longer period the Board allows on a written request (Rule 7(2)(b)).",
        (rule(7, 2, "b"),),
    )
    deadline, notes = _detailed_clock(incident)
    board = board_items(incident)
    return (
        _det(
            incident,
            found,
            PRINCIPALS,
            note=to_people,
            deadline=_open(incident, PRINCIPALS, rule(7, 1)),
            recipients=("data_principals",),
            checklist=principal_items(incident),
        ),
        _det(
            incident,
            found,
            BOARD,
            note=to_board,
            deadline=_open(incident, BOARD, rule(7, 2, "a")),
            recipients=("in-dpb",),
            checklist=board[:1],
        ),
        _det(
            incident,
            found,
            DETAILED,
            note=later,
            deadline=deadline,
            recipients=("in-dpb",),
            checklist=board[1:],
            extra=notes,
        ),
    )
