"""What assessing a processor incident gives: the assessments, the duties, the summary."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, TypeAlias

from attrs import frozen

from breachmodel import _display
from breachmodel.determination import Determination
from breachmodel.processor._model import ProcessorIncident
from breachmodel.processor._summary import ControllerRow, ControllerSummary, _Tally

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment

__all__ = ["ProcessorAssessment"]


@frozen(kw_only=True)
class ProcessorAssessment(_display.Rendered):
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

    def __repr__(self) -> str:
        s = self.summary
        return (
            f"<ProcessorAssessment {self.incident_id!r}: {s.controllers} controllers, "
            f"{s.notified} notified, {s.late} late>"
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
