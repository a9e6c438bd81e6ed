"""Facts sector laws read: how they classify the organisation, and the impact on services.

Both shapes are regime-neutral. A :class:`Classification` records a classification the
organisation holds under a named scheme (e.g. an "essential" entity under one law, an
"insurance_undertaking" under another) together with where that classification comes
from; it is never guessed from the organisation's name or sector. A
:class:`ServiceImpact` records the impact on the services the organisation provides.
Every unknown stays ``None``: the rules then say which fact they need.

>>> c = Classification(scheme="nis2", category="essential", source="registration with ANSSI")
>>> c.scheme, c.category
('nis2', 'essential')
>>> ServiceImpact().clients_affected is None
True

A :class:`Finding` records a fact or judgment that only one law asks about (whether a
US covered entity concluded a low probability of compromise, when a registrant decided
an incident was material), under the id of the regime that reads it:

>>> f = Finding(regime="hipaa", fact="low_probability_of_compromise", answer=False)
>>> f.regime, f.fact, f.answer
('hipaa', 'low_probability_of_compromise', False)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from attrs import Attribute, field, frozen, validators

from breachmodel.model._validate import (
    country_code,
    non_empty,
    optional_country_code,
    optional_fixed_offset,
    optional_instant,
    optional_instant_field,
    optional_non_empty,
    optional_non_negative,
)

__all__ = ["Classification", "Finding", "ServiceImpact"]


def _countries(value: tuple[str, ...] | list[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


def _countries_valid(inst: Any, attribute: Attribute[Any], value: tuple[str, ...] | None) -> None:
    for code in value or ():
        country_code(inst, attribute, code)


@frozen(kw_only=True)
class Classification:
    """How a sector law classifies the organisation, and on what authority.

    Attributes:
        scheme: The classification scheme, by the id of the regime that reads it (e.g.
            ``"nis2"``, ``"dora"``).
        category: The class within the scheme (e.g. ``"essential"``, ``"important"``,
            ``"out_of_scope"``; ``"insurance_undertaking"``, ``"credit_institution"``).
        source: Where the classification comes from (a registration, a supervisor's
            list, the entity's own documented assessment); required, so that no
            classification is taken from nowhere.
        sector: The sector or type of entity within the scheme (e.g. ``"health"``,
            ``"banking"``), if recorded.
        size: The enterprise size the scheme uses (``"micro"``, ``"small"``,
            ``"medium"``, ``"large"``), if recorded.
        member_state: The country whose law or supervisor classifies it (ISO 3166-1
            alpha-2), if recorded.
    """

    scheme: str = field(validator=non_empty)
    category: str = field(validator=non_empty)
    source: str = field(validator=non_empty, repr=False)
    sector: str | None = None
    size: str | None = field(
        default=None,
        validator=validators.optional(validators.in_(("micro", "small", "medium", "large"))),
    )
    member_state: str | None = field(default=None, validator=optional_country_code)


@frozen(kw_only=True)
class ServiceImpact:
    """What the incident did to the services the organisation provides.

    Every field is optional; ``None`` means not (yet) known.

    Attributes:
        clients_affected: Clients, service recipients or users affected.
        clients_total: All clients using the affected service (for shares).
        critical_services_affected: Whether services or functions the organisation
            treats as critical or essential were affected.
        duration_hours: How long the incident lasted, from its start to its resolution
            (or so far).
        downtime_hours: How long the affected service was unavailable.
        member_states_affected: The countries (ISO 3166-1 alpha-2) whose clients,
            counterparts or services were affected.
        economic_impact_eur: Costs and losses, direct and indirect, in euros.
        data_losses: Whether the availability, authenticity, integrity or
            confidentiality of data was affected with an adverse impact on the
            organisation's business or on its legal obligations.
        malicious_access: Whether a successful, suspected malicious and unauthorised
            access to network and information systems took place.
        reputational_impact: Whether the incident drew media attention, repeated
            complaints, or otherwise harmed the organisation's reputation.
        severe_disruption: Whether the incident caused, or can cause, severe
            operational disruption of the services or financial loss for the
            organisation (the organisation's assessment).
        considerable_damage: Whether it affected, or can affect, other persons by
            causing considerable material or non-material damage.
        recurring: Whether it is one of recurring incidents with the same apparent
            root cause.
        classified_at: When the organisation classified the incident as reportable
            (significant, major) under its own procedure.
    """

    clients_affected: int | None = field(default=None, validator=optional_non_negative)
    clients_total: int | None = field(default=None, validator=optional_non_negative)
    critical_services_affected: bool | None = None
    duration_hours: float | None = field(default=None, validator=optional_non_negative)
    downtime_hours: float | None = field(default=None, validator=optional_non_negative)
    member_states_affected: tuple[str, ...] | None = field(
        default=None,
        converter=_countries,
        validator=_countries_valid,
    )
    economic_impact_eur: float | None = field(default=None, validator=optional_non_negative)
    data_losses: bool | None = None
    malicious_access: bool | None = None
    reputational_impact: bool | None = None
    severe_disruption: bool | None = None
    considerable_damage: bool | None = None
    recurring: bool | None = None
    classified_at: datetime | None = optional_instant_field()


def _check_until(finding: Finding, _attribute: object, value: datetime | None) -> None:
    if value is not None and finding.at is not None and value < finding.at:
        msg = f"until: {value.isoformat()} is before at ({finding.at.isoformat()}); a delay ends after it starts"
        raise ValueError(msg)


@frozen(kw_only=True)
class Finding:
    """A fact or judgment one regime reads, recorded by the assessor.

    Facts every law may read (data categories, encryption, counts, dates) live in the
    incident's own fields; a finding holds what is genuinely particular to one law. Each
    regime declares the findings it reads (``Regime.findings``); an assessment refuses a
    finding no regime declares, so that a misspelt fact name is never silently ignored.

    Attributes:
        regime: The id of the regime that reads it (e.g. ``"hipaa"``).
        fact: The fact's name within that regime (e.g. ``"low_probability_of_compromise"``).
        answer: The answer to a yes/no fact; ``None`` if not a yes/no fact or not known.
        value: A named choice, for a fact with several possible values (e.g. the type of
            incident in a list the law gives).
        at: When it was decided or happened (e.g. when the incident was found material).
        until: When a delay it grants ends (e.g. a law-enforcement delay).
        by: Who decided (never shown in reprs).
        justification: Why (never shown in reprs).
        source: Where it comes from (a document, a decision, a letter).
    """

    regime: str = field(validator=non_empty)
    fact: str = field(validator=non_empty)
    answer: bool | None = None
    value: str | None = field(default=None, validator=optional_non_empty)
    at: datetime | None = optional_instant_field()
    until: datetime | None = field(
        default=None,
        converter=optional_fixed_offset,
        validator=[optional_instant, _check_until],
    )
    by: str | None = field(default=None, repr=False, validator=optional_non_empty)
    justification: str | None = field(default=None, repr=False, validator=optional_non_empty)
    source: str | None = field(default=None, validator=optional_non_empty)
