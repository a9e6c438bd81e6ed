"""Assessing a processor incident: each controller in turn, the processor's duty, the rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from breachmodel.citations import edpb, gdpr
from breachmodel.determination import Determination, Outcome, Reason, ReasonKind
from breachmodel.model import Incident, PublicCommunication, SubjectCommunication
from breachmodel.processor._derive import controller_incident
from breachmodel.processor._model import ControllerShare, ProcessorIncident, _counts_for
from breachmodel.processor._result import (
    ControllerRow,
    ControllerSummary,
    ProcessorAssessment,
    _head,
    _Result,
    _Tally,
)

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.regimes.gdpr.options import GdprOptions

__all__ = ["assess_processor_incident"]


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


def _summary(pi: ProcessorIncident, rows: list[ControllerRow]) -> ControllerSummary:
    tally = _Tally(pi.processor.id)
    for r in rows:
        tally.add(r)
    return tally.summary(tuple(rows))


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
