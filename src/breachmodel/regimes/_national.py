"""Pieces the national breach laws of Brazil, Canada, Australia and Singapore share.

Regime-neutral: each function takes the regime's ids, keys, citations and time zone as
arguments. Territorial reach is read from where the people concerned live
(``subjects[*].by_country`` and ``by_subdivision``) and where the organisation is
established; a law's own questions are read from ``Incident.findings`` under its id.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from attrs import frozen

from breachmodel import law
from breachmodel.citations import Citation
from breachmodel.clocks import (
    Anchor,
    Check,
    Convention,
    Deadline,
    DeadlineRule,
    Duty,
    Filed,
    Filing,
    OpenEnded,
    Period,
    WorkingDayCalendar,
    compute_deadline,
)
from breachmodel.determination import (
    Assumption,
    ChecklistItem,
    Determination,
    MissingFact,
    Outcome,
    Reason,
    ReasonKind,
)
from breachmodel.model import Count, Incident, NoticeKind
from breachmodel.obligations import Duty as ObligationDuty
from breachmodel.obligations import ObligationKey
from breachmodel.regimes._base import Applicability, Reach

__all__ = [
    "Book",
    "Entry",
    "Territory",
    "answer",
    "applicable",
    "book",
    "cite_in",
    "clock",
    "content_of",
    "decide",
    "dependent",
    "finding_path",
    "first_notice_reasons",
    "not_applicable",
    "open_clock",
    "outside",
    "reach_reason",
    "residents",
    "territory",
    "undetermined",
]

_INDIVIDUALS = (ObligationDuty.INFORM_INDIVIDUALS, ObligationDuty.PUBLIC_NOTICE)


def cite_in(instrument: str, pinpoint: str, section: str | None = None) -> Citation:
    """Cite ``pinpoint`` in an instrument of the law table, linking to ``section`` if given."""
    found = law.get(instrument)
    url = found.url if section is None else found.article_link(section)
    return Citation(found.short, pinpoint, url, found.id)


def finding_path(regime: str, fact: str) -> str:
    """Where a finding goes in the incident file, for missing-fact questions."""
    return f"$.findings[{regime}.{fact}]"


def answer(incident: Incident, regime: str, fact: str) -> bool | None:
    """The yes/no answer recorded for a finding (None if not recorded)."""
    found = incident.finding(regime, fact)
    return None if found is None else found.answer


def residents(incident: Incident, country: str) -> Count:
    """How many people concerned live in ``country`` (ISO 3166-1), as far as the counts say."""
    return incident.residents_in(country)


@frozen(kw_only=True)
class Territory:
    """The country a national law protects, as a regime reads it.

    Attributes:
        regime: The regime's id.
        country: ISO 3166-1 alpha-2 code.
        name: The country's English name.
        law: The law's name in a sentence (``"the LGPD"``).
        citation: The provision on territorial scope.
    """

    regime: str
    country: str
    name: str
    law: str
    citation: Citation


def _applies(
    t: Territory, reach: Reach, text: str, missing: tuple[MissingFact, ...] = ()
) -> Applicability:
    kind = ReasonKind.MISSING if missing else ReasonKind.FACT
    reason = Reason(kind=kind, text=text, citations=(t.citation,))
    return Applicability(regime=t.regime, reach=reach, reasons=(reason,), missing_facts=missing)


def territory(incident: Incident, t: Territory) -> tuple[Applicability | None, Count, bool]:
    """The quick territorial test: (a not-applicable result or None, residents, established).

    Not applicable, at once, where no one concerned is counted as living in the country
    and the organisation records no establishment there.
    """
    count = residents(incident, t.country)
    established = any(e.country == t.country for e in incident.controller.establishments)
    lower = count.lower_bound or 0
    if lower > 0 or established:
        return None, count, established
    if count.known:
        text = f"No one concerned lives in {t.name} and the organisation is not established there."
    else:
        text = (
            f"No one concerned is counted as living in {t.name} and the organisation records no "
            f"establishment there, so {t.law} is not assessed; record the people's countries "
            "of residence (by_country) to assess it."
        )
    return _applies(t, Reach.NOT_APPLICABLE, text), count, established


def reach_reason(t: Territory, count: Count, established: bool) -> str:
    """Why the territorial test is met, in words."""
    parts = []
    if (count.lower_bound or 0) > 0:
        parts.append(f"{count.describe()} of the people concerned live in {t.name}")
    if established:
        parts.append(f"the organisation is established in {t.name}")
    text = " and ".join(parts)
    return text[:1].upper() + text[1:] + "."


def applicable(t: Territory, text: str) -> Applicability:
    """An applicable result with one reason."""
    return _applies(t, Reach.APPLICABLE, text)


def undetermined(t: Territory, text: str, missing: tuple[MissingFact, ...]) -> Applicability:
    """An undetermined result, with the facts needed."""
    return _applies(t, Reach.UNDETERMINED, text, missing)


def not_applicable(t: Territory, text: str) -> Applicability:
    """A not-applicable result with one reason."""
    return _applies(t, Reach.NOT_APPLICABLE, text)


def clock(
    *,
    rule_id: str,
    label: str,
    anchor: Anchor,
    start: datetime | None,
    period: Period,
    timezone: str,
    citations: tuple[Citation, ...],
    convention: Convention = Convention.END_OF_DAY,
    calendar: WorkingDayCalendar | None = None,
) -> Deadline:
    """A deadline counted in the recipient authority's time zone."""
    rule = DeadlineRule(
        id=rule_id,
        label=label,
        anchor=anchor,
        period=period,
        timezone=timezone,
        convention=convention,
        calendar=calendar,
        citations=citations,
    )
    return compute_deadline(rule, {anchor: start})


def open_clock(
    *,
    rule_id: str,
    label: str,
    anchor: Anchor,
    start: datetime | None,
    duty: Duty,
    timezone: str,
    citations: tuple[Citation, ...],
) -> Deadline:
    """An open-ended duty ("as soon as practicable", "as soon as feasible"): no due instant."""
    rule = DeadlineRule(
        id=rule_id,
        label=label,
        anchor=anchor,
        period=OpenEnded(duty=duty),
        timezone=timezone,
        citations=citations,
    )
    return compute_deadline(rule, {anchor: start})


def _filings(incident: Incident, key: ObligationKey) -> tuple[Filing, ...]:
    """The filings made for this obligation: notices to an authority, or communications."""
    t = incident.timeline
    if key.duty in _INDIVIDUALS:
        ats = [c.at for c in t.subject_communications if c.obligation == key]
        ats += [c.at for c in t.public_communications if c.obligation == key]
        return tuple(Filed("communication", at) for at in ats)
    return tuple(
        n
        for n in t.authority_notices
        if n.obligation == key and n.kind is not NoticeKind.WITHDRAWAL
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


def book(
    keys: Mapping[str, ObligationKey],
    titles: Mapping[str, str],
    basis: Mapping[str, tuple[Citation, ...]],
) -> dict[str, Entry]:
    """The obligations of a regime from its keys, titles and bases (same ids, in order)."""
    return {d: Entry(key=keys[d], title=titles[d], basis=basis[d]) for d in keys}


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
        the_clock = Check(
            deadline=deadline,
            filings=(*_filings(incident, entry.key), *extra_filings),
            kinds=frozenset({NoticeKind.INITIAL.value, "communication", "assessment"}),
            reasons_for_delay_recorded=first_notice_reasons(incident, entry.key),
        )
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
