"""The processor incident: the facts shared by every controller, and each controller's share.

Also which notices listed on a share count as the controller's own, and the share's
timeline (used to validate each share and to derive each controller's incident).
"""

from __future__ import annotations

from datetime import datetime

from attrs import field, frozen

from breachmodel import _display
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
    Finding,
    Measures,
    Occurrence,
    Organisation,
    ProcessorContract,
    ProcessorLink,
    PublicCommunication,
    ServiceImpact,
    SubjectCommunication,
    SubjectGroup,
    Timeline,
)
from breachmodel.model._validate import (
    language_code,
    non_empty,
    optional_instant_field,
    unique_by,
)
from breachmodel.model.categories import check_categories_known
from breachmodel.model.texts import Translation, check_translations, free_texts

__all__ = ["PROCESSOR_RECORD_TYPE", "ControllerShare", "ProcessorIncident"]

PROCESSOR_RECORD_TYPE = "processor_incident"
"""The ``record_type`` of a processor incident file."""


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
        service_impact: What the incident did to this controller's own services, for the
            sector laws that read it (its classification is on ``organisation``); None if
            not recorded.
        findings: Facts or judgments particular to one law, for this controller.
    """

    organisation: Organisation
    subjects: tuple[SubjectGroup, ...] = ()
    cross_border: bool | None = None
    notified_by_processor_at: datetime | None = optional_instant_field()
    aware_at: datetime | None = optional_instant_field()
    awareness_rationale: str | None = field(default=None, repr=False)
    contract: ProcessorContract | None = None
    authority_notices: tuple[AuthorityNotice, ...] = ()
    subject_communications: tuple[SubjectCommunication, ...] = ()
    public_communications: tuple[PublicCommunication, ...] = ()
    judgment: AssessorJudgment | None = None
    authority_decision: AuthorityDecision | None = None
    contact: ContactFacts = field(factory=ContactFacts)
    consequences: frozenset[Consequence] | None = None
    service_impact: ServiceImpact | None = None
    findings: tuple[Finding, ...] = ()

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
        text_lang: The language the free text is written in (ISO 639-1; ``"en"``).
        translations: The processor's own translations of its free-text fields
            (``description`` and ``measures.subsequent[N].description``), quoted in the
            drafts for controllers of those languages.
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
    detected_at: datetime | None = optional_instant_field()
    processor_aware_at: datetime | None = optional_instant_field()
    contained_at: datetime | None = optional_instant_field()
    controllers: tuple[ControllerShare, ...] = ()
    text_lang: str = field(default="en", validator=language_code)
    translations: tuple[Translation, ...] = ()

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
        if self.translations:
            texts = free_texts(self.description, self.measures.subsequent)
            check_translations(self.text_lang, self.translations, texts)

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
        return _display.show(self, "html")

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
