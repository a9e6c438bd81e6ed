"""The one-screen overview: who must be notified, by when (local time), and must people be told.

This is what ``breachmodel assess FILE`` prints by default. Each controller gets five
lines: its name, the competent authority (name and registry id), the Art. 33 deadline in
the authority's local time with the zone's name, where that deadline stands, and the
form of the Art. 34 communication (individual, public or none). Every line is derived
from the assessment's determinations, the same ones the full rendering (``--detail``)
explains, so the two never disagree.

>>> from datetime import UTC, datetime
>>> format_local(datetime(2024, 2, 2, 17, tzinfo=UTC), "Europe/Paris")
'2 Feb 2024 18:00 Paris time (Europe/Paris, UTC+01:00)'
>>> format_local(datetime(2024, 2, 2, 17, tzinfo=UTC), "UTC")
'2 Feb 2024 17:00 UTC'
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from attrs import frozen

from breachmodel._wording import risk_label, status_text
from breachmodel.assessment import Assessment
from breachmodel.clocks._local import format_local
from breachmodel.determination import Determination, Outcome
from breachmodel.sanitize import one_line

if TYPE_CHECKING:
    from breachmodel.processor import ProcessorAssessment

__all__ = [
    "CommunicationForm",
    "ControllerOverview",
    "controller_overview",
    "format_local",
    "render_overview",
    "risk_label",
]

NOTIFY = "gdpr.art33.notify_authority"
INDIVIDUAL = "gdpr.art34.communicate_subjects"
PUBLIC = "gdpr.art34.public_communication"


class CommunicationForm(StrEnum):
    """How the people concerned must be told (Art. 34), as the determinations conclude.

    * ``INDIVIDUAL``: each person directly (Art. 34(1)).
    * ``PUBLIC``: a public communication instead (Art. 34(3)(c)).
    * ``NONE``: no communication is required.
    * ``UNDETERMINED``: facts are missing to decide.
    """

    INDIVIDUAL = "individual"
    PUBLIC = "public"
    NONE = "none"
    UNDETERMINED = "undetermined"

    @property
    def label(self) -> str:
        """The form in plain words."""
        return {
            "individual": "individual: tell each person concerned (Art. 34(1))",
            "public": "public: a public communication instead (Art. 34(3)(c))",
            "none": "none: no communication is required",
            "undetermined": "undetermined: facts are missing",
        }[self.value]


def communication_form(a: Assessment) -> CommunicationForm:
    """The form of the Art. 34 communication that the assessment's determinations require.

    Individual communication wins when it is required; a public communication when it
    replaces individual ones (Art. 34(3)(c)); undetermined when either is undetermined.
    """
    individual, public = a[INDIVIDUAL].outcome, a[PUBLIC].outcome
    if individual is Outcome.REQUIRED:
        return CommunicationForm.INDIVIDUAL
    if public is Outcome.REQUIRED:
        return CommunicationForm.PUBLIC
    if Outcome.UNDETERMINED in (individual, public):
        return CommunicationForm.UNDETERMINED
    return CommunicationForm.NONE


@frozen(kw_only=True)
class ControllerOverview:
    """One controller's five summary lines, as data.

    Attributes:
        controller: The controller's name (untrusted text).
        authority: The competent authorities, ``"Name, id"`` each, or ``"undetermined"``.
        notify_by: The Art. 33(1) deadline in the authority's local time, or why there is none.
        status: Where the Art. 33(1) deadline stands (the wording of the full rendering).
        tell_people: The Art. 34 form in plain words, with the risk level.
        form: The Art. 34 form.
        due: The Art. 33(1) due instant (UTC), if computed.
    """

    controller: str
    authority: str
    notify_by: str
    status: str
    tell_people: str
    form: CommunicationForm
    due: datetime | None

    def lines(self) -> list[str]:
        """The overview lines of this controller, indented under its name."""
        return [
            self.controller,
            f"  Authority:       {self.authority}",
            f"  Notify by:       {self.notify_by}",
            f"  Status:          {self.status}",
            f"  Tell the people: {self.tell_people}",
        ]


def _notify_by(det: Determination) -> str:
    if det.outcome is Outcome.NOT_REQUIRED:
        return "no notification required (Art. 33(1))"
    if det.outcome is Outcome.NOT_APPLICABLE:
        return "not applicable"
    dl = det.deadline
    if det.outcome is Outcome.UNDETERMINED or dl is None:
        missing = ", ".join(m.path for m in det.missing_facts)
        return "undetermined" + (f" (missing: {missing})" if missing else "")
    if dl.due is None:
        return "undetermined (missing: " + ", ".join(dl.missing) + ")"
    return format_local(dl.due, dl.timezone)


def _status(det: Determination) -> str:
    if det.outcome in (Outcome.NOT_REQUIRED, Outcome.NOT_APPLICABLE):
        return "nothing to file"
    return status_text(det) or "undetermined"


def controller_overview(a: Assessment) -> ControllerOverview:
    """The overview of one controller's assessment."""
    notify = a[NOTIFY]
    form = communication_form(a)
    authority = "; ".join(f"{x}, {x.id}" for x in a.routing.authorities) or "undetermined"
    return ControllerOverview(
        controller=a.controller,
        authority=authority,
        notify_by=_notify_by(notify),
        status=_status(notify),
        tell_people=f"{form.label}; risk to people: {risk_label(a.risk.level)}",
        form=form,
        due=None if notify.deadline is None else notify.deadline.due,
    )


def _as_of_line(as_of: datetime | None) -> str:
    return f"As of: {as_of.isoformat() if as_of else 'not given (deadlines are not judged)'}"


_FOOTER = (
    "Reasons, citations and missing facts: add --detail (or --format markdown, html or json).",
    "An automated assessment under stated interpretations, not legal advice.",
)


def _single(a: Assessment) -> list[str]:
    head = f"Incident {a.incident_id}" + (f": {a.incident_title}" if a.incident_title else "")
    return [head, _as_of_line(a.as_of), "", *controller_overview(a).lines()]


def _processor(pa: ProcessorAssessment) -> list[str]:
    s = pa.summary
    head = f"Processor incident {pa.incident_id}" + (
        f": {pa.incident_title}" if pa.incident_title else ""
    )
    lines = [
        head,
        f"Processor: {pa.processor}. {_as_of_line(pa.as_of)}",
        f"{s.controllers} controllers: {s.must_notify} must notify their authority, "
        f"{s.notified} have, {s.late} late or overdue;",
        f"{s.must_still_inform_people} must still tell their people "
        f"({s.total_people.describe()} people in all).",
    ]
    lines.append("")
    for a in pa.per_controller:
        lines += controller_overview(a).lines()
    return lines


def render_overview(result: Assessment | ProcessorAssessment) -> str:
    """The one-screen text overview of an assessment or a processor assessment."""
    lines = _single(result) if isinstance(result, Assessment) else _processor(result)
    # Every element is one line: text from the incident cannot start another.
    return "\n".join(one_line(line) for line in [*lines, "", *_FOOTER]) + "\n"
