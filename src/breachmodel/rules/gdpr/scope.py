"""Whether the GDPR's breach articles reach the incident at all.

Three questions come before any obligation:

* **Time**: the GDPR applies from 25 May 2018 (Art. 99(2)); an incident whose every
  known date (occurrence, detection, awareness, containment, notices, communications) is
  earlier is outside it. With no date known, the answer is undetermined.
* **Personal data**: a breach under Art. 4(12) concerns personal data (Art. 4(1)).
* **A breach of security with an effect**: destruction, loss, alteration, unauthorised
  disclosure or access (Art. 4(12)); the EDPB's three types (confidentiality, integrity,
  availability) express it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from attrs import frozen

from breachmodel.citations import edpb, gdpr
from breachmodel.determination import MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import Incident

__all__ = ["GDPR_APPLIES_FROM", "ScopeResult", "check_scope"]

GDPR_APPLIES_FROM = datetime(2018, 5, 25, tzinfo=UTC)
"""The GDPR applies from 25 May 2018 (Art. 99(2)); taken as 00:00 UTC."""


@frozen(kw_only=True)
class ScopeResult:
    """The answer to the scope questions.

    Attributes:
        outcome: None when the incident is in scope; otherwise the outcome every
            obligation takes (not applicable, not required, or undetermined).
        reasons: Why.
        missing_facts: What is needed when undetermined.
    """

    outcome: Outcome | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()


def _known_dates(incident: Incident) -> list[datetime]:
    t = incident.timeline
    dates = [t.occurred.start, t.occurred.end, t.detected_at, t.controller_aware_at]
    dates += [t.processor_aware_at, t.processor_notified_controller_at, t.contained_at]
    dates += [n.at for n in t.authority_notices]
    dates += [c.at for c in t.subject_communications]
    dates += [p.at for p in t.public_communications]
    return [d for d in dates if d is not None]


def check_scope(incident: Incident) -> ScopeResult:
    """Answer the scope questions for an incident."""
    reasons: list[Reason] = []
    dates = _known_dates(incident)
    if not dates:
        question = "When did the breach happen, or when was it detected?"
        return ScopeResult(
            outcome=Outcome.UNDETERMINED,
            reasons=(Reason(kind=ReasonKind.MISSING, text=question, citations=(gdpr(99, 2),)),),
            missing_facts=(MissingFact(path="$.timeline", question=question),),
        )
    latest = max(dates)
    if latest < GDPR_APPLIES_FROM:
        return ScopeResult(
            outcome=Outcome.NOT_APPLICABLE,
            reasons=(
                Reason(
                    kind=ReasonKind.RULE,
                    text=(
                        f"Every known date of the incident (the latest {latest.date().isoformat()}) "
                        "is before 25 May 2018, when the GDPR began to apply; its breach articles "
                        "do not reach it."
                    ),
                    citations=(gdpr(99, 2),),
                ),
            ),
        )
    reasons.append(
        Reason(
            kind=ReasonKind.FACT,
            text="The incident falls within the GDPR's temporal scope (from 25 May 2018).",
            citations=(gdpr(99, 2),),
        )
    )
    if incident.personal_data is None:
        question = (
            "Does the incident concern personal data (information about identifiable people)?"
        )
        return ScopeResult(
            outcome=Outcome.UNDETERMINED,
            reasons=(
                *reasons,
                Reason(kind=ReasonKind.MISSING, text=question, citations=(gdpr(4, 1), gdpr(4, 12))),
            ),
            missing_facts=(MissingFact(path="$.personal_data", question=question),),
        )
    if not incident.personal_data:
        return ScopeResult(
            outcome=Outcome.NOT_REQUIRED,
            reasons=(
                *reasons,
                Reason(
                    kind=ReasonKind.FACT,
                    text=(
                        "No personal data is concerned, so this is not a personal data breach; "
                        "the decision must still be documented."
                    ),
                    citations=(gdpr(4, 12), gdpr(33, 5)),
                ),
            ),
        )
    types = incident.effects.types
    if not types:
        question = (
            "What happened to the personal data: unauthorised disclosure or access, "
            "alteration, or loss or destruction?"
        )
        return ScopeResult(
            outcome=Outcome.UNDETERMINED,
            reasons=(
                *reasons,
                Reason(
                    kind=ReasonKind.MISSING,
                    text=question,
                    citations=(gdpr(4, 12), edpb("section I.B")),
                ),
            ),
            missing_facts=(MissingFact(path="$.effects", question=question),),
        )
    reasons.append(
        Reason(
            kind=ReasonKind.FACT,
            text=f"A personal data breach: {', '.join(types)} of personal data.",
            citations=(gdpr(4, 12), edpb("section I.B")),
        )
    )
    return ScopeResult(outcome=None, reasons=tuple(reasons))
