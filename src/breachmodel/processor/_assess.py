"""Assessing a processor incident: each controller in turn, the processor's duty, the rows.

Every regime that reaches a controller's incident is assessed. This module asks the
assessment for obligations by :class:`~breachmodel.obligations.Duty`, across regimes,
and cites only the law the regimes give it (``Regime.processor_duty``): it names no law.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from breachmodel import regimes
from breachmodel._duties import met_by
from breachmodel.assessment import assess
from breachmodel.citations import Citation
from breachmodel.clocks import Status
from breachmodel.determination import Determination, Outcome, Reason, ReasonKind
from breachmodel.errors import BreachModelError
from breachmodel.model import (
    AuthorityNotice,
    Incident,
    NoticeKind,
    PublicCommunication,
    SubjectCommunication,
)
from breachmodel.obligations import Duty
from breachmodel.processor._derive import controller_incident
from breachmodel.processor._model import ControllerShare, ProcessorIncident, _counts_for
from breachmodel.processor._result import ProcessorAssessment, _head, _Result
from breachmodel.processor._summary import ControllerRow, ControllerSummary, _Tally

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment

__all__ = ["assess_processor_incident", "soonest"]


_RANK = {Outcome.REQUIRED: 0, Outcome.UNDETERMINED: 1}
"""Owed obligations first, then those that may be; the rest (not owed) last."""


def soonest(a: Assessment, duty: Duty, *, to: str | None = None) -> Determination | None:
    """The obligation of ``duty`` that falls due first, across the regimes assessed.

    Required obligations come before undetermined ones, and those before the rest; among
    required or undetermined ones, the one due first (dated before undated); otherwise
    the assessment's order, the baseline regime's first. ``to`` keeps those owed to that
    organisation id (or to no one named). None if no regime assessed has the duty.
    """
    found = [d for d in a.obligations(duty) if to is None or d.recipients in ((), (to,))]
    dated = {id(d): i for i, d in enumerate(a.timeline)}

    def order(d: Determination) -> tuple[int, int]:
        rank = _RANK.get(d.outcome)
        return (len(_RANK), 0) if rank is None else (rank, dated.get(id(d), len(dated)))

    return min(found, key=order, default=None)


def _processor_law(det: Determination | None, duty: Duty) -> tuple[Citation, ...]:
    """What the regime of ``det`` says of a processor's part in ``duty`` (none: no det)."""
    if det is None or det.key is None:
        return ()
    return regimes.get(det.key.regime).processor_duty(duty)


def _answers(notice: AuthorityNotice, det: Determination) -> bool:
    """Whether a notice may answer ``det``: it names that regime's obligation, or none.

    The same reading as the assessment's: each regime sees its own filings and those
    that name no obligation.
    """
    named = notice.obligation
    return named is None or (det.key is not None and named.regime == det.key.regime)


def _counted_reason(
    pi: ProcessorIncident, n: AuthorityNotice, cites: tuple[Citation, ...]
) -> Reason:
    return Reason(
        kind=ReasonKind.FACT,
        text=(
            f"The {n.kind.value} notification of {n.at.isoformat()} was made by the processor "
            f"({pi.processor.name}) on the controller's behalf, as its contract "
            "allows; it counts for the controller, which stays responsible for it."
        ),
        citations=cites,
    )


def _ignored_reason(
    pi: ProcessorIncident, n: AuthorityNotice, cites: tuple[Citation, ...]
) -> Reason:
    by_processor = n.by == pi.processor.id
    who = (
        f"the processor ({pi.processor.name})"
        if by_processor
        else f"another organisation ({n.by!r})"
    )
    why = (
        "the contract does not allow the processor to notify on the controller's behalf"
        if by_processor
        else "only the controller, or its processor where the contract allows, notifies"
    )
    return Reason(
        kind=ReasonKind.WARNING,
        text=(
            f"The {n.kind.value} notification of {n.at.isoformat()} made by {who} does not "
            f"count as this controller's: {why}. The controller must notify itself, or "
            "record the delegation in the contract."
        ),
        citations=cites,
    )


def _delegated(share: ControllerShare) -> list[AuthorityNotice]:
    """The notices listed for a controller that someone else made."""
    own = share.organisation.id
    return [n for n in share.authority_notices if n.by is not None and n.by != own]


def _notice_reasons(
    pi: ProcessorIncident, share: ControllerShare, det: Determination
) -> list[Reason]:
    """Why notices made for the controller by someone else count for ``det`` or not.

    They cite what the regime says of a processor notifying on the controller's behalf,
    or, where it says nothing, the provisions of ``det`` itself.
    """
    cites = _processor_law(det, Duty.NOTIFY_AUTHORITY) or det.legal_basis
    return [
        _counted_reason(pi, n, cites)
        if _counts_for(pi, share, n)
        else _ignored_reason(pi, n, tuple(dict.fromkeys((*det.legal_basis, *cites))))
        for n in _delegated(share)
        if _answers(n, det)
    ]


def _with_notice_reasons(
    pi: ProcessorIncident, share: ControllerShare, a: Assessment
) -> Assessment:
    """The assessment, each authority notification saying which delegated notices count."""
    if not _delegated(share):
        return a
    dets = tuple(
        attrs.evolve(d, reasons=(*d.reasons, *extra))
        if d.key is not None
        and d.key.duty is Duty.NOTIFY_AUTHORITY
        and (extra := _notice_reasons(pi, share, d))
        else d
        for d in a.determinations
    )
    return attrs.evolve(a, determinations=dets)


def _ignored(pi: ProcessorIncident, share: ControllerShare) -> int:
    """How many notices listed for the controller do not count as its own."""
    return sum(not _counts_for(pi, share, n) for n in _delegated(share))


def _first_at(items: tuple[SubjectCommunication, ...] | tuple[PublicCommunication, ...]) -> Any:
    return min((c.at for c in items), default=None)


def _counted_notice(incident: Incident, notify: Determination) -> AuthorityNotice | None:
    """The initial notice that met ``notify`` (without a judged status, the first made)."""
    initial = (
        n
        for n in incident.timeline.authority_notices
        if n.kind is NoticeKind.INITIAL and _answers(n, notify)
    )
    return met_by(initial, notify)


_NOTIFICATION = (
    "notify",
    "notification_due",
    "notified_at",
    "notified_by",
    "notification_status",
    "late",
    "notify_obligation",
)


def _notification(
    incident: Incident, share: ControllerShare, notify: Determination | None
) -> dict[str, Any]:
    """The row's fields about notifying the authority, from the soonest such obligation."""
    if notify is None:
        return dict.fromkeys(_NOTIFICATION, None) | {
            "notify": Outcome.NOT_APPLICABLE,
            "late": False,
        }
    status = notify.status
    first = _counted_notice(incident, notify)
    return {
        "notify": notify.outcome,
        "notification_due": None if notify.deadline is None else notify.deadline.due,
        "notified_at": None if first is None else first.at,
        "notified_by": None if first is None else (first.by or share.organisation.id),
        "notification_status": None if status is None else status.status.value,
        "late": status is not None and status.status in (Status.MET_LATE, Status.OVERDUE),
        "notify_obligation": None if notify.key is None else str(notify.key),
    }


def _informing(share: ControllerShare, a: Assessment) -> dict[str, Any]:
    """The row's fields about telling the people: individually, or publicly where required."""
    chosen = soonest(a, Duty.INFORM_INDIVIDUALS)
    done: datetime | None = _first_at(share.subject_communications)
    public = soonest(a, Duty.PUBLIC_NOTICE)
    if public is not None and public.outcome is Outcome.REQUIRED:
        chosen, done = public, _first_at(share.public_communications)
    anyone = _first_at(share.subject_communications) or _first_at(share.public_communications)
    inform = Outcome.NOT_APPLICABLE if chosen is None else chosen.outcome
    return {
        "inform_people": inform,
        "people_informed_at": done if done is not None else anyone,
        "must_still_inform_people": inform is Outcome.REQUIRED and done is None,
        "inform_people_obligation": None
        if chosen is None or chosen.key is None
        else str(chosen.key),
    }


def _late_notice(duty: Determination) -> bool | None:
    """Whether the processor's notice came (or is) past its target; None if not judged."""
    st = duty.status
    if st is None or st.status is Status.UNDETERMINED:
        return None
    return st.beyond_target_by is not None


def _row(
    share: ControllerShare, incident: Incident, a: Assessment, duty: Determination, *, ignored: int
) -> ControllerRow:
    risk, routing = a.analysis("risk"), a.analysis("routing")
    known = [t for t in (share.aware_at, share.notified_by_processor_at) if t is not None]
    return ControllerRow(
        controller_id=share.organisation.id,
        controller=share.organisation.name,
        authorities=() if routing is None else routing.ids,
        people=share.total_subjects,
        risk=None if risk is None else risk.level,
        told_at=share.notified_by_processor_at,
        aware_at=min(known, default=None),
        processor_notice_late=_late_notice(duty),
        **_notification(incident, share, soonest(a, Duty.NOTIFY_AUTHORITY)),
        **_informing(share, a),
        ignored_notices=ignored,
    )


def _summary(pi: ProcessorIncident, rows: list[ControllerRow]) -> ControllerSummary:
    tally = _Tally(pi.processor.id)
    for r in rows:
        tally.add(r)
    return tally.summary(tuple(rows))


def _towards(a: Assessment, share: ControllerShare) -> Determination:
    """The processor's soonest duty to tell this controller, titled with its name.

    Raises:
        BreachModelError: If no regime assessed puts such a duty on the processor.
    """
    found = soonest(a, Duty.NOTIFY_CONTROLLER, to=share.organisation.id)
    if found is None:
        msg = (
            f"no regime assessed for {share.organisation.id!r} says what the processor owes "
            "its controller; assess the regimes that do"
        )
        raise BreachModelError(msg)
    return attrs.evolve(found, title=f"Processor informs the controller {share.organisation.name}")


def _controller_results(
    pi: ProcessorIncident, *, as_of: datetime | None, options: object | Iterable[object] | None
) -> Iterator[_Result]:
    """Assess the controllers one at a time, in the incident's order."""
    for share in pi.controllers:
        incident = controller_incident(pi, share)
        a = _with_notice_reasons(pi, share, assess(incident, as_of=as_of, options=options))
        duty = _towards(a, share)
        yield a, duty, _row(share, incident, a, duty, ignored=_ignored(pi, share))


def assess_processor_incident(
    pi: ProcessorIncident,
    *,
    as_of: datetime | None = None,
    options: object | Iterable[object] | None = None,
) -> ProcessorAssessment:
    """Assess a processor incident for every controller, in one pass (linear time).

    Args:
        pi: The processor incident.
        as_of: The instant at which to judge deadlines (never read from the clock).
        options: Interpretation options, the same for every controller: one options
            object or several, each reaching the regimes it is for (as for ``assess``).

    Returns:
        One assessment per controller (its own clocks, risk and authority, under every
        regime that reaches it), the processor's duty towards each (the soonest across
        regimes), and the cross-controller summary.

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
