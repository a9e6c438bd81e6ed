"""Whether an ICT-related incident is major: DORA Art. 18 and Delegated Regulation 2024/1772.

Art. 8(1) of Delegated Regulation (EU) 2024/1772: an incident is major where it affected
critical services (its Art. 6) and either the threshold of its Art. 9(5)(b) (a successful
malicious unauthorised access that may lead to data losses) is met, or two or more of the
other thresholds of its Art. 9(1) to (6) are met. Art. 8(1), (2) and Art. 9(1)(a)-(f) were read
in the Regulation's text (OJ L, 2024/1772, as reproduced by springlex.eu,
digital-operational-resilience.pages.dev and nomox.eu); the other thresholds below rest on
springlex.eu's summary of Art. 9 (downtime over 2 hours, costs and losses over EUR 100 000)
and on memory, and are marked unverified.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs
from attrs import frozen

from breachmodel.citations import Citation, cite
from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.model import ServiceImpact
from breachmodel.regimes import _sector

__all__ = ["CRITERIA", "Criterion", "MajorIncident", "classify", "recurring", "rts"]

CLIENTS_SHARE: Final = 0.10
"""Art. 9(1)(a): more than 10 % of all clients using the affected service (verified)."""
CLIENTS_NUMBER: Final = 100_000
"""Art. 9(1)(b): more than 100 000 clients using the affected service (verified)."""
DURATION_HOURS: Final = 24.0
"""Art. 9(3): the incident lasts longer than 24 hours (memory; unverified)."""
COUNTERPARTS_SHARE: Final = 0.30
"""Art. 9(1)(c): more than 30 % of financial counterparts (verified; read as a finding)."""
TRANSACTIONS_SHARE: Final = 0.10
"""Art. 9(1)(d)-(e): more than 10 % of the daily average number or value (verified)."""
DOWNTIME_HOURS: Final = 2.0
"""Art. 9(3): service downtime of critical functions longer than 2 hours (summary; unverified)."""
ECONOMIC_EUR: Final = 100_000
"""Art. 9(6): costs and losses over EUR 100 000 (summary; unverified)."""
MEMBER_STATES: Final = 2
"""Art. 9(4): an impact in two or more member states (memory; unverified)."""


def rts(article: int, paragraph: int | None = None, point: str | None = None) -> Citation:
    """Cite Delegated Regulation (EU) 2024/1772."""
    return cite("dora-rts-2024-1772", article, paragraph, point)


def _clients(i: ServiceImpact) -> bool | None:
    n, total = i.clients_affected, i.clients_total
    if n is not None and n > CLIENTS_NUMBER:
        return True
    if n is not None and total:
        return n > CLIENTS_SHARE * total
    return None if n is None or total is None else False


def _hours(value: float | None, limit: float) -> bool | None:
    return None if value is None else value > limit


def _duration(i: ServiceImpact) -> bool | None:
    found = (_hours(i.duration_hours, DURATION_HOURS), _hours(i.downtime_hours, DOWNTIME_HOURS))
    if True in found:
        return True
    return None if None in found else False


def _spread(i: ServiceImpact) -> bool | None:
    states = i.member_states_affected
    return None if states is None else len(set(states)) >= MEMBER_STATES


def _economic(i: ServiceImpact) -> bool | None:
    return None if i.economic_impact_eur is None else i.economic_impact_eur > ECONOMIC_EUR


@frozen
class Criterion:
    """One materiality threshold: its name, how it is met, the facts it reads, its source."""

    name: str
    test: Callable[[ServiceImpact], bool | None]
    fields: tuple[tuple[str, str], ...]
    citation: Citation
    threshold: str
    verified: bool


CRITERIA: Final = (
    Criterion(
        "clients affected",
        _clients,
        (
            ("clients_affected", "How many clients using the affected service were affected?"),
            ("clients_total", "How many clients use the affected service in all?"),
        ),
        rts(9, 1),
        "more than 10 % of the service's clients or more than 100,000 clients",
        verified=True,
    ),
    Criterion(
        "reputational impact",
        lambda i: i.reputational_impact,
        (("reputational_impact", "Did the incident draw media attention or complaints?"),),
        rts(9, 2),
        "media attention, repeated complaints, or similar reputational harm",
        verified=False,
    ),
    Criterion(
        "duration and service downtime",
        _duration,
        (
            ("duration_hours", "How long did the incident last (hours)?"),
            ("downtime_hours", "How long were critical services unavailable (hours)?"),
        ),
        rts(9, 3),
        "lasting more than 24 hours, or critical services down for more than 2 hours",
        verified=False,
    ),
    Criterion(
        "geographical spread",
        _spread,
        (("member_states_affected", "In which member states did the incident have an impact?"),),
        rts(9, 4),
        "an impact in two or more member states",
        verified=False,
    ),
    Criterion(
        "data losses",
        lambda i: i.data_losses,
        (("data_losses", "Was data availability, integrity or confidentiality affected?"),),
        rts(9, 5, "a"),
        "an impact on data with an adverse effect on business or legal obligations",
        verified=False,
    ),
    Criterion(
        "economic impact",
        _economic,
        (("economic_impact_eur", "What are the costs and losses in euros?"),),
        rts(9, 6),
        "costs and losses over EUR 100,000",
        verified=False,
    ),
)
"""The thresholds of Art. 9(1)-(6) that count towards the two of Art. 8(1)(b)."""

_CRITICAL: Final = MissingFact(
    path="$.service_impact.critical_services_affected",
    question="Were critical services (supporting critical or important functions) affected?",
)
_MALICIOUS: Final = MissingFact(
    path="$.service_impact.malicious_access",
    question="Was there a successful malicious unauthorised access to the systems?",
)


@frozen(kw_only=True)
class MajorIncident:
    """The classification of the incident (an analysis of the DORA regime)."""

    major: bool | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    met: tuple[str, ...] = ()
    kind: str = "classification"
    title: str = "Major ICT-related incident (DORA Art. 18)"


def _criterion_reason(c: Criterion, met: bool | None) -> Reason:
    state = {True: "met", False: "not met", None: "not known"}[met]
    flag = "" if c.verified else " (threshold not verified against the official text)"
    return Reason(
        kind=ReasonKind.FACT if met is not None else ReasonKind.MISSING,
        text=f"Criterion '{c.name}' ({c.threshold}): {state}{flag}.",
        citations=(c.citation,),
    )


def _verdict(critical: bool | None, malicious: bool | None, met: int, open_: int) -> bool | None:
    if critical is False:
        return False
    if malicious or met >= 2:
        return True if critical else None
    if met + open_ >= 2 or malicious is None:
        return None
    return False


def _counterparts(
    results: list[tuple[Criterion, bool | None]], others: bool | None
) -> Reason | None:
    """Art. 9(1)(c)-(f): counterparts, transactions, relevant clients (finding ``dora/...``)."""
    first = results[0]
    if others:
        results[0] = (first[0], True)
    if first[1] or others is False:
        return None
    kind = ReasonKind.FACT if others else ReasonKind.INTERPRETATION
    text = (
        "Art. 9(1)(c)-(f): affected financial counterparts (over 30 %), transactions (over "
        "10 % of the daily average number or value) or relevant clients or counterparts: "
        + (
            "recorded as met."
            if others
            else "not recorded, assumed not met; record the finding "
            "dora/counterparts_or_transactions to assess them."
        )
    )
    return Reason(kind=kind, text=text, citations=(rts(9, 1, "c"), rts(9, 1, "f")))


def classify(impact: ServiceImpact | None, others: bool | None = None) -> MajorIncident:
    """Art. 8(1) of Delegated Regulation 2024/1772, criterion by criterion.

    ``others``: whether a threshold of Art. 9(1)(c) to (f) is met (None: not recorded).
    """
    i = impact or ServiceImpact()
    results = [(c, c.test(i)) for c in CRITERIA]
    extra = _counterparts(results, others)
    met = tuple(c.name for c, r in results if r)
    unknown = [c for c, r in results if r is None]
    major = _verdict(i.critical_services_affected, i.malicious_access, len(met), len(unknown))
    reasons = [
        Reason(
            kind=ReasonKind.RULE,
            text="Major where critical services are affected and either a successful malicious "
            "unauthorised access may lead to data losses, or two or more other thresholds are "
            "met.",
            citations=(rts(8, 1), cite("dora", 18, 1)),
        ),
        *(_criterion_reason(c, r) for c, r in results),
        *((extra,) if extra is not None else ()),
    ]
    missing: list[MissingFact] = []
    if major is None:
        if i.critical_services_affected is None:
            missing.append(_CRITICAL)
        if i.malicious_access is None:
            missing.append(_MALICIOUS)
        missing += [m for c in unknown for m in _sector.unknown_impact(c.fields)]
    verdict = {True: "major", False: "not major", None: "not yet classifiable"}[major]
    reasons.append(
        Reason(
            kind=ReasonKind.FACT if major is not None else ReasonKind.MISSING,
            text=f"The incident is {verdict} ({len(met)} of the other thresholds met).",
            citations=(rts(8, 1),),
        )
    )
    return MajorIncident(major=major, reasons=tuple(reasons), missing_facts=tuple(missing), met=met)


def recurring(found: MajorIncident, answer: bool | None, *, micro: bool) -> MajorIncident:
    """Art. 8(2): recurring incidents, together major, are one major incident.

    ``answer``: the finding ``dora/recurring_incidents`` (at least twice within six
    months, the same apparent root cause, together meeting Art. 8(1)). Not for
    microenterprises (nor the entities of Art. 16(1) DORA, which are not told apart here).
    """
    if found.major or not answer:
        return found
    if micro:
        text = (
            "Recurring incidents are recorded, but Art. 8(2) does not apply to "
            "microenterprises: each incident is classified on its own."
        )
        reason = Reason(kind=ReasonKind.RULE, text=text, citations=(rts(8, 2),))
        return attrs.evolve(found, reasons=(*found.reasons, reason))
    text = (
        "Recurring incidents (at least twice within six months, the same apparent root cause) "
        "that together meet Art. 8(1) are one major incident (recorded finding)."
    )
    reason = Reason(kind=ReasonKind.FACT, text=text, citations=(rts(8, 2), cite("dora", 20)))
    return attrs.evolve(found, major=True, reasons=(*found.reasons, reason), missing_facts=())
