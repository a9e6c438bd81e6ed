"""The one-screen overview: who must be notified, by when (local time), and must people be told.

This is what ``breachmodel assess FILE`` prints by default. Each controller gets five
lines: its name, the authority to notify (name and registry id), the deadline in the
authority's local time with the zone's name, where that deadline stands, and the form of
the communication to the people concerned (individual, public or none). The lines ask
the assessment by duty, across every regime assessed: the notification shown is the
first one due of those owed (each further one owed gets an "Also notify" line), and
the people must be told when any regime says so. Every line is derived from the
assessment's determinations, the same ones the full rendering (``--detail``) explains,
so the two never disagree.

>>> from datetime import UTC, datetime
>>> format_local(datetime(2024, 2, 2, 17, tzinfo=UTC), "Europe/Paris")
'2 Feb 2024 18:00 Paris time (Europe/Paris, UTC+01:00)'
>>> format_local(datetime(2024, 2, 2, 17, tzinfo=UTC), "UTC")
'2 Feb 2024 17:00 UTC'
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from itertools import zip_longest
from typing import TYPE_CHECKING

from attrs import frozen

from breachmodel._duties import combined_outcome
from breachmodel._wording import risk_label, status_text
from breachmodel.assessment import Assessment
from breachmodel.authorities import get_authority
from breachmodel.clocks._anchors import Anchor, events_in_words
from breachmodel.clocks._local import format_local
from breachmodel.determination import Determination, Outcome
from breachmodel.errors import BreachModelError
from breachmodel.obligations import Duty
from breachmodel.regimes import get
from breachmodel.sanitize import one_line

if TYPE_CHECKING:
    from breachmodel.authorities import Authority
    from breachmodel.processor import ProcessorAssessment

__all__ = [
    "CommunicationForm",
    "ControllerOverview",
    "controller_overview",
    "format_local",
    "render_overview",
    "risk_label",
]


class CommunicationForm(StrEnum):
    """How the people concerned must be told (Art. 34), as the determinations conclude.

    * ``INDIVIDUAL``: each person directly (e.g. Art. 34(1) GDPR).
    * ``PUBLIC``: a public communication instead (e.g. Art. 34(3)(c) GDPR).

    The overview cites the provision of the determination that decides the form.
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
            "individual": "individual: tell each person concerned",
            "public": "public: a public communication instead",
            "none": "none: no communication is required",
            "undetermined": "undetermined: facts are missing",
        }[self.value]


def communication_form(a: Assessment) -> CommunicationForm:
    """The form of the communication to people that the assessment's determinations require.

    Individual communication wins when some regime requires it; a public communication
    when one replaces individual ones (Art. 34(3)(c) GDPR); undetermined when either is
    undetermined.
    """
    individual = combined_outcome(d.outcome for d in a.obligations(Duty.INFORM_INDIVIDUALS))
    public = combined_outcome(d.outcome for d in a.obligations(Duty.PUBLIC_NOTICE))
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
        authority: The authorities to notify, ``"Name, id"`` each, or ``"undetermined"``.
        notify_by: The notification's deadline in the authority's local time, or why
            there is none.
        status: Where that deadline stands (the wording of the full rendering).
        tell_people: The form of the communication in plain words, with the risk level.
        form: The form of the communication to the people concerned.
        due: The notification's due instant (UTC), if computed.
        also: The other notifications owed, first due first: each regime's label, the
            authorities, and the deadline in their local time.
        also_status: Where each of those stands, in the order of ``also`` (the wording of
            the full rendering; empty when nothing was judged, without an as-of instant).
    """

    controller: str
    authority: str
    notify_by: str
    status: str
    tell_people: str
    form: CommunicationForm
    due: datetime | None
    also: tuple[str, ...] = ()
    also_status: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """The overview lines of this controller, indented under its name."""
        return [
            self.controller,
            f"  Authority:       {self.authority}",
            f"  Notify by:       {self.notify_by}",
            f"  Status:          {self.status}",
            f"  Tell the people: {self.tell_people}",
            *_also_lines(self.also, self.also_status),
        ]


def _also_lines(also: tuple[str, ...], status: tuple[str, ...]) -> list[str]:
    """One "Also notify" line each, with its status under it where it was judged."""
    lines = []
    for line, stands in zip_longest(also, status[: len(also)], fillvalue=""):
        lines.append(f"  Also notify:     {line}")
        if stands:
            lines.append(f"                   Status: {stands}")
    return lines


def _basis(det: Determination) -> str:
    """The provision a determination rests on first, as cited."""
    return str(det.legal_basis[0])


def _deciding(a: Assessment, form: CommunicationForm) -> Determination | None:
    """The first determination that requires the form of communication the overview shows."""
    duty = {CommunicationForm.INDIVIDUAL: Duty.INFORM_INDIVIDUALS}.get(form, Duty.PUBLIC_NOTICE)
    if form not in (CommunicationForm.INDIVIDUAL, CommunicationForm.PUBLIC):
        return None
    return next((d for d in a.obligations(duty) if d.outcome is Outcome.REQUIRED), None)


def _tell_people(a: Assessment, form: CommunicationForm) -> str:
    deciding = _deciding(a, form)
    cited = f" ({_basis(deciding)})" if deciding is not None else ""
    risk = getattr(a.analysis("risk"), "level", None)
    return f"{form.label}{cited}; risk to people: {risk_label(risk)}"


def _notify_by(det: Determination) -> str:
    if det.outcome is Outcome.NOT_REQUIRED:
        return f"no notification required ({_basis(det)})"
    if det.outcome is Outcome.NOT_APPLICABLE:
        return "not applicable"
    dl = det.deadline
    if det.outcome is Outcome.UNDETERMINED or dl is None:
        missing = ", ".join(m.path for m in det.missing_facts)
        return "undetermined" + (f" (missing: {missing})" if missing else "")
    if dl.open_ended and dl.duty is not None:
        return f"{dl.duty.label} (no fixed time limit)"
    if dl.due is None:
        return "undetermined (missing: " + ", ".join(map(_event, dl.missing)) + ")"
    return format_local(dl.due, dl.timezone)


def _event(anchor: str) -> str:
    """A missing start event in a few words (one screen line), its id when it has none."""
    if anchor == Anchor.EARLIER_FILING:
        return "the filing it follows"
    return events_in_words((anchor,))


def _status(det: Determination) -> str:
    if det.outcome in (Outcome.NOT_REQUIRED, Outcome.NOT_APPLICABLE):
        return "nothing to file"
    return status_text(det) or "undetermined"


def _due_key(det: Determination) -> tuple[bool, datetime | None]:
    due = det.deadline.due if det.deadline is not None else None
    return (due is None, due)


def _notifications(a: Assessment) -> list[Determination]:
    """The notifications owed, first due first; else the first regime's, whatever it says."""
    every = a.obligations(Duty.NOTIFY_AUTHORITY)
    owed = sorted((d for d in every if d.outcome is Outcome.REQUIRED), key=_due_key)
    if every and every[0] in owed:  # the baseline law's notification keeps the first line
        owed.remove(every[0])
        owed.insert(0, every[0])
    return owed or list(every[:1])


def _authorities(
    a: Assessment, det: Determination | None, *, routed: bool = True
) -> tuple[Authority, ...]:
    """The authorities a notification goes to; else (``routed``) those routing names."""
    found = []
    for authority_id in det.recipients if det is not None else ():
        try:
            found.append(get_authority(authority_id))
        except (KeyError, BreachModelError):
            continue
    routing = getattr(a.analysis("routing"), "authorities", ()) if routed else ()
    return tuple(found) or tuple(routing)


def _also(a: Assessment, det: Determination) -> str:
    """A further notification owed, in one line: which law, to whom, by when."""
    label = get(det.key.regime).label if det.key is not None else det.title
    to = "; ".join(x.acronym or x.id for x in _authorities(a, det, routed=False))
    return f"{label}" + (f" ({to})" if to else "") + f": {_notify_by(det)}"


def _also_status(a: Assessment, det: Determination) -> str:
    """Where a further notification stands, as the detail says; empty when not judged."""
    return _status(det) if a.as_of is not None and det.status is not None else ""


def controller_overview(a: Assessment) -> ControllerOverview:
    """The overview of one controller's assessment."""
    notifications = _notifications(a)
    notify = notifications[0] if notifications else None
    form = communication_form(a)
    authorities = _authorities(a, notify)
    authority = "; ".join(f"{x}, {x.id}" for x in authorities) or "undetermined"
    return ControllerOverview(
        controller=a.controller,
        authority=authority,
        notify_by=_notify_by(notify) if notify is not None else "not applicable",
        status=_status(notify) if notify is not None else "nothing to file",
        tell_people=_tell_people(a, form),
        form=form,
        due=None if notify is None or notify.deadline is None else notify.deadline.due,
        also=tuple(_also(a, d) for d in notifications[1:]),
        also_status=tuple(_also_status(a, d) for d in notifications[1:]),
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
