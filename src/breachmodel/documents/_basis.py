"""What a draft may assert, read once from the assessment.

Every statement a document makes about risk, exemptions, recipients and deadlines comes
from a :class:`Basis`, which reads the determinations and nothing else: the documents
never apply a rule to the incident a second time, so they cannot disagree with the
assessment they accompany. Each kind of document answers one duty (:data:`OBLIGATION`);
the basis asks the assessment for it by duty, and takes the first regime's determination
(the baseline law's, in the assessment's order).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import frozen

from breachmodel._duties import level_of
from breachmodel.determination import ChecklistItem, Determination, Outcome, ReasonKind
from breachmodel.errors import BreachModelError
from breachmodel.obligations import Duty
from breachmodel.regimes import get

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.authorities import Authority
    from breachmodel.model import Incident

__all__ = ["OBLIGATION", "Basis", "exemption_of"]

OBLIGATION: dict[str, Duty] = {
    "authority": Duty.NOTIFY_AUTHORITY,
    "people": Duty.INFORM_INDIVIDUALS,
    "public": Duty.PUBLIC_NOTICE,
    "processor": Duty.NOTIFY_CONTROLLER,
}
"""The duty whose determination makes each kind of document owed."""

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


def _owed(a: Assessment, kind: str, regime: str | None) -> Determination:
    duty = OBLIGATION[kind]
    if regime is None:
        found = a.first(duty)
    else:
        found = next(iter(a.obligations(duty, regime=regime)), None)
    if found is None:
        assessed = [r.regime for r in a.regimes]
        if regime is not None and regime not in assessed:
            msg = (
                f"{regime} does not reach this incident (the laws assessed: "
                f"{', '.join(assessed)}): no {kind} document under it"
            )
        else:
            under = f" under {regime}" if regime else ""
            msg = f"the assessment decides no {duty.value} duty{under}: no {kind} document"
        raise BreachModelError(msg)
    return found


def _analysis(a: Assessment, kind: str, regime: str | None) -> Any:
    """A regime's analysis; the underlying one where the regime re-targets another's."""
    found = a.analysis(kind, regime=regime)
    return getattr(found, "source", found)


def _content(a: Assessment, notify: Determination) -> tuple[ChecklistItem, ...]:
    """The content items of the notification: the same regime's, for the same recipient."""
    if notify.key is None:
        return ()
    for d in a.obligations(Duty.CONTENT, regime=notify.key.regime):
        if d.key is not None and d.key.recipient == notify.key.recipient:
            return d.checklist
    return ()


@frozen(kw_only=True)
class Basis:
    """The conclusions a document rests on.

    Attributes:
        notify: The notification to the authority (Art. 33(1) GDPR...).
        individual: The communication to the people concerned (Art. 34(1)...).
        public: The public communication (Art. 34(3)(c)...).
        processor_notice: The processor's notice to the controller (Art. 33(2)...).
        checklist: The notification's content items, from the same regime (Art. 33(3)
            GDPR...; empty when no notification is owed).
        risk: ``"unlikely"``, ``"risk"``, ``"high"`` or ``"undetermined"``.
        exemption: The Art. 34(3) point applied, if any.
        aware: When the controller became aware, as the deadlines count it.
        due: The Art. 33(1) due instant, if any.
        late: Whether the notification is (or was) late at the assessment's instant.
        authorities: The supervisory authorities the notification goes to.
        timezone: The zone to show instants in.
        regime: The regime whose determinations these are (the baseline's by default).
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
    regime: str

    @classmethod
    def of(cls, a: Assessment, regime: str | None = None) -> Basis:
        """Read the basis from an assessment: the baseline law's, or ``regime``'s."""
        notify = _owed(a, "authority", regime)
        individual = _owed(a, "people", regime)
        public = _owed(a, "public", regime)
        recipients = set(notify.recipients)
        routing = _analysis(a, "routing", regime)
        routed: tuple[Authority, ...] = tuple(getattr(routing, "authorities", ()))
        authorities = tuple(x for x in routed if x.id in recipients)
        status = notify.status
        return cls(
            notify=notify,
            individual=individual,
            public=public,
            processor_notice=_owed(a, "processor", regime),
            checklist=_content(a, notify),
            risk=level_of(_analysis(a, "risk", regime)),
            exemption=exemption_of(individual),
            aware=_start(notify, individual, public),
            due=notify.deadline.due if notify.deadline is not None else None,
            late=status is not None and status.status.value in _LATE,
            authorities=authorities or routed,
            timezone=str(getattr(routing, "timezone", "UTC")),
            regime=notify.key.regime if notify.key is not None else (regime or ""),
        )

    def content(self, incident: Incident) -> tuple[ChecklistItem, ...]:
        """The notification's content items, to fill a draft in.

        The assessment's when a notification is owed; otherwise (a draft asked for
        anyway) the same items, as the notification's regime lists them, checked against
        the incident's record.
        """
        key = self.notify.key
        if self.checklist or key is None:
            return self.checklist
        return get(key.regime).content_items(incident, key.recipient)

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
