"""When an incident of a digital entity is significant: Implementing Regulation (EU) 2024/2690.

For the entities it lists (DNS, TLD, cloud, data centre, CDN, managed and managed security
service providers, online marketplaces, search engines, social networks, trust service
providers), Art. 3(1) sets when an incident is significant for Art. 23(3) NIS2, and
Recital 30 says its criteria are exhaustive: one criterion met is enough, none met means
the incident is not significant.

* Art. 3(1)(a): direct financial loss over EUR 500 000 or 5 % of the preceding year's
  turnover, whichever is lower (``service_impact.economic_impact_eur`` with the finding
  ``nis2/annual_turnover_eur``);
* (b) exfiltration of trade secrets, (c) death, (d) considerable damage to a person's
  health: the findings ``nis2/trade_secrets``, ``nis2/death``, ``nis2/health_damage``;
* (e) a successful, suspectedly malicious and unauthorised access capable of causing
  severe operational disruption (``service_impact.malicious_access`` and
  ``service_impact.severe_disruption``);
* (f) recurring incidents (Art. 4: at least twice in six months, the same apparent root
  cause, together meeting point (a)): the finding ``nis2/recurring_incidents``;
* (g) the criteria of the entity type's own article (Arts. 5 to 14): the finding
  ``nis2/entity_criteria``, answered yes or no, with the keys of the criteria met as its
  value (e.g. ``"unavailable"``), from :data:`ENTITY_CRITERIA`.

Sources read: Art. 3(1)(a)-(g) in the Official Journal text as reproduced by springlex.eu
(English point (a); all points in the Swedish language version); Art. 4 as reproduced by
digitalacts.eu and springlex.eu; Recital 30 as reproduced by springlex.eu; Arts. 5 to 14 as
reproduced by springlex.eu, where some points were cut short in what was read: those are
encoded from springlex.eu's summary of the article, cited to the article without a point,
and flagged ``verified=False``.
"""

from __future__ import annotations

from typing import Final

import attrs
from attrs import frozen

from breachmodel.citations import Citation, cite
from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.law import get as instrument
from breachmodel.model import Incident, ServiceImpact
from breachmodel.regimes._findings import answer, finding_fact
from breachmodel.regimes.nis2.scope import figure

__all__ = [
    "ENTITY_CRITERIA",
    "FINANCIAL_LOSS_EUR",
    "FINDINGS",
    "TURNOVER_SHARE",
    "Criterion",
    "Test",
    "general",
    "ir_2690",
    "significance",
    "specific",
]

FINANCIAL_LOSS_EUR: Final = 500_000
"""Art. 3(1)(a): direct financial loss over EUR 500 000 (or the lower 5 % of turnover)."""
TURNOVER_SHARE: Final = 0.05
"""Art. 3(1)(a): 5 % of the total annual turnover of the preceding financial year."""


def ir_2690(article: int, paragraph: int | None = None, point: str | None = None) -> Citation:
    """Cite Implementing Regulation (EU) 2024/2690."""
    return cite("nis2-ir-2024-2690", article, paragraph, point)


def _recital(number: int) -> Citation:
    inst = instrument("nis2-ir-2024-2690")
    return Citation(inst.short, f"Recital {number}", inst.url, inst.id)


@frozen
class Criterion:
    """One entity-specific criterion of Arts. 5 to 14: its key, point, words and provenance."""

    key: str
    point: str | None
    text: str
    verified: bool = True


def _c(key: str, point: str | None, text: str, *, verified: bool = True) -> Criterion:
    return Criterion(key, point, text, verified)


_USERS = (
    "more than 5 % of its users in the Union or more than 1 million of them, whichever is smaller"
)
_MALICIOUS = _c(
    "malicious_data",
    None,
    "the integrity, confidentiality or authenticity of data related to the service is "
    "compromised as a result of a suspectedly malicious action",
    verified=False,
)
_DATA_USERS = _c(
    "data_users",
    None,
    f"such data is compromised with an impact on {_USERS}",
    verified=False,
)


def _platform(article: int, what: str) -> tuple[int, tuple[Criterion, ...]]:
    """Arts. 11 to 13: online marketplaces, search engines, social networks."""
    return article, (
        _c("unavailable", "a", f"the {what} is completely unavailable for {_USERS}"),
        _c(
            "limited",
            None,
            f"the availability of the {what} is limited for {_USERS}",
            verified=False,
        ),
        _MALICIOUS,
        _DATA_USERS,
    )


def _hosted(article: int, what: str) -> tuple[int, tuple[Criterion, ...]]:
    """Arts. 7, 9 and 10: cloud, content delivery network, managed (security) services."""
    return article, (
        _c("unavailable", "a", f"a {what} is completely unavailable for more than 30 minutes"),
        _c(
            "limited",
            "b" if article in {7, 9} else None,
            f"the availability of a {what} is limited for {_USERS}, for more than one hour",
            verified=article in {7, 9},
        ),
        _MALICIOUS,
        _DATA_USERS,
    )


_SLOW: Final = _c(
    "slow",
    "b",
    "for more than one hour, the average response time to DNS requests is more than 10 seconds",
)
_DNS: Final = (
    _c("unavailable", "a", "a recursive or authoritative domain name resolution service is "
       "completely unavailable for more than 30 minutes"),
    _SLOW,
    _c("data_compromised", "c", "data related to the authoritative resolution service is "
       "compromised, unless fewer than 1 000 domain names (at most 1 % of those managed) "
       "are affected through misconfiguration"),
)  # fmt: skip
_TLD: Final = (
    _c("unavailable", "a", "an authoritative domain name resolution service is completely unavailable"),
    _SLOW,
    _c("data_compromised", "c", "data related to the technical operation of the TLD is compromised"),
)  # fmt: skip
_DATA_CENTRE: Final = (
    _c("unavailable", "a", "a data centre service of a data centre it operates is completely unavailable"),
    _c("limited", "b", "the availability of such a service is limited for more than one hour"),
    _c("malicious_data", "c", "data related to the service is compromised as a result of a "
       "suspectedly malicious action"),
    _c("physical_access", "d", "physical access to a data centre it operates is compromised"),
)  # fmt: skip
_TRUST: Final = (
    _c("unavailable", "a", "a trust service is completely unavailable for more than 20 minutes"),
    _c("unavailable_week", "b", "a trust service is unavailable to users or relying parties for "
       "more than one hour, calculated on a calendar week basis"),
    _c("limited_users", None, "the availability of a trust service is limited for more than "
       "1 % of its users or relying parties in the Union", verified=False),
    _c("physical_access", None, "physical access to restricted areas where its network and "
       "information systems are located is compromised", verified=False),
    _c("data_users", None, "data related to the trust service is compromised with an impact on "
       "more than 0.1 % of users or relying parties, or more than 100 of them, whichever is "
       "smaller", verified=False),
)  # fmt: skip

ENTITY_CRITERIA: Final[dict[str, tuple[int, tuple[Criterion, ...]]]] = {
    "dns_service_provider": (5, _DNS),
    "tld_name_registry": (6, _TLD),
    "cloud_computing_service_provider": _hosted(7, "cloud computing service"),
    "data_centre_service_provider": (8, _DATA_CENTRE),
    "content_delivery_network_provider": _hosted(9, "content delivery network"),
    "managed_service_provider": _hosted(10, "managed service"),
    "managed_security_service_provider": _hosted(10, "managed security service"),
    "online_marketplace": _platform(11, "online marketplace"),
    "online_search_engine": _platform(12, "online search engine"),
    "social_networking_platform": _platform(13, "social networking services platform"),
    "trust_service_provider": (14, _TRUST),
    "qualified_trust_service_provider": (14, _TRUST),
}
"""Each digital entity type (``Classification.sector``): its article and criteria."""

FINDINGS: Final = {
    "trade_secrets": "Has the incident caused, or can it cause, the exfiltration of trade "
    "secrets (Art. 2(1) Directive (EU) 2016/943)?",
    "death": "Has the incident caused, or can it cause, the death of a natural person?",
    "health_damage": "Has the incident caused, or can it cause, considerable damage to a "
    "natural person's health?",
    "recurring_incidents": "Is it one of incidents that occurred at least twice within six "
    "months, with the same apparent root cause, which together caused a financial loss "
    "meeting Art. 3(1)(a)?",
    "entity_criteria": "Does the incident meet one of the criteria of the entity type's "
    "article (Arts. 5 to 14)? Value: the keys of those met, comma-separated.",
}
"""The findings under ``nis2`` the significance test reads (name -> question)."""


@frozen
class Test:
    """One criterion of Art. 3(1): met, not met or unknown; why; what to record."""

    met: bool | None
    reason: Reason
    missing: tuple[MissingFact, ...] = ()


def _line(point: str, met: bool | None, text: str, *cites: Citation) -> Reason:
    state = {True: "met", False: "not met", None: "not known"}[met]
    return Reason(
        kind=ReasonKind.MISSING if met is None else ReasonKind.FACT,
        text=f"Art. 3(1)({point}), {text}: {state}.",
        citations=cites or (ir_2690(3, 1, point),),
    )


def _loss(incident: Incident, impact: ServiceImpact) -> Test:
    loss = impact.economic_impact_eur
    turnover = figure(incident, "annual_turnover_eur")
    limit = (
        FINANCIAL_LOSS_EUR
        if turnover is None
        else min(FINANCIAL_LOSS_EUR, TURNOVER_SHARE * turnover)
    )
    met: bool | None = None if loss is None else loss > limit
    if met is False and turnover is None:
        met = None
    words = "direct financial loss over EUR 500,000 or 5 % of turnover, whichever is lower"
    if loss is not None:
        words += f" (loss EUR {loss:,.0f}; limit EUR {limit:,.0f})"
    missing = (
        MissingFact(
            path="$.service_impact.economic_impact_eur",
            question="What direct financial loss did the incident cause, in euros?",
        )
        if loss is None
        else finding_fact(
            "nis2",
            "annual_turnover_eur",
            "What was the entity's total annual turnover in the preceding financial year, in euros?",
        )
    )
    return Test(met, _line("a", met, words), () if met is not None else (missing,))


def _recorded(incident: Incident, point: str, fact: str, words: str) -> Test:
    met = answer(incident, "nis2", fact)
    missing = (finding_fact("nis2", fact, FINDINGS[fact]),) if met is None else ()
    return Test(met, _line(point, met, words), missing)


def _access(impact: ServiceImpact) -> Test:
    access, severe = impact.malicious_access, impact.severe_disruption
    met: bool | None = (
        False if False in (access, severe) else (None if None in (access, severe) else True)
    )
    missing = tuple(
        MissingFact(path=f"$.service_impact.{f}", question=q)
        for f, v, q in (
            (
                "malicious_access",
                access,
                "Was there a successful, suspectedly malicious and unauthorised access to network and information systems?",
            ),
            (
                "severe_disruption",
                severe,
                "Can the incident cause severe operational disruption of the services?",
            ),
        )
        if v is None and met is None
    )
    words = "a successful, suspectedly malicious and unauthorised access capable of severe operational disruption"
    return Test(met, _line("e", met, words), missing)


def general(incident: Incident) -> tuple[Test, ...]:
    """The criteria of Art. 3(1)(a) to (f), one test each."""
    impact = incident.service_impact or ServiceImpact()
    return (
        _loss(incident, impact),
        _recorded(incident, "b", "trade_secrets", "exfiltration of trade secrets"),
        _recorded(incident, "c", "death", "the death of a natural person"),
        _recorded(incident, "d", "health_damage", "considerable damage to a person's health"),
        _access(impact),
        _recurring(incident),
    )


def _recurring(incident: Incident) -> Test:
    met = answer(incident, "nis2", "recurring_incidents")
    reason = _line(
        "f",
        met,
        "recurring incidents (twice within six months, same apparent root cause, together "
        "meeting point (a))",
        ir_2690(3, 1, "f"),
        ir_2690(4),
    )
    missing = (finding_fact("nis2", "recurring_incidents", FINDINGS["recurring_incidents"]),)
    return Test(met, reason, missing if met is None else ())


def _criteria_question(article: int, criteria: tuple[Criterion, ...]) -> str:
    listed = "; ".join(f"{c.key}: {c.text}" for c in criteria)
    return (
        f"Does the incident meet a criterion of Art. {article} of Implementing Regulation "
        f"(EU) 2024/2690 ({listed})? Record yes or no, and the keys met as the value."
    )


def _cite_criterion(article: int, c: Criterion) -> Citation:
    """Arts. 5 to 14 have points but no numbered paragraphs: ``Art. 7(a)``."""
    whole = ir_2690(article)
    return attrs.evolve(whole, pinpoint=f"{whole.pinpoint}({c.point})") if c.point else whole


def _met_keys(incident: Incident, criteria: tuple[Criterion, ...]) -> tuple[Criterion, ...]:
    found = incident.finding("nis2", "entity_criteria")
    keys = {c.key: c for c in criteria}
    values = [v.strip() for v in ((found.value if found else None) or "").split(",") if v.strip()]
    wrong = [v for v in values if v not in keys]
    if wrong or not values:
        msg = (
            f"findings[nis2/entity_criteria].value: {found.value if found else None!r}; with "
            f"the answer yes, record the keys of the criteria met, comma-separated, among: "
            f"{', '.join(keys)}"
        )
        raise ValueError(msg)
    return tuple(keys[v] for v in values)


def specific(incident: Incident, sector: str) -> Test:
    """Art. 3(1)(g): the criteria of the entity type's own article (Arts. 5 to 14)."""
    article, criteria = ENTITY_CRITERIA[sector]
    met = answer(incident, "nis2", "entity_criteria")
    if not met:
        words = f"a criterion of Art. {article} for this type of entity"
        missing = (
            ()
            if met is False
            else (finding_fact("nis2", "entity_criteria", _criteria_question(article, criteria)),)
        )
        return Test(met, _line("g", met, words, ir_2690(3, 1, "g"), ir_2690(article)), missing)
    chosen = _met_keys(incident, criteria)
    unverified = any(not c.verified for c in chosen)
    flag = " (criterion from a summary of the article, not its verified text)" if unverified else ""
    words = f"Art. {article}: " + "; ".join(c.text for c in chosen) + flag
    cites = (ir_2690(3, 1, "g"), *(_cite_criterion(article, c) for c in chosen))
    return Test(True, _line("g", True, words, *cites))


def significance(
    incident: Incident, sector: str, label: str
) -> tuple[bool | None, tuple[Reason, ...], tuple[MissingFact, ...]]:
    """Whether the incident of a digital entity is significant (Art. 3), why, what is missing."""
    tests = (*general(incident), specific(incident, sector))
    rule = Reason(
        kind=ReasonKind.RULE,
        text=f"For this type of entity ({label}), an incident is significant where one or more criteria of Art. "
        "3(1) of Implementing Regulation (EU) 2024/2690 are met; they are exhaustive "
        "(Recital 30); planned interruptions and scheduled maintenance are not significant "
        "(Art. 3(2)).",
        citations=(ir_2690(3, 1), ir_2690(3, 2), _recital(30), cite("nis2", 23, 3)),
    )
    met = [t for t in tests if t.met]
    if met:
        return True, (rule, *(t.reason for t in met)), ()
    lines = tuple(t.reason for t in tests)
    if any(t.met is None for t in tests):
        return None, (rule, *lines), tuple(m for t in tests for m in t.missing)
    return False, (rule, *lines), ()
