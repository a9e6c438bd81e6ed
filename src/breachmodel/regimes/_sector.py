"""Pieces the sector regimes (NIS2, DORA) share: who is classified, clocks, filings.

Regime-neutral: each function takes the regime's id, keys and citations as arguments.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, ClassVar, Final, TypeVar

import attrs
from attrs import field, frozen

from breachmodel import _sensitivity
from breachmodel.citations import Citation
from breachmodel.clocks import (
    Anchor,
    Check,
    Convention,
    Deadline,
    DeadlineRule,
    HolidayCalendar,
    Months,
    Period,
    compute_deadline,
)
from breachmodel.determination import (
    ChecklistItem,
    Determination,
    MissingFact,
    Outcome,
    Reason,
    ReasonKind,
)
from breachmodel.model import AuthorityNotice, Classification, Incident, NoticeKind
from breachmodel.obligations import ObligationKey
from breachmodel.regimes import _content
from breachmodel.regimes._base import Applicability, BaseRegime, Reach

__all__ = [
    "CLASSIFICATION_PATH",
    "Finding",
    "Gate",
    "Refine",
    "Report",
    "Scope",
    "SectorRegime",
    "answer_word",
    "aware_at",
    "check",
    "clock",
    "country",
    "determination",
    "filed",
    "first_filed",
    "gated",
    "impact_candidates",
    "in_doubt",
    "member_state_zone",
    "outcome_of",
    "reports",
    "scoped",
    "staged_report",
    "unknown_impact",
]

T = TypeVar("T")

CLASSIFICATION_PATH: Final = "$.controller.classifications"
"""Where an organisation's classifications go in the incident file."""

_ZONES: Final = {
    "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia",
    "CY": "Asia/Nicosia", "CZ": "Europe/Prague", "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn", "ES": "Europe/Madrid",
    "FI": "Europe/Helsinki", "FR": "Europe/Paris", "GR": "Europe/Athens",
    "HR": "Europe/Zagreb", "HU": "Europe/Budapest", "IE": "Europe/Dublin",
    "IT": "Europe/Rome", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg",
    "LV": "Europe/Riga", "MT": "Europe/Malta", "NL": "Europe/Amsterdam",
    "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest",
    "SE": "Europe/Stockholm", "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava",
    "IS": "Atlantic/Reykjavik", "LI": "Europe/Vaduz", "NO": "Europe/Oslo",
}  # fmt: skip
"""The legal time of each EEA member state's capital (deadlines are shown there)."""


def country(incident: Incident, classification: Classification | None) -> str | None:
    """The member state whose law and authority apply.

    The classification's member state, else the country of the main establishment.
    """
    if classification is not None and classification.member_state is not None:
        return classification.member_state
    main = incident.controller.main_establishment
    return None if main is None else main.country


def member_state_zone(state: str | None) -> str:
    """The time zone deadlines are computed and shown in (UTC where unknown)."""
    return _ZONES.get(state or "", "UTC")


def aware_at(incident: Incident) -> datetime | None:
    """When the entity became aware of the incident (its own awareness, else detection)."""
    tl = incident.timeline
    return tl.controller_aware_at or tl.detected_at


def _started(incident: Incident) -> date | None:
    tl = incident.timeline
    when = tl.controller_aware_at or tl.detected_at or tl.occurred.earliest
    return None if when is None else when.date()


@frozen(kw_only=True, cache_hash=True)
class Gate:
    """How one regime reads a classification: its scheme, classes in scope, start date."""

    regime: str
    name: str
    in_scope: frozenset[str]
    applies_from: date
    scope_citation: Citation
    start_citation: Citation


@functools.lru_cache(maxsize=256)
def _answer(
    gate: Gate, reach: Reach, text: str, cite: Citation, *, unrecorded: bool
) -> Applicability:
    """An applicability of ``gate``'s regime (kept: most records get one of a few)."""
    kind = ReasonKind.FACT if reach is Reach.APPLICABLE else ReasonKind.RULE
    reason = Reason(kind=kind, text=text, citations=(cite,))
    missing: tuple[MissingFact, ...] = ()
    if unrecorded:
        question = f"Is the organisation classified under {gate.name}, by whom?"
        missing = (MissingFact(path=CLASSIFICATION_PATH, question=question),)
    return Applicability(regime=gate.regime, reach=reach, reasons=(reason,), missing_facts=missing)


@functools.lru_cache(maxsize=64)
def _predates(gate: Gate, *, unrecorded: bool) -> Applicability:
    """Not applicable: the incident predates the day the regime began to apply."""
    text = f"The incident predates {gate.applies_from:%-d %B %Y}, when {gate.name} began to apply."
    return _answer(gate, Reach.NOT_APPLICABLE, text, gate.start_citation, unrecorded=unrecorded)


@frozen(kw_only=True)
class Scope:
    """A regime's reading of a recorded classification: the class it gives, and why.

    Attributes:
        category: The class (in the gate's ``in_scope`` or not); None if it cannot be told.
        reasons: The argument.
        missing_facts: What is needed to tell, when unknown.
    """

    category: str | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()


Refine = Callable[[Incident, Classification], Scope | None]
"""Reads a recorded classification further (size, exemptions); None to take it as recorded."""


def _refined(gate: Gate, scope: Scope) -> Applicability:
    if scope.category is None:
        reach = Reach.UNDETERMINED
    else:
        reach = Reach.APPLICABLE if scope.category in gate.in_scope else Reach.NOT_APPLICABLE
    return Applicability(
        regime=gate.regime,
        reach=reach,
        reasons=scope.reasons,
        missing_facts=scope.missing_facts if reach is Reach.UNDETERMINED else (),
    )


def gated(
    incident: Incident, gate: Gate, legacy: bool | None, refine: Refine | None = None
) -> Applicability:
    """Applicability from the recorded classification (``legacy``: an older yes/no field).

    With no classification recorded the regime is not assessed: the reason says what to
    record, with the missing fact, so that nothing is guessed from a name or a sector.
    ``refine`` reads a recorded classification further (the regime's own scope rules).
    """
    found = incident.controller.classification(gate.regime)
    unrecorded = found is None and legacy is None

    def result(reach: Reach, text: str) -> Applicability:
        return _answer(gate, reach, text, gate.scope_citation, unrecorded=unrecorded)

    started = _started(incident)
    if started is not None and started < gate.applies_from:
        return _predates(gate, unrecorded=unrecorded)
    scope = None if found is None or refine is None else refine(incident, found)
    if scope is not None:
        return _refined(gate, scope)
    if found is not None:
        text = (
            f"The organisation is classified as {found.category.replace('_', ' ')} "
            f"(source: {found.source})."
        )
        reach = Reach.APPLICABLE if found.category in gate.in_scope else Reach.NOT_APPLICABLE
        return result(reach, text)
    if legacy is not None:
        verb = "is" if legacy else "is not"
        return result(
            Reach.APPLICABLE if legacy else Reach.NOT_APPLICABLE,
            f"The incident file records that the organisation {verb} within {gate.name} "
            "(no source recorded).",
        )
    return result(
        Reach.NOT_APPLICABLE,
        f"No classification under {gate.name} is recorded, so it is not assessed; record "
        "the organisation's classification and its source to assess it.",
    )


def in_doubt(scope: Applicability | None, reportable: bool | None) -> bool:
    """Whether an incident that may be reportable falls to a regime whose reach is unknown.

    The reports are then undetermined, with the facts the reach needs.
    """
    return scope is not None and scope.reach is Reach.UNDETERMINED and reportable is not False


def scoped(analysis: T, verdict: str, scope: Applicability | None) -> T:
    """``analysis`` as the reports read it: its ``verdict`` field unknown while the reach is.

    Its reasons and missing facts are preceded by the reach's; the analysis the views show
    keeps its own finding.
    """
    if scope is None or not in_doubt(scope, getattr(analysis, verdict)):
        return analysis
    return attrs.evolve(  # type: ignore[misc]
        analysis,
        **{verdict: None},
        reasons=(*scope.reasons, *analysis.reasons),  # type: ignore[attr-defined]
        missing_facts=(*scope.missing_facts, *analysis.missing_facts),  # type: ignore[attr-defined]
    )


def filed(incident: Incident, key: ObligationKey) -> tuple[AuthorityNotice, ...]:
    """The notices that name this obligation (withdrawals aside), oldest first.

    Only notices naming the obligation count: a GDPR notice to a data protection
    authority never meets a sector law's clock.
    """
    found = (
        n
        for n in incident.timeline.authority_notices
        if n.obligation == key and n.kind is not NoticeKind.WITHDRAWAL
    )
    return tuple(sorted(found, key=lambda n: n.at))


def first_filed(incident: Incident, key: ObligationKey) -> datetime | None:
    """When the first notice naming this obligation was made."""
    notices = filed(incident, key)
    return notices[0].at if notices else None


def clock(
    *,
    rule_id: str,
    label: str,
    anchor: Anchor,
    start: datetime | None,
    period: Period,
    state: str | None,
    citations: tuple[Citation, ...],
) -> Deadline:
    """A deadline in the member state's zone: hours elapsed, months to the end of the day.

    A month ends at the end of the same date of the next month in the member state's
    legal time; its holidays are for information only (encoding note E3: no roll-forward
    unless the law says so).
    """
    rule = DeadlineRule(
        id=rule_id,
        label=label,
        anchor=anchor,
        period=period,
        timezone=member_state_zone(state),
        convention=Convention.END_OF_DAY if isinstance(period, Months) else Convention.ELAPSED,
        calendar=None if state is None else HolidayCalendar(state),
        citations=citations,
    )
    return compute_deadline(rule, {anchor: start})


def check(deadline: Deadline, incident: Incident, key: ObligationKey) -> Check:
    """The deadline with the notices made for this obligation."""
    return Check(
        deadline=deadline,
        filings=filed(incident, key),
        kinds=frozenset({NoticeKind.INITIAL.value, NoticeKind.FOLLOW_UP.value}),
    )


def unknown_impact(paths: Iterable[tuple[str, str]]) -> tuple[MissingFact, ...]:
    """Missing facts under ``$.service_impact`` from (field, question) pairs."""
    return tuple(MissingFact(path=f"$.service_impact.{f}", question=q) for f, q in paths)


def answer_word(value: bool | None) -> str:
    """A three-valued finding in one word for the views' headlines.

    >>> answer_word(True), answer_word(False), answer_word(None)
    ('yes', 'no', 'undetermined')
    """
    return "undetermined" if value is None else ("yes" if value else "no")


def outcome_of(significant: bool | None) -> Outcome:
    """Required, not required or undetermined from a three-valued finding."""
    if significant is None:
        return Outcome.UNDETERMINED
    return Outcome.REQUIRED if significant else Outcome.NOT_REQUIRED


def determination(
    *,
    det_id: str,
    title: str,
    key: ObligationKey,
    outcome: Outcome,
    basis: tuple[Citation, ...],
    reasons: tuple[Reason, ...],
    missing: tuple[MissingFact, ...] = (),
    recipients: tuple[str, ...] = (),
    deadline: Deadline | None = None,
    incident: Incident | None = None,
    open_questions: tuple[MissingFact, ...] = (),
) -> Determination:
    """A keyed determination, with its clock when it is owed and has a deadline."""
    owed = outcome is Outcome.REQUIRED and deadline is not None and incident is not None
    the_clock = check(deadline, incident, key) if owed else None  # type: ignore[arg-type]
    return Determination(
        id=det_id,
        title=title,
        outcome=outcome,
        legal_basis=basis,
        reasons=reasons,
        missing_facts=missing if outcome is Outcome.UNDETERMINED else (),
        open_questions=open_questions,
        deadline=deadline if owed else None,
        status=None if the_clock is None else the_clock.judge(None),
        recipients=recipients,
        key=key,
        clock=the_clock,
    )


def impact_candidates(
    asked: Iterable[MissingFact], values: Mapping[str, tuple[object, str]]
) -> list[_sensitivity.Candidate]:
    """Changes worth trying for the service-impact facts asked.

    Each field's threshold value (the one that would make the incident reportable), with
    its condition in words.
    """
    paths = {m.path.removeprefix("$.service_impact.") for m in asked}
    out: list[_sensitivity.Candidate] = []
    for name, (value, condition) in values.items():
        if name in paths:
            text = json.dumps(value)
            out.append(_sensitivity.Candidate((f"service_impact.{name}={text}",), condition))
    return out


@frozen(kw_only=True)
class Finding:
    """What a regime's staged reports rest on: is the incident reportable, and to whom.

    Attributes:
        reportable: Whether the incident is significant (major...), None if unknown.
        reasons: Why (the analysis's argument).
        missing_facts: What is needed to tell, when unknown.
        incident: The incident (its filings meet the clocks).
        recipients: The recipients' ids.
        routing: Why they are the recipients.
    """

    reportable: bool | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...]
    incident: Incident
    recipients: tuple[str, ...]
    routing: tuple[Reason, ...]

    @classmethod
    def of(
        cls,
        reportable: bool | None,
        analysis: Any,
        incident: Incident,
        route: tuple[tuple[str, ...], tuple[Reason, ...]],
    ) -> Finding:
        """From an analysis (its reasons and missing facts) and the recipients' routing."""
        return cls(
            reportable=reportable,
            reasons=analysis.reasons,
            missing_facts=analysis.missing_facts,
            incident=incident,
            recipients=route[0],
            routing=route[1],
        )


def staged_report(  # noqa: PLR0917 - the parts of one report
    finding: Finding,
    det_id: str,
    key: ObligationKey,
    title: str,
    basis: tuple[Citation, ...],
    deadline: Deadline | None,
    notes: tuple[Reason, ...] = (),
) -> Determination:
    """One report of a staged reporting duty: owed when the incident is reportable."""
    outcome = outcome_of(finding.reportable)
    reasons = (*finding.reasons, *notes)
    owed = outcome is Outcome.REQUIRED
    return determination(
        det_id=det_id,
        title=title,
        key=key,
        outcome=outcome,
        basis=basis,
        reasons=(*reasons, *finding.routing) if owed else reasons,
        missing=finding.missing_facts,
        recipients=finding.recipients if owed else (),
        deadline=deadline,
        incident=finding.incident,
    )


@frozen
class Report:
    """One report of a staged reporting duty, as a checklist.

    Attributes:
        det_id: The determination that says whether, to whom and by when it is owed.
        names: Its name by language (the instrument's own term, with its provision).
        items: The ids of the content items (``SectorRegime.content``) it must carry.
    """

    det_id: str
    names: Mapping[str, str] = field(hash=False)
    items: tuple[str, ...]


def reports(rows: Iterable[tuple[str, str, str, tuple[str, ...]]]) -> tuple[Report, ...]:
    """Reports from rows of (determination id, English name, French name, item ids)."""
    return tuple(Report(det, {"en": en, "fr": fr}, items) for det, en, fr, items in rows)


class SectorRegime(BaseRegime):
    """A base for the sector regimes: report contents, thresholds, clocks from awareness.

    Subclasses set :attr:`content` (their report checklist) and :attr:`thresholds` (the
    value of each service-impact fact that would make the incident reportable).
    """

    content: ClassVar[tuple[_content.Item, ...]] = ()
    thresholds: ClassVar[Mapping[str, tuple[object, str]]] = {}
    reports: ClassVar[tuple[Report, ...]] = ()
    """The staged reports, in order, each with its checklist (for the report documents)."""
    report_titles: ClassVar[Mapping[str, str]] = {}
    """The title of the report checklists, by language."""
    labels: ClassVar[Mapping[str, Mapping[str, str]]] = {}
    """The checklist items' labels by language, other than English (their own labels)."""

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """What the reports must contain, checked against the record (any recipient)."""
        return _content.checklist(incident, self.content)

    def sensitivity_candidates(
        self, incident: Incident, asked: Iterable[MissingFact], options: object
    ) -> Iterable[_sensitivity.Candidate]:
        """The thresholds that would make the incident reportable, for the facts asked."""
        return impact_candidates(asked, self.thresholds)

    def aware_at(self, incident: Incident) -> datetime | None:
        """The clocks run from the entity's awareness."""
        return aware_at(incident)
