"""Organisations and the roles they play in an incident.

An :class:`Organisation` has establishments (ISO 3166 codes), at most one of them its
main establishment (Art. 4(16) GDPR). The incident names the controller it is assessed
for, any joint controllers with the designated notifier of their Art. 26 arrangement, and
the chain of processors and sub-processors (Art. 28).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from attrs import field, frozen

from breachmodel.model._validate import (
    country_code,
    non_empty,
    optional_instant_field,
    optional_non_negative,
    subdivision_code,
    unique_by,
)
from breachmodel.model.sectoral import Classification

__all__ = [
    "ContactPoint",
    "Establishment",
    "GovernmentLevel",
    "Nis2Class",
    "Organisation",
    "ProcessorContract",
    "ProcessorLink",
    "ProcessorRole",
    "Representative",
    "Sector",
]


class Sector(StrEnum):
    """The organisation's sector (used by ENISA context and sector regimes)."""

    HEALTH = "health"
    INSURANCE = "insurance"
    HEALTH_INSURANCE = "health_insurance"
    FINANCE = "finance"
    TELECOMMUNICATIONS = "telecommunications"
    PUBLIC_ADMINISTRATION = "public_administration"
    EDUCATION = "education"
    RETAIL = "retail"
    TECHNOLOGY = "technology"
    ENERGY = "energy"
    TRANSPORT = "transport"
    HOSPITALITY = "hospitality"
    MANUFACTURING = "manufacturing"
    NON_PROFIT = "non_profit"
    OTHER = "other"


class GovernmentLevel(StrEnum):
    """The level of government a public body belongs to (routing under Art. 55(2) GDPR).

    Germany sends federal public bodies to the BfDI (§ 9 BDSG) and Spain sends bodies of the
    State administration to the AEPD even in a region with its own authority (LOPDGDD
    art. 57), while regional and local bodies go to the regional authority.
    """

    NATIONAL = "national"
    REGIONAL = "regional"
    LOCAL = "local"


class Nis2Class(StrEnum):
    """Whether an organisation is an entity under NIS2 (Directive (EU) 2022/2555)."""

    ESSENTIAL = "essential"
    IMPORTANT = "important"
    OUT_OF_SCOPE = "out_of_scope"
    UNKNOWN = "unknown"


@frozen(kw_only=True)
class Establishment:
    """A place of business of an organisation.

    Attributes:
        country: ISO 3166-1 alpha-2 code (e.g. ``"FR"``).
        subdivision: ISO 3166-2 code where it matters (German Land, US state), e.g. ``"DE-BY"``.
        main: True for the main establishment in the Union (Art. 4(16) GDPR).
    """

    country: str = field(validator=country_code)
    subdivision: str | None = field(default=None, validator=subdivision_code)
    main: bool = False

    def __attrs_post_init__(self) -> None:
        if self.subdivision is not None and not self.subdivision.startswith(self.country + "-"):
            msg = (
                f"subdivision: {self.subdivision!r} is not in country {self.country!r}; "
                f"use a code that starts with '{self.country}-'"
            )
            raise ValueError(msg)


@frozen(kw_only=True)
class ContactPoint:
    """The DPO or other contact point (Art. 33(3)(b) GDPR). Never shown in reprs.

    Attributes:
        name: Name or function (e.g. "Data Protection Officer").
        email: E-mail address.
        phone: Telephone number.
        is_dpo: True if this is the designated data protection officer (Art. 37).
    """

    name: str = field(validator=non_empty, repr=False)
    email: str | None = field(default=None, repr=False)
    phone: str | None = field(default=None, repr=False)
    is_dpo: bool = False


@frozen(kw_only=True)
class Representative:
    """The Art. 27 representative in the Union of a controller not established there.

    Attributes:
        name: The representative's name (may be a natural person's; never shown in reprs).
        country: Where the representative is established (ISO alpha-2).
    """

    name: str = field(validator=non_empty, repr=False)
    country: str = field(validator=country_code)


@frozen(kw_only=True)
class Organisation:
    """A legal person or public body involved in the incident.

    Attributes:
        id: A short identifier, unique in the incident, used to refer to it.
        name: The organisation's name.
        establishments: Its places of business; at most one is ``main``.
        public_authority: True for a public authority or body (Art. 55(2), Art. 37(1)(a)).
        public_task_or_legal_obligation: True when the processing concerned rests on
            Art. 6(1)(c) or (e), which sends it to the local authority (Art. 55(2)).
        government_level: For a public body, whether it belongs to the national (federal or
            central) state, a region or a municipality; None if not a public body or unknown.
        public_ecomms_provider: True for a provider of publicly available electronic
            communications services (ePrivacy Directive, Regulation 611/2013).
        decisions_in_eea: Whether an establishment in the EEA takes the decisions on the
            purposes and means of the processing, or has the power to have them
            implemented (Art. 4(16)(a)); False for a controller whose EEA establishments
            take no such decisions (no main establishment, no one-stop shop); None if
            not recorded.
        nis2: Whether it is an essential or important entity under NIS2.
        dora_financial_entity: True for a financial entity under DORA; None if unknown.
        classifications: How sector laws classify it (scheme, category, sector, size),
            each with its source; read by the regimes named by each ``scheme``.
        sector: Its sector.
        representative: Its Art. 27 representative, for a controller outside the EEA.
        contact: Its DPO or other contact point.
    """

    id: str = field(validator=non_empty)
    name: str = field(validator=non_empty)
    establishments: tuple[Establishment, ...] = ()
    public_authority: bool = False
    public_task_or_legal_obligation: bool = False
    government_level: GovernmentLevel | None = None
    public_ecomms_provider: bool = False
    decisions_in_eea: bool | None = None
    nis2: Nis2Class = Nis2Class.UNKNOWN
    dora_financial_entity: bool | None = None
    classifications: tuple[Classification, ...] = field(default=(), validator=unique_by("scheme"))
    sector: Sector | None = None
    representative: Representative | None = None
    contact: ContactPoint | None = None

    def __attrs_post_init__(self) -> None:
        mains = [e for e in self.establishments if e.main]
        if len(mains) > 1:
            msg = (
                "establishments: more than one is marked main; Art. 4(16) GDPR allows "
                "one main establishment, mark only one"
            )
            raise ValueError(msg)

    @property
    def main_establishment(self) -> Establishment | None:
        """The establishment marked main, or the only one if there is exactly one."""
        for e in self.establishments:
            if e.main:
                return e
        if len(self.establishments) == 1:
            return self.establishments[0]
        return None

    def classification(self, scheme: str) -> Classification | None:
        """Its classification under a scheme (e.g. ``"nis2"``), if recorded."""
        return next((c for c in self.classifications if c.scheme == scheme), None)

    @property
    def countries(self) -> frozenset[str]:
        """The countries it has establishments in."""
        return frozenset(e.country for e in self.establishments)


class ProcessorRole(StrEnum):
    """A processor engaged by a controller, or a sub-processor engaged by a processor."""

    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"


@frozen(kw_only=True)
class ProcessorContract:
    """What the Art. 28 contract says about breaches.

    Attributes:
        notice_within_hours: The contractual limit for telling the controller, if any.
        may_notify_authority: True if the processor may notify the authority on the
            controller's behalf (WP250 / EDPB 9/2022 on delegation).
    """

    notice_within_hours: float | None = field(default=None, validator=optional_non_negative)
    may_notify_authority: bool = False


@frozen(kw_only=True)
class ProcessorLink:
    """A processor (or sub-processor) and whom it acts for.

    Attributes:
        organisation: The processor.
        role: Processor or sub-processor.
        acts_for: The id of the organisation that engaged it (the controller, or for a
            sub-processor the processor above it).
        contract: The breach terms of its contract, if known.
        aware_at: When this processor became aware of the breach. For the first
            processor, ``timeline.processor_aware_at`` is used when this is not given.
        notified_at: When it told the organisation it acts for (Art. 33(2); for a
            sub-processor, Art. 28(4)). For the first processor,
            ``timeline.processor_notified_controller_at`` is used when this is not given.
    """

    organisation: Organisation
    role: ProcessorRole = ProcessorRole.PROCESSOR
    acts_for: str = field(validator=non_empty)
    contract: ProcessorContract | None = None
    aware_at: datetime | None = optional_instant_field()
    notified_at: datetime | None = optional_instant_field()
