"""What assessing a processor incident gives: per-controller rows, the summary, the result."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs
from attrs import frozen

from breachmodel.determination import Determination, Outcome
from breachmodel.model import Count, RiskLevel
from breachmodel.processor._model import ProcessorIncident
from breachmodel.sanitize import dumps_json

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment

__all__ = ["ControllerRow", "ControllerSummary", "ProcessorAssessment"]


@frozen(kw_only=True)
class ControllerRow:
    """One controller's line in the cross-controller summary.

    Each duty's columns come from the obligation of that duty that falls due first across
    the regimes assessed (without any deadline, the first regime's); its key says which.

    Attributes:
        controller_id: The controller's organisation id.
        controller: Its name (untrusted text).
        authorities: The competent supervisory authorities' ids (empty if undetermined).
        people: Its people concerned.
        risk: The risk level its obligations use (None if undetermined).
        told_at: When the processor told it (None: not yet, or not recorded).
        aware_at: When it became aware: the earlier of its own awareness and the
            processor's notice (None if unknown).
        processor_notice_late: Whether the processor's notice to it came (or is) past the
            contractual or "without undue delay" target; None if that cannot be judged.
        notify: The outcome of its duty to notify an authority.
        notification_due: That notification's due instant, if computed.
        notified_at: When the initial notification that meets it was made, if one counts.
        notified_by: Who made it (the controller's or the processor's id).
        notification_status: Where that clock stands (a ``Status`` value), if judged.
        late: Whether its notification was late or is overdue.
        inform_people: The outcome of its duty to tell its people: individually, or
            publicly where a public notice is what is required.
        people_informed_at: When it first informed its people (individually or publicly).
        must_still_inform_people: Whether it must tell them and nothing is recorded yet.
        ignored_notices: Notices listed for it that do not count (made by the processor
            without the contract allowing it, or by another organisation).
        notify_obligation: The key (``regime/duty/recipient``) of the notification duty
            the ``notify`` columns show; None if no regime assessed has one.
        inform_people_obligation: The key of the duty the ``inform_people`` columns show.
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
    notify_obligation: str | None = None
    inform_people_obligation: str | None = None


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
        processor_duties: The processor's duty to tell each controller, in the same order
            (the one due first across regimes; ``key`` with the duty
            ``notify_controller``, ``recipients``: that controller's id).
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
        """The processor's duty to tell one controller (see ``processor_duties``)."""
        for d in self.processor_duties:
            if d.recipients == (controller_id,):
                return d
        msg = f"no processor duty towards {controller_id!r}"
        raise KeyError(msg)

    def to_text(self) -> str:
        """Plain-text rendering."""
        from breachmodel.processor._views import render_processor_assessment

        return render_processor_assessment(self, "text")

    def to_markdown(self) -> str:
        """Markdown rendering."""
        from breachmodel.processor._views import render_processor_assessment

        return render_processor_assessment(self, "markdown")

    def to_html(self) -> str:
        """Self-contained HTML (no JavaScript; every user string escaped)."""
        from breachmodel.processor._views import render_processor_assessment

        return render_processor_assessment(self, "html")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        from breachmodel.processor._views import processor_assessment_to_dict

        return processor_assessment_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON."""
        from breachmodel.processor._views import _render_to_string, _write_json

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


_Result: TypeAlias = "tuple[Assessment, Determination, ControllerRow]"
"""One controller's assessment, the processor's duty towards it, and its summary row."""


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
