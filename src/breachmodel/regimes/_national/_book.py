"""A national law's obligations: its book of keyed determinations and how each is decided.

Regime-neutral: each function takes the regime's book (its obligations by determination
id) and the incident; the clock of an owed obligation is checked against the filings
recorded for that obligation alone.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
from attrs import frozen

from breachmodel.citations import Citation
from breachmodel.clocks import Check, Deadline, Filed, Filing
from breachmodel.determination import (
    Assumption,
    ChecklistItem,
    Determination,
    MissingFact,
    Outcome,
    Reason,
)
from breachmodel.model import Incident, NoticeKind
from breachmodel.obligations import Duty as ObligationDuty
from breachmodel.obligations import ObligationKey
from breachmodel.regimes._base import Applicability, Reach

__all__ = [
    "INDIVIDUAL_DUTIES",
    "Book",
    "Entry",
    "Row",
    "book",
    "check",
    "content_of",
    "decide",
    "dependent",
    "first_notice_reasons",
    "outside",
]

_PEOPLE, _PUBLIC = ObligationDuty.INFORM_INDIVIDUALS, ObligationDuty.PUBLIC_NOTICE
INDIVIDUAL_DUTIES = frozenset({_PEOPLE, _PUBLIC})
"""The duties answered by communications (to the people, or public), not by notices."""


def _answers(obligation: ObligationKey | None, key: ObligationKey, kind: ObligationDuty) -> bool:
    """Whether a communication keyed so answers ``key``: its own key, or none and its kind."""
    return obligation == key or (obligation is None and key.duty is kind)


def _filings(incident: Incident, key: ObligationKey) -> tuple[Filing, ...]:
    """The filings made for this obligation: notices to an authority, or communications.

    A communication recorded without an obligation counts for every regime, as the model
    documents (telling the people concerned is one act, whichever law asks for it), but
    only for its own kind: a message to the people for their notice, a public one for a
    public notice. A public one answers the people's notice only when keyed to it (a
    substitute notice).
    """
    t = incident.timeline
    if key.duty in INDIVIDUAL_DUTIES:
        ats = [c.at for c in t.subject_communications if _answers(c.obligation, key, _PEOPLE)]
        ats += [c.at for c in t.public_communications if _answers(c.obligation, key, _PUBLIC)]
        return tuple(Filed("communication", at) for at in ats)
    return tuple(
        n
        for n in t.authority_notices
        if n.obligation == key and n.kind is not NoticeKind.WITHDRAWAL
    )


def check(deadline: Deadline, incident: Incident, key: ObligationKey) -> Check:
    """The deadline of the obligation ``key``, with the filings made for it.

    Notices to an authority count when they name the obligation; communications count when
    they name it or name none (for their own kind), as :func:`decide` reads them.
    """
    return Check(
        deadline=deadline,
        filings=_filings(incident, key),
        kinds=frozenset({NoticeKind.INITIAL.value, "communication", "assessment"}),
        reasons_for_delay_recorded=first_notice_reasons(incident, key),
    )


def first_notice_reasons(incident: Incident, key: ObligationKey) -> bool | None:
    """Whether the first notice made for this obligation gives reasons for delay."""
    notices = sorted(
        (n for n in incident.timeline.authority_notices if n.obligation == key),
        key=lambda n: n.at,
    )
    return None if not notices else bool(notices[0].reasons_for_delay)


@frozen(kw_only=True)
class Entry:
    """One obligation of a regime: its key, its title and its legal basis."""

    key: ObligationKey
    title: str
    basis: tuple[Citation, ...]


Book = Mapping[str, Entry]
"""A regime's obligations by determination id, in the order results list them."""


Row = tuple[ObligationDuty, str, str, tuple[Citation, ...]]
"""One obligation as a regime declares it: its duty, recipient, title and legal basis."""


def book(regime: str, rows: Mapping[str, Row]) -> dict[str, Entry]:
    """A regime's obligations from its rows by determination id, in order.

    >>> from breachmodel.citations import Citation
    >>> cite = Citation("Act", "s. 1")
    >>> found = book("xx", {"xx.s1.notify": (ObligationDuty.NOTIFY_AUTHORITY, "ra", "Notify", (cite,))})
    >>> found["xx.s1.notify"].key
    ObligationKey(regime='xx', duty=<Duty.NOTIFY_AUTHORITY: 'notify_authority'>, recipient='ra')
    """
    return {
        d: Entry(key=ObligationKey(regime, duty, recipient), title=title, basis=basis)
        for d, (duty, recipient, title, basis) in rows.items()
    }


def decide(
    obligations: Book,
    *,
    det_id: str,
    outcome: Outcome,
    reasons: tuple[Reason, ...],
    incident: Incident,
    deadline: Deadline | None = None,
    missing: tuple[MissingFact, ...] = (),
    recipients: tuple[str, ...] = (),
    checklist: tuple[ChecklistItem, ...] = (),
    assumptions: tuple[Assumption, ...] = (),
    extra_filings: tuple[Filing, ...] = (),
) -> Determination:
    """A keyed determination, with its clock when it is owed and has a deadline."""
    entry = obligations[det_id]
    owed = outcome is Outcome.REQUIRED
    the_clock = None
    if owed and deadline is not None:
        found = check(deadline, incident, entry.key)
        the_clock = attrs.evolve(found, filings=(*found.filings, *extra_filings))
    return Determination(
        id=det_id,
        title=entry.title,
        outcome=outcome,
        legal_basis=entry.basis,
        reasons=reasons,
        missing_facts=missing if outcome is Outcome.UNDETERMINED else (),
        deadline=deadline if the_clock is not None else None,
        status=None if the_clock is None else the_clock.judge(None),
        recipients=recipients if owed else (),
        checklist=checklist,
        assumptions=assumptions,
        key=entry.key,
        clock=the_clock,
    )


def outside(
    obligations: Book, applies: Applicability, incident: Incident
) -> tuple[Determination, ...]:
    """Every determination where the law does not (or may not) reach the incident."""
    undetermined = applies.reach is Reach.UNDETERMINED
    outcome = Outcome.UNDETERMINED if undetermined else Outcome.NOT_APPLICABLE
    return tuple(
        decide(
            obligations,
            det_id=d,
            outcome=outcome,
            reasons=applies.reasons,
            missing=applies.missing_facts,
            incident=incident,
        )
        for d in obligations
    )


def dependent(
    obligations: Book, *, det_id: str, on: Determination, incident: Incident
) -> Determination:
    """A determination owed only where ``on`` is: it follows ``on`` when ``on`` is not owed."""
    return decide(
        obligations,
        det_id=det_id,
        outcome=on.outcome,
        reasons=on.reasons,
        missing=on.missing_facts,
        incident=incident,
    )


def content_of(
    obligations: Book,
    *,
    det_id: str,
    on: Determination,
    incident: Incident,
    reason: Reason,
    recipients: tuple[str, ...],
    checklist: tuple[ChecklistItem, ...],
) -> Determination:
    """What a notice must contain: owed with the notice ``on``, checked against the record."""
    if on.outcome is not Outcome.REQUIRED:
        return dependent(obligations, det_id=det_id, on=on, incident=incident)
    return decide(
        obligations,
        det_id=det_id,
        outcome=Outcome.REQUIRED,
        reasons=(reason,),
        incident=incident,
        recipients=recipients,
        checklist=checklist,
    )
