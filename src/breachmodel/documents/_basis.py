"""What a draft may assert, read once from the assessment.

Every statement a document makes about risk, exemptions, recipients and deadlines comes
from a :class:`Basis`, which reads the determinations and nothing else: the documents
never apply a rule to the incident a second time, so they cannot disagree with the
assessment they accompany.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from attrs import frozen

from breachmodel.determination import ChecklistItem, Determination, Outcome, ReasonKind

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.authorities import Authority

__all__ = ["OBLIGATION", "Basis", "exemption_of"]

OBLIGATION: dict[str, str] = {
    "authority": "gdpr.art33.notify_authority",
    "people": "gdpr.art34.communicate_subjects",
    "public": "gdpr.art34.public_communication",
    "processor": "gdpr.art33.processor_notice",
}
"""The determination that makes each kind of document owed."""

_LATE = ("met_late", "overdue")


def exemption_of(d: Determination) -> str | None:
    """The Art. 34(3) point (``"a"``, ``"b"`` or ``"c"``) a determination applied, if any."""
    if d.outcome is not Outcome.NOT_REQUIRED:
        return None
    cited = list(d.legal_basis)
    for r in d.reasons:
        if r.kind is ReasonKind.EXCEPTION_APPLIED:
            cited += r.citations
    for c in cited:
        if c.pinpoint.startswith("Art. 34(3)(") and len(c.pinpoint) > len("Art. 34(3)("):
            return c.pinpoint[len("Art. 34(3)(")]
    return None


def _start(*dets: Determination) -> datetime | None:
    for d in dets:
        if d.deadline is not None and d.deadline.start is not None:
            start: datetime = d.deadline.start
            return start
    return None


@frozen(kw_only=True)
class Basis:
    """The conclusions a document rests on.

    Attributes:
        notify: The Art. 33(1) determination.
        individual: The Art. 34(1) determination.
        public: The Art. 34(3)(c) determination.
        processor_notice: The Art. 33(2) determination (the processor's notice).
        checklist: The Art. 33(3) items (empty when no notification is owed).
        risk: ``"unlikely"``, ``"risk"``, ``"high"`` or ``"undetermined"``.
        exemption: The Art. 34(3) point applied, if any.
        aware: When the controller became aware, as the deadlines count it.
        due: The Art. 33(1) due instant, if any.
        late: Whether the notification is (or was) late at the assessment's instant.
        authorities: The supervisory authorities the notification goes to.
        timezone: The zone to show instants in.
    """

    notify: Determination
    individual: Determination
    public: Determination
    processor_notice: Determination
    checklist: tuple[ChecklistItem, ...]
    risk: str
    exemption: str | None
    aware: datetime | None
    due: datetime | None
    late: bool
    authorities: tuple[Authority, ...]
    timezone: str

    @classmethod
    def of(cls, a: Assessment) -> Basis:
        """Read the basis from an assessment."""
        notify = a[OBLIGATION["authority"]]
        individual = a[OBLIGATION["people"]]
        public = a[OBLIGATION["public"]]
        recipients = set(notify.recipients)
        authorities = tuple(x for x in a.routing.authorities if x.id in recipients)
        status = notify.status
        return cls(
            notify=notify,
            individual=individual,
            public=public,
            processor_notice=a[OBLIGATION["processor"]],
            checklist=a["gdpr.art33.notification_content"].checklist,
            risk=a.risk.level.value if a.risk.level is not None else "undetermined",
            exemption=exemption_of(individual),
            aware=_start(notify, individual, public),
            due=notify.deadline.due if notify.deadline is not None else None,
            late=status is not None and status.status.value in _LATE,
            authorities=authorities or a.routing.authorities,
            timezone=a.routing.timezone,
        )

    def owed(self, kind: str) -> Determination:
        """The determination that decides whether a document of this kind is owed."""
        return {
            "authority": self.notify,
            "people": self.individual,
            "public": self.public,
            "processor": self.processor_notice,
        }[kind]

    @property
    def people_status(self) -> str:
        """The Art. 34 position in one key: the template sentence that states it."""
        if self.public.outcome is Outcome.REQUIRED:
            return "people_public"
        if self.individual.outcome is Outcome.REQUIRED:
            return "people_individual"
        if Outcome.UNDETERMINED in (self.individual.outcome, self.public.outcome):
            return "people_undetermined"
        if self.individual.outcome is Outcome.NOT_APPLICABLE:
            return "people_not_applicable"
        if any(c.pinpoint == "Art. 34(4)" for c in self.individual.legal_basis):
            return "people_authority"
        if self.exemption in ("a", "b"):
            return f"people_exempt_{self.exemption}"
        return "people_not_required"
