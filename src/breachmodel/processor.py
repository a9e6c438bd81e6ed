"""Processor incidents with many controllers: one breach at a processor, one assessment each.

A breach at a processor (or sub-processor) often concerns many controllers at once: in the
Viamedis/Almerys case one *tiers payant* operator served dozens of insurers. Each
controller has its own people, establishment and supervisory authority, and its own
Art. 33 clock, which starts when it becomes aware: normally when the processor tells it
(EDPB 9/2022, section II.A.4), earlier if it learned otherwise (encoding note E5).

A :class:`ProcessorIncident` records the shared facts once (data, effects, cause,
measures, when the processor became aware) and one :class:`ControllerShare` per
controller. :func:`controller_incident` derives each controller's own
:class:`~breachmodel.model.Incident`; :func:`assess_processor_incident` assesses every
one of them, the processor's Art. 33(2) duty towards each, and a cross-controller
:class:`ControllerSummary`. The cost grows linearly with the number of controllers.

Files: a processor incident file is JSON with ``"schema_version": "1.0"`` and
``"record_type": "processor_incident"``; :func:`load_any` reads either kind of file.

>>> pi = load_any("examples/viamedis-almerys-processor.json")
>>> isinstance(pi, ProcessorIncident), len(pi.controllers)
(True, 7)
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeAlias

import attrs
from attrs import field, frozen

from breachmodel.citations import edpb, gdpr
from breachmodel.determination import Determination, Outcome, Reason, ReasonKind
from breachmodel.errors import InvalidIncidentError, Problem
from breachmodel.model import (
    AssessorJudgment,
    AuthorityDecision,
    AuthorityNotice,
    Cause,
    Consequence,
    ContactFacts,
    Count,
    CustomCategory,
    DataConcerned,
    Effects,
    Incident,
    Measures,
    Occurrence,
    Organisation,
    ProcessorContract,
    ProcessorLink,
    ProcessorRole,
    PublicCommunication,
    RiskLevel,
    SubjectCommunication,
    SubjectGroup,
    Timeline,
)
from breachmodel.model._validate import (
    non_empty,
    optional_fixed_offset,
    optional_instant,
    unique_by,
)
from breachmodel.model.categories import check_categories_known
from breachmodel.sanitize import dumps_json, one_line

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.regimes.gdpr.options import GdprOptions

__all__ = [
    "PROCESSOR_RECORD_TYPE",
    "ControllerRow",
    "ControllerShare",
    "ControllerSummary",
    "ProcessorAssessment",
    "ProcessorIncident",
    "assess_processor_incident",
    "controller_incident",
    "dumps_any",
    "from_data_any",
    "load_any",
    "loads_any",
    "processor_assessment_to_dict",
    "render_processor_assessment",
    "stream_processor_assessment",
]

PROCESSOR_RECORD_TYPE = "processor_incident"
"""The ``record_type`` of a processor incident file."""

_INCIDENT_RECORD_TYPE = "incident"


@frozen(kw_only=True)
class ControllerShare:
    """One controller's share of a processor incident.

    Attributes:
        organisation: The controller.
        subjects: Its people concerned (counts per country, children, vulnerability).
        cross_border: Whether its processing is cross-border (Art. 4(23)); None if unknown.
        notified_by_processor_at: When the processor told this controller (Art. 33(2)).
        aware_at: When the controller became aware by other means, if earlier (press,
            its own detection...); its clock starts at the earlier of the two (E5).
        awareness_rationale: Why awareness is dated so (kept for the authority).
        contract: The breach terms of its contract with the processor; None means the
            incident's ``default_contract``.
        authority_notices: Notifications to supervisory authorities for this controller.
            One submitted ``by`` the processor counts only where the contract allows the
            processor to notify on the controller's behalf.
        subject_communications: Its communications to its people (Art. 34(1)).
        public_communications: Its public communications (Art. 34(3)(c)).
        judgment: The controller's own risk conclusion, if any.
        authority_decision: A supervisory authority's Art. 34(4) decision for it, if any.
        contact: What it knows about reaching its people (Art. 34(3)(c)).
        consequences: The consequences it considers likely; None means the incident's.
    """

    organisation: Organisation
    subjects: tuple[SubjectGroup, ...] = ()
    cross_border: bool | None = None
    notified_by_processor_at: datetime | None = field(
        default=None, converter=optional_fixed_offset, validator=optional_instant
    )
    aware_at: datetime | None = field(
        default=None, converter=optional_fixed_offset, validator=optional_instant
    )
    awareness_rationale: str | None = field(default=None, repr=False)
    contract: ProcessorContract | None = None
    authority_notices: tuple[AuthorityNotice, ...] = ()
    subject_communications: tuple[SubjectCommunication, ...] = ()
    public_communications: tuple[PublicCommunication, ...] = ()
    judgment: AssessorJudgment | None = None
    authority_decision: AuthorityDecision | None = None
    contact: ContactFacts = field(factory=ContactFacts)
    consequences: frozenset[Consequence] | None = None

    @property
    def total_subjects(self) -> Count:
        """All of this controller's people concerned (unknown if any group is)."""
        return Count.total(g.count for g in self.subjects)


@frozen(kw_only=True)
class ProcessorIncident:
    """One breach at a processor that concerns many controllers.

    Attributes:
        id: The incident's identifier.
        title: A short title.
        description: Free text (untrusted: never rendered unescaped, never in reprs).
        personal_data: Whether personal data is concerned at all; None if not established.
        processor: The processor where the breach happened.
        sub_processors: Sub-processors involved; each ``acts_for`` the processor or
            another sub-processor.
        default_contract: The breach terms of the processor's contracts, unless a
            controller's share names its own.
        data: The categories of personal data concerned (the same for every controller).
        custom_categories: Categories this incident declares for itself.
        effects: What happened to the data.
        cause: What caused the breach.
        measures: Protection before, measures after.
        consequences: The consequences considered likely, unless a share names its own.
        occurred: When the breach happened.
        detected_at: The processor's first signal that something was wrong.
        processor_aware_at: When the processor became aware (Art. 33(2)).
        contained_at: When the breach was stopped.
        controllers: One share per controller, each organisation id used once.
    """

    id: str = field(validator=non_empty)
    title: str | None = None
    description: str = field(default="", repr=False)
    personal_data: bool | None = True
    processor: Organisation
    sub_processors: tuple[ProcessorLink, ...] = ()
    default_contract: ProcessorContract | None = None
    data: tuple[DataConcerned, ...] = field(default=(), validator=unique_by("category"))
    custom_categories: tuple[CustomCategory, ...] = field(default=(), validator=unique_by("id"))
    effects: Effects = field(factory=Effects)
    cause: Cause = field(factory=Cause)
    measures: Measures = field(factory=Measures)
    consequences: frozenset[Consequence] = frozenset()
    occurred: Occurrence = field(factory=Occurrence)
    detected_at: datetime | None = field(
        default=None, converter=optional_fixed_offset, validator=optional_instant
    )
    processor_aware_at: datetime | None = field(
        default=None, converter=optional_fixed_offset, validator=optional_instant
    )
    contained_at: datetime | None = field(
        default=None, converter=optional_fixed_offset, validator=optional_instant
    )
    controllers: tuple[ControllerShare, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_categories_known(
            ((d.category, d.grants_access_to) for d in self.data), self.custom_categories
        )
        if not self.controllers:
            msg = (
                "controllers: a processor incident concerns at least one controller; list "
                "each controller whose data the breach concerns, with its share"
            )
            raise ValueError(msg)
        chain = {self.processor.id}
        for i, link in enumerate(self.sub_processors):
            org_id = link.organisation.id
            if org_id in chain:
                msg = (
                    f"sub_processors: [{i}] uses organisation id {org_id!r}, already used "
                    "in this incident; ids must be unique"
                )
                raise ValueError(msg)
            if link.acts_for not in chain:
                msg = (
                    f"sub_processors: [{i}] {org_id!r} acts_for {link.acts_for!r}, which is "
                    "not the processor or a sub-processor listed before it"
                )
                raise ValueError(msg)
            chain.add(org_id)
        seen: set[str] = set()
        for i, share in enumerate(self.controllers):
            org_id = share.organisation.id
            if org_id in chain or org_id in seen:
                msg = (
                    f"controllers: [{i}] uses organisation id {org_id!r}, already used in "
                    "this incident; each controller appears once and ids must be unique"
                )
                raise ValueError(msg)
            seen.add(org_id)
            try:
                _timeline(self, share)
            except ValueError as exc:
                msg = f"controllers: [{i}] ({org_id!r}): {exc}"
                raise ValueError(msg) from None
        if (
            self.detected_at is not None
            and self.processor_aware_at is not None
            and self.processor_aware_at < self.detected_at
        ):
            msg = (
                f"processor_aware_at ({self.processor_aware_at.isoformat()}) is before "
                f"detected_at ({self.detected_at.isoformat()}); correct one of the two"
            )
            raise ValueError(msg)

    def share(self, controller_id: str) -> ControllerShare:
        """The share of the controller with this organisation id."""
        for share in self.controllers:
            if share.organisation.id == controller_id:
                return share
        known = ", ".join(s.organisation.id for s in self.controllers)
        msg = f"no controller {controller_id!r} in the processor incident; known: {known}"
        raise KeyError(msg)

    @property
    def total_subjects(self) -> Count:
        """All people concerned over every controller (unknown if any count is)."""
        return Count.total(s.total_subjects for s in self.controllers)

    def _repr_html_(self) -> str:
        from breachmodel.notebook import incident_html

        return incident_html(self)

    def __repr__(self) -> str:
        return (
            f"<ProcessorIncident {self.id!r}: processor {self.processor.id!r}, "
            f"{len(self.controllers)} controllers>"
        )


def _contract(pi: ProcessorIncident, share: ControllerShare) -> ProcessorContract | None:
    return share.contract if share.contract is not None else pi.default_contract


def _counts_for(pi: ProcessorIncident, share: ControllerShare, notice: AuthorityNotice) -> bool:
    """Whether a notice listed on a share counts as the controller's notification."""
    if notice.by is None or notice.by == share.organisation.id:
        return True
    contract = _contract(pi, share)
    return notice.by == pi.processor.id and contract is not None and contract.may_notify_authority


def _timeline(pi: ProcessorIncident, share: ControllerShare) -> Timeline:
    notices = tuple(n for n in share.authority_notices if _counts_for(pi, share, n))
    return Timeline(
        occurred=pi.occurred,
        processor_aware_at=pi.processor_aware_at,
        processor_notified_controller_at=share.notified_by_processor_at,
        controller_aware_at=share.aware_at,
        awareness_rationale=share.awareness_rationale,
        contained_at=pi.contained_at,
        authority_notices=notices,
        subject_communications=share.subject_communications,
        public_communications=share.public_communications,
    )


def controller_incident(pi: ProcessorIncident, share: ControllerShare) -> Incident:
    """Derive one controller's own :class:`~breachmodel.model.Incident`.

    The processor becomes a :class:`~breachmodel.model.ProcessorLink` acting for this
    controller (with the share's contract, else the incident's default), followed by the
    sub-processors. The timeline carries the processor's awareness, its notice to this
    controller and the controller's own earlier awareness, if any; the processor's first
    signal (``detected_at``) is not the controller's and is left out, the processor's
    awareness standing for it (encoding note E5). Authority notices made by the processor
    count only where the contract lets it notify on the controller's behalf.

    Args:
        pi: The processor incident.
        share: One of its controllers' shares.

    Returns:
        The controller's incident, with id ``"<incident id>/<controller id>"``.
    """
    link = ProcessorLink(
        organisation=pi.processor,
        role=ProcessorRole.PROCESSOR,
        acts_for=share.organisation.id,
        contract=_contract(pi, share),
    )
    return Incident(
        id=f"{pi.id}/{share.organisation.id}",
        title=pi.title,
        description=pi.description,
        personal_data=pi.personal_data,
        controller=share.organisation,
        processors=(link, *pi.sub_processors),
        cross_border=share.cross_border,
        data=pi.data,
        custom_categories=pi.custom_categories,
        subjects=share.subjects,
        effects=pi.effects,
        cause=pi.cause,
        measures=pi.measures,
        consequences=share.consequences if share.consequences is not None else pi.consequences,
        timeline=_timeline(pi, share),
        judgment=share.judgment,
        authority_decision=share.authority_decision,
        contact=share.contact,
    )


# --- assessment ---------------------------------------------------------------------------


@frozen(kw_only=True)
class ControllerRow:
    """One controller's line in the cross-controller summary.

    Attributes:
        controller_id: The controller's organisation id.
        controller: Its name (untrusted text).
        authorities: The competent supervisory authorities' ids (empty if undetermined).
        people: Its people concerned.
        risk: The risk level its obligations use (None if undetermined).
        told_at: When the processor told it (None: not yet, or not recorded).
        aware_at: When its Art. 33 clock started (None if unknown).
        processor_notice_late: Whether the processor's notice to it came (or is) past the
            contractual or "without undue delay" target; None if that cannot be judged.
        notify: The outcome of its Art. 33(1) duty.
        notification_due: The Art. 33(1) due instant (UTC), if computed.
        notified_at: When its initial notification was made, if it counts.
        notified_by: Who made it (the controller's or the processor's id).
        notification_status: Where its Art. 33 clock stands (a ``Status`` value), if judged.
        late: Whether its notification was late or is overdue.
        inform_people: The outcome of its Art. 34 duty: individual communication, or a
            public one under Art. 34(3)(c) where that is what is required.
        people_informed_at: When it first informed its people (individually or publicly).
        must_still_inform_people: Whether Art. 34 requires it and nothing is recorded yet.
        ignored_notices: Notices listed for it that do not count (made by the processor
            without the contract allowing it, or by another organisation).
    """

    controller_id: str
    controller: str
    authorities: tuple[str, ...]
    people: Count
    risk: RiskLevel | None
    told_at: datetime | None
    aware_at: datetime | None
    processor_notice_late: bool | None
    notify: Outcome
    notification_due: datetime | None
    notified_at: datetime | None
    notified_by: str | None
    notification_status: str | None
    late: bool
    inform_people: Outcome
    people_informed_at: datetime | None
    must_still_inform_people: bool
    ignored_notices: int = 0


@frozen(kw_only=True)
class ControllerSummary:
    """Who has been told, who has notified, who is late, who must still inform people.

    Attributes:
        rows: One per controller, in the incident's order.
        controllers: How many controllers.
        told: How many the processor has told.
        processor_notices_late: How many it told late (or has not told past the target).
        notified: How many have notified their authority (by themselves or through the
            processor).
        notified_by_processor: Of those, how many through the processor on their behalf.
        late: How many notified late or are overdue.
        must_notify: How many must notify their authority.
        must_still_inform_people: How many must still inform their people.
        total_people: Everyone concerned, over all controllers.
    """

    rows: tuple[ControllerRow, ...]
    controllers: int
    told: int
    processor_notices_late: int
    notified: int
    notified_by_processor: int
    late: int
    must_notify: int
    must_still_inform_people: int
    total_people: Count


@frozen(kw_only=True)
class ProcessorAssessment:
    """Every controller's assessment, the processor's duties, and the summary.

    Attributes:
        incident_id: The processor incident's id.
        incident_title: Its title (untrusted text).
        processor: The processor's name (untrusted text).
        processor_id: The processor's organisation id.
        as_of: The instant statuses are judged at.
        per_controller: One :class:`~breachmodel.assessment.Assessment` per controller,
            in the incident's order.
        processor_duties: The processor's Art. 33(2) duty towards each controller
            (``gdpr.art33.processor_notice``, recipients: that controller's id).
        summary: The cross-controller summary.
    """

    incident_id: str
    incident_title: str | None
    processor: str
    processor_id: str
    as_of: datetime | None
    per_controller: tuple[Assessment, ...]
    processor_duties: tuple[Determination, ...]
    summary: ControllerSummary

    def __getitem__(self, controller_id: str) -> Assessment:
        """The assessment of the controller with this organisation id."""
        for row, a in zip(self.summary.rows, self.per_controller, strict=True):
            if row.controller_id == controller_id:
                return a
        known = ", ".join(r.controller_id for r in self.summary.rows)
        msg = f"no controller {controller_id!r}; known: {known}"
        raise KeyError(msg)

    def duty(self, controller_id: str) -> Determination:
        """The processor's Art. 33(2) duty towards one controller."""
        for d in self.processor_duties:
            if d.recipients == (controller_id,):
                return d
        msg = f"no processor duty towards {controller_id!r}"
        raise KeyError(msg)

    def to_text(self) -> str:
        """Plain-text rendering."""
        return render_processor_assessment(self, "text")

    def to_markdown(self) -> str:
        """Markdown rendering."""
        return render_processor_assessment(self, "markdown")

    def to_html(self) -> str:
        """Self-contained HTML (no JavaScript; every user string escaped)."""
        return render_processor_assessment(self, "html")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return processor_assessment_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON."""
        if indent == 2:  # written one controller at a time
            return _render_to_string(_write_json, self)
        return dumps_json(self.to_dict(), indent=indent, sort_keys=True) + "\n"

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        s = self.summary
        return (
            f"<ProcessorAssessment {self.incident_id!r}: {s.controllers} controllers, "
            f"{s.notified} notified, {s.late} late>"
        )


def _notice_reasons(pi: ProcessorIncident, share: ControllerShare) -> tuple[list[Reason], int]:
    """Reasons about notices made for the controller by someone else; ignored count."""
    out: list[Reason] = []
    ignored = 0
    cites = (gdpr(28, 3, "f"), edpb("section II.A.4"))
    for n in share.authority_notices:
        if n.by is None or n.by == share.organisation.id:
            continue
        when = n.at.isoformat()
        if _counts_for(pi, share, n):
            out.append(
                Reason(
                    kind=ReasonKind.FACT,
                    text=(
                        f"The {n.kind.value} notification of {when} was made by the processor "
                        f"({pi.processor.name}) on the controller's behalf, as its contract "
                        "allows; it counts for the controller, which stays responsible for it."
                    ),
                    citations=cites,
                )
            )
            continue
        ignored += 1
        who = (
            f"the processor ({pi.processor.name})"
            if n.by == pi.processor.id
            else f"another organisation ({n.by!r})"
        )
        why = (
            "the contract does not allow the processor to notify on the controller's behalf"
            if n.by == pi.processor.id
            else "only the controller, or its processor where the contract allows, notifies"
        )
        out.append(
            Reason(
                kind=ReasonKind.WARNING,
                text=(
                    f"The {n.kind.value} notification of {when} made by {who} does not count "
                    f"as this controller's: {why}. The controller must notify itself, or "
                    "record the delegation in the contract."
                ),
                citations=(gdpr(33, 1), *cites),
            )
        )
    return out, ignored


def _with_notice_reasons(a: Assessment, extra: list[Reason]) -> Assessment:
    from breachmodel.regimes.gdpr.art33 import NOTIFY_AUTHORITY

    if not extra:
        return a
    dets = tuple(
        attrs.evolve(d, reasons=(*d.reasons, *extra)) if d.id == NOTIFY_AUTHORITY else d
        for d in a.determinations
    )
    return attrs.evolve(a, determinations=dets)


def _first_at(items: tuple[SubjectCommunication, ...] | tuple[PublicCommunication, ...]) -> Any:
    return min((c.at for c in items), default=None)


def _row(
    share: ControllerShare,
    incident: Incident,
    a: Assessment,
    duty: Determination,
    *,
    ignored: int,
) -> ControllerRow:
    from breachmodel.clocks import Status
    from breachmodel.regimes.gdpr.art33 import (
        NOTIFY_AUTHORITY,
        controller_awareness,
        counted_notice,
    )
    from breachmodel.regimes.gdpr.art34 import COMMUNICATE_SUBJECTS, PUBLIC_COMMUNICATION

    notify = a[NOTIFY_AUTHORITY]
    status = notify.status
    first = counted_notice(incident, notify)
    individual = a[COMMUNICATE_SUBJECTS]
    public = a[PUBLIC_COMMUNICATION]
    inform: Outcome = individual.outcome
    done: datetime | None = _first_at(share.subject_communications)
    if public.outcome is Outcome.REQUIRED:
        inform, done = public.outcome, _first_at(share.public_communications)
    anyone = _first_at(share.subject_communications) or _first_at(share.public_communications)
    duty_status = duty.status
    late_notice: bool | None = None
    if duty_status is not None and duty_status.status is not Status.UNDETERMINED:
        late_notice = duty_status.beyond_target_by is not None
    by = None
    if first is not None:
        by = first.by or share.organisation.id
    return ControllerRow(
        controller_id=share.organisation.id,
        controller=share.organisation.name,
        authorities=a.routing.ids,
        people=share.total_subjects,
        risk=a.risk.level,
        told_at=share.notified_by_processor_at,
        aware_at=controller_awareness(incident)[0],
        processor_notice_late=late_notice,
        notify=notify.outcome,
        notification_due=None if notify.deadline is None else notify.deadline.due,
        notified_at=None if first is None else first.at,
        notified_by=by,
        notification_status=None if status is None else status.status.value,
        late=status is not None and status.status in (Status.MET_LATE, Status.OVERDUE),
        inform_people=inform,
        people_informed_at=done if done is not None else anyone,
        must_still_inform_people=inform is Outcome.REQUIRED and done is None,
        ignored_notices=ignored,
    )


@attrs.define
class _Tally:
    """The summary's counts, added up one row at a time."""

    processor_id: str
    controllers: int = 0
    told: int = 0
    processor_notices_late: int = 0
    notified: int = 0
    notified_by_processor: int = 0
    late: int = 0
    must_notify: int = 0
    must_still_inform_people: int = 0
    people: Count | None = None

    def add(self, r: ControllerRow) -> None:
        self.controllers += 1
        self.told += r.told_at is not None
        self.processor_notices_late += bool(r.processor_notice_late)
        self.notified += r.notified_at is not None
        self.notified_by_processor += (
            r.notified_at is not None and r.notified_by == self.processor_id
        )
        self.late += r.late
        self.must_notify += r.notify is Outcome.REQUIRED
        self.must_still_inform_people += r.must_still_inform_people
        self.people = r.people if self.people is None else self.people + r.people

    def summary(self, rows: tuple[ControllerRow, ...]) -> ControllerSummary:
        counts = {name: getattr(self, name) for name in _COUNTED}
        people = self.people if self.people is not None else Count.unknown()
        return ControllerSummary(rows=rows, total_people=people, **counts)


_COUNTED = (
    "controllers",
    "told",
    "processor_notices_late",
    "notified",
    "notified_by_processor",
    "late",
    "must_notify",
    "must_still_inform_people",
)


def _summary(pi: ProcessorIncident, rows: list[ControllerRow]) -> ControllerSummary:
    tally = _Tally(pi.processor.id)
    for r in rows:
        tally.add(r)
    return tally.summary(tuple(rows))


_Result: TypeAlias = "tuple[Assessment, Determination, ControllerRow]"
"""One controller's assessment, the processor's duty towards it, and its summary row."""


def _controller_results(
    pi: ProcessorIncident, *, as_of: datetime | None, options: GdprOptions | None
) -> Iterator[_Result]:
    """Assess the controllers one at a time, in the incident's order."""
    from breachmodel.assessment import assess
    from breachmodel.regimes.gdpr.art33 import PROCESSOR_NOTICE

    for share in pi.controllers:
        incident = controller_incident(pi, share)
        a = assess(incident, as_of=as_of, options=options)
        extra, ignored = _notice_reasons(pi, share)
        a = _with_notice_reasons(a, extra)
        duty = attrs.evolve(
            a[PROCESSOR_NOTICE],
            title=f"Processor informs the controller {share.organisation.name}",
        )
        yield a, duty, _row(share, incident, a, duty, ignored=ignored)


def assess_processor_incident(
    pi: ProcessorIncident,
    *,
    as_of: datetime | None = None,
    options: GdprOptions | None = None,
) -> ProcessorAssessment:
    """Assess a processor incident for every controller, in one pass (linear time).

    Args:
        pi: The processor incident.
        as_of: The instant at which to judge deadlines (never read from the clock).
        options: Interpretation options, the same for every controller.

    Returns:
        One assessment per controller (its own clock, risk and authority), the
        processor's Art. 33(2) duty towards each, and the cross-controller summary.

    Raises:
        NaiveDatetimeError: If ``as_of`` has no time zone.
    """
    per: list[Assessment] = []
    duties: list[Determination] = []
    rows: list[ControllerRow] = []
    for a, duty, row in _controller_results(pi, as_of=as_of, options=options):
        per.append(a)
        duties.append(duty)
        rows.append(row)
    return attrs.evolve(
        _head(pi, as_of),
        per_controller=tuple(per),
        processor_duties=tuple(duties),
        summary=_summary(pi, rows),
    )


# --- rendering ----------------------------------------------------------------------------


def _iso(value: datetime | None) -> str:
    return "" if value is None else value.isoformat()


def _yes(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _row_dict(r: ControllerRow) -> dict[str, Any]:
    return {
        "controller_id": r.controller_id,
        "controller": r.controller,
        "authorities": list(r.authorities),
        "people": r.people.describe(),
        "people_best": r.people.best,
        "risk": None if r.risk is None else r.risk.value,
        "told_at": r.told_at.isoformat() if r.told_at else None,
        "aware_at": r.aware_at.isoformat() if r.aware_at else None,
        "processor_notice_late": r.processor_notice_late,
        "notify": r.notify.value,
        "notification_due": r.notification_due.isoformat() if r.notification_due else None,
        "notified_at": r.notified_at.isoformat() if r.notified_at else None,
        "notified_by": r.notified_by,
        "notification_status": r.notification_status,
        "late": r.late,
        "inform_people": r.inform_people.value,
        "people_informed_at": r.people_informed_at.isoformat() if r.people_informed_at else None,
        "must_still_inform_people": r.must_still_inform_people,
        "ignored_notices": r.ignored_notices,
    }


def _summary_dict(s: ControllerSummary, rows: Any) -> dict[str, Any]:
    return {
        "controllers": s.controllers,
        "told": s.told,
        "processor_notices_late": s.processor_notices_late,
        "must_notify": s.must_notify,
        "notified": s.notified,
        "notified_by_processor": s.notified_by_processor,
        "late": s.late,
        "must_still_inform_people": s.must_still_inform_people,
        "total_people": s.total_people.describe(),
        "total_people_best": s.total_people.best,
        "rows": rows,
    }


def _document(pa: ProcessorAssessment, summary: Any, duties: Any, per: Any) -> dict[str, Any]:
    from breachmodel.render import OUTPUT_FORMAT_VERSION

    return {
        "format_version": OUTPUT_FORMAT_VERSION,
        "record_type": "processor_assessment",
        "incident_id": pa.incident_id,
        "incident_title": pa.incident_title,
        "processor": {"id": pa.processor_id, "name": pa.processor},
        "as_of": _iso(pa.as_of) or None,
        "summary": summary,
        "processor_duties": duties,
        "per_controller": per,
    }


def processor_assessment_to_dict(pa: ProcessorAssessment) -> dict[str, Any]:
    """JSON-ready data for a processor assessment."""
    from breachmodel.render import assessment_to_dict, determination_to_dict

    s = pa.summary
    return _document(
        pa,
        _summary_dict(s, [_row_dict(r) for r in s.rows]),
        [determination_to_dict(d) for d in pa.processor_duties],
        [assessment_to_dict(a) for a in pa.per_controller],
    )


def _write_json(out: IO[str], pa: ProcessorAssessment, results: Iterable[_Result]) -> None:
    """Write the JSON of ``processor_assessment_to_dict``, one controller at a time.

    ``pa`` gives the head (its per-controller parts are not read); ``results`` the
    controllers. The duties and summary rows, which come after the assessments in key
    order, are kept in temporary files meanwhile; memory does not grow with the number
    of controllers.
    """
    from breachmodel._jsonstream import Items, Later, Spool, write_json
    from breachmodel.render import assessment_to_dict, determination_to_dict

    tally = _Tally(pa.processor_id)
    duties, rows = Spool(), Spool()

    def per_controller() -> Iterator[dict[str, Any]]:
        for a, duty, row in results:
            tally.add(row)
            duties.add(determination_to_dict(duty))
            rows.add(_row_dict(row))
            yield assessment_to_dict(a)

    summary = Later(lambda: _summary_dict(tally.summary(()), rows))
    write_json(out, _document(pa, summary, duties, Items(per_controller())))
    out.write("\n")


_COLUMNS = (
    "Controller",
    "Authority",
    "People",
    "Risk to people",
    "Told by processor",
    "Processor notice late",
    "Notify the authority (Art. 33)",
    "Notify by",
    "Notified",
    "Late",
    "Tell the people (Art. 34)",
    "Must still tell people",
)


def _row_cells(r: ControllerRow, a: Assessment) -> tuple[str, ...]:
    from breachmodel.overview import controller_overview, risk_label

    overview = controller_overview(a)
    notified = _iso(r.notified_at)
    if notified and r.notified_by and r.notified_by != r.controller_id:
        notified += f" (by {r.notified_by})"
    return (
        r.controller,
        overview.authority,
        r.people.describe(),
        risk_label(r.risk),
        _iso(r.told_at) or "not yet",
        _yes(r.processor_notice_late),
        r.notify.value.replace("_", " "),
        overview.notify_by,
        notified or "no",
        "yes" if r.late else "no",
        overview.form.value,
        "yes" if r.must_still_inform_people else "no",
    )


def _rows_cells(pa: ProcessorAssessment) -> list[tuple[str, ...]]:
    return [_row_cells(r, a) for r, a in zip(pa.summary.rows, pa.per_controller, strict=True)]


def _totals_lines(s: ControllerSummary) -> list[str]:
    return [
        f"Controllers: {s.controllers}",
        f"Told by the processor: {s.told} (late: {s.processor_notices_late})",
        f"Must notify their authority: {s.must_notify}",
        f"Have notified: {s.notified} (through the processor: {s.notified_by_processor})",
        f"Late or overdue: {s.late}",
        f"Must still inform their people: {s.must_still_inform_people}",
        f"People concerned in total: {s.total_people.describe()}",
    ]


def _text_spool() -> tempfile.SpooledTemporaryFile[str]:
    return tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")


def _write_text(out: IO[str], pa: ProcessorAssessment, results: Iterable[_Result]) -> None:
    """Write the plain text, one controller at a time (see :func:`_write_json`).

    The summary comes first but needs every controller: the controllers' parts are
    written to temporary files as they come, then copied after the summary.
    """
    from breachmodel.render import render_determination_text, render_text

    tally = _Tally(pa.processor_id)
    with _text_spool() as rows, _text_spool() as duties, _text_spool() as per:
        for a, duty, row in results:
            tally.add(row)
            cells = [one_line(c) for c in _row_cells(row, a)]
            rows.write(f"* {cells[0]}\n")
            rows.writelines(f"    {k}: {v}\n" for k, v in zip(_COLUMNS[1:], cells[1:], strict=True))
            duties.write("\n" + render_determination_text(duty) + "\n")
            per.write("\n\n" + render_text(a).rstrip("\n") + "\n")
        head = one_line(
            f"Processor incident {pa.incident_id}"
            + (f": {pa.incident_title}" if pa.incident_title else "")
        )
        lines = [head, "=" * len(head), one_line(f"Processor: {pa.processor}")]
        lines.append(f"As of: {pa.as_of.isoformat() if pa.as_of else 'not given'}")
        lines += ["", "Summary", "-------", *map(one_line, _totals_lines(tally.summary(()))), ""]
        out.write("\n".join(lines) + "\n")
        _copy(rows, out)
        out.write("\nProcessor's duties (Art. 33(2))\n-------------------------------\n")
        _copy(duties, out)
        _copy(per, out)


def _copy(spool: tempfile.SpooledTemporaryFile[str], out: IO[str]) -> None:
    spool.seek(0)
    shutil.copyfileobj(spool, out)


def _results(pa: ProcessorAssessment) -> Iterator[_Result]:
    return zip(pa.per_controller, pa.processor_duties, pa.summary.rows, strict=True)


def _head(pi: ProcessorIncident, as_of: datetime | None) -> ProcessorAssessment:
    """A processor assessment with no controllers: the head of a streamed rendering."""
    return ProcessorAssessment(
        incident_id=pi.id,
        incident_title=pi.title,
        processor=pi.processor.name,
        processor_id=pi.processor.id,
        as_of=as_of,
        per_controller=(),
        processor_duties=(),
        summary=_Tally(pi.processor.id).summary(()),
    )


def _render_to_string(
    write: Callable[[IO[str], ProcessorAssessment, Iterable[_Result]], None],
    pa: ProcessorAssessment,
) -> str:
    buffer = io.StringIO()
    write(buffer, pa, _results(pa))
    return buffer.getvalue()


_STREAMED: dict[str, Callable[[IO[str], ProcessorAssessment, Iterable[_Result]], None]] = {
    "text": _write_text,
    "json": _write_json,
}


def stream_processor_assessment(
    pi: ProcessorIncident,
    out: IO[str],
    fmt: str = "json",
    *,
    as_of: datetime | None = None,
    options: GdprOptions | None = None,
) -> None:
    """Assess a processor incident and write it as ``"json"`` or ``"text"``, as it goes.

    The output is the same as ``render_processor_assessment(assess_processor_incident(pi,
    ...), fmt)``, but each controller is assessed, written and dropped in turn, so memory
    does not grow with the number of controllers.

    Raises:
        ValueError: For another format.
        NaiveDatetimeError: If ``as_of`` has no time zone.
    """
    write = _STREAMED.get(fmt)
    if write is None:
        msg = f"unknown streamed format {fmt!r}; expected 'text' or 'json'"
        raise ValueError(msg)
    write(out, _head(pi, as_of), _controller_results(pi, as_of=as_of, options=options))


def _markdown(pa: ProcessorAssessment) -> str:
    from breachmodel.render import _md, render_markdown

    title = f"# Processor incident {_md(pa.incident_id)}" + (
        f": {_md(pa.incident_title)}" if pa.incident_title else ""
    )
    lines = [title, "", f"- **Processor:** {_md(pa.processor)}"]
    lines.append(f"- **As of:** {pa.as_of.isoformat() if pa.as_of else 'not given'}")
    lines += ["", "## Summary", ""]
    lines += [f"- {_md(x)}" for x in _totals_lines(pa.summary)]
    lines += ["", "| " + " | ".join(_COLUMNS) + " |", "|" + "---|" * len(_COLUMNS)]
    for cells in _rows_cells(pa):
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    lines += ["", "## Processor's duties (Art. 33(2))", ""]
    for d in pa.processor_duties:
        st = d.status
        state = "" if st is None else st.status.value.replace("_", " ")
        late = " — late against the target" if st is not None and st.beyond_target_by else ""
        lines.append(f"- {_md(d.title)}: {state}{_md(late)}")
        lines.extend(f"  - {_md(r.text)}" for r in d.reasons if r.kind is ReasonKind.WARNING)
    for a in pa.per_controller:
        body = render_markdown(a)
        lines.append("")
        lines.extend(("#" + ln) if ln.startswith("#") else ln for ln in body.split("\n"))
    return "\n".join(lines).rstrip("\n") + "\n"


def _html(pa: ProcessorAssessment) -> str:
    import html

    from breachmodel.render import render_determination_html, render_html

    def e(value: object) -> str:
        return html.escape(one_line(str(value)), quote=True)

    title = f"Processor incident {pa.incident_id}" + (
        f": {pa.incident_title}" if pa.incident_title else ""
    )
    head = "".join(f"<th>{e(c)}</th>" for c in _COLUMNS)
    body = "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>" for cells in _rows_cells(pa)
    )
    totals = "".join(f"<li>{e(x)}</li>" for x in _totals_lines(pa.summary))
    duties = "".join(render_determination_html(d, standalone=False) for d in pa.processor_duties)
    controllers = "".join(
        f"<details><summary>{e(a.controller)}</summary>{render_html(a)}</details>"
        for a in pa.per_controller
    )
    style = (
        ".bmp{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4}"
        ".bmp table{border-collapse:collapse}.bmp td,.bmp th{border:1px solid #ccc;"
        "padding:2px 6px;text-align:left;vertical-align:top}"
    )
    return (
        f'<div class="bmp bm"><style>{style}</style><h3>{e(title)}</h3>'
        f"<div>Processor: {e(pa.processor)}</div>"
        f"<div>As of: {e(pa.as_of.isoformat() if pa.as_of else 'not given')}</div>"
        f"<h4>Summary</h4><ul>{totals}</ul><table><tr>{head}</tr>{body}</table>"
        f"<h4>Processor&#x27;s duties (Art. 33(2))</h4>{duties}"
        f"<h4>Per controller</h4>{controllers}"
        "<p><small>An automated assessment under stated interpretations, not legal advice."
        "</small></p></div>"
    )


def render_processor_assessment(pa: ProcessorAssessment, fmt: str) -> str:
    """Render a processor assessment as ``"text"``, ``"markdown"``, ``"html"`` or ``"json"``.

    The per-controller parts are rendered by :mod:`breachmodel.render`, exactly as a
    single-controller assessment is.

    Raises:
        ValueError: For an unknown format.
    """
    if fmt in _STREAMED:
        return _render_to_string(_STREAMED[fmt], pa)
    if fmt in ("markdown", "md"):
        return _markdown(pa)
    if fmt == "html":
        return _html(pa)
    msg = f"unknown format {fmt!r}; expected 'text', 'markdown', 'html' or 'json'"
    raise ValueError(msg)


# --- files --------------------------------------------------------------------------------


def from_data_any(data: object, *, source: str | None = None) -> Incident | ProcessorIncident:
    """Build an incident or a processor incident from a parsed file, by its record_type.

    Raises:
        InvalidIncidentError: Listing every problem as ``message @ $.path``.
    """
    from breachmodel.serialization import check_version, structure

    body = check_version(data, source=source)
    record_type = body.pop("record_type", _INCIDENT_RECORD_TYPE)
    if record_type == PROCESSOR_RECORD_TYPE:
        return structure(body, ProcessorIncident, source=source)
    if record_type == _INCIDENT_RECORD_TYPE:
        return structure(body, Incident, source=source)
    problem = Problem(
        "$.record_type",
        f"unknown record_type {record_type!r}; expected {_INCIDENT_RECORD_TYPE!r} "
        f"(the default) or {PROCESSOR_RECORD_TYPE!r}",
    )
    raise InvalidIncidentError([problem], source=source)


def loads_any(text: str | bytes, *, source: str | None = None) -> Incident | ProcessorIncident:
    """Parse an incident file or a processor incident file (by its ``record_type``).

    Raises:
        InvalidIncidentError: For invalid JSON or any invalid field.
    """
    from breachmodel.serialization import parse_json

    return from_data_any(parse_json(text, source=source), source=source)


def load_any(path: str | Path) -> Incident | ProcessorIncident:
    """Read an incident file or a processor incident file.

    Raises:
        InvalidIncidentError: For invalid JSON or any invalid field.
        OSError: If the file cannot be read.
    """
    p = Path(path)
    return loads_any(p.read_bytes(), source=str(p))


def dumps_any(record: Incident | ProcessorIncident, *, indent: int | None = 2) -> str:
    """Write either kind of file (deterministic); a processor incident gets its record_type."""
    from breachmodel.serialization import SCHEMA_VERSION, dumps, unstructure

    if isinstance(record, Incident):
        return dumps(record, indent=indent)
    data = {
        "schema_version": SCHEMA_VERSION,
        "record_type": PROCESSOR_RECORD_TYPE,
        **unstructure(record),
    }
    return dumps_json(data, indent=indent) + "\n"
