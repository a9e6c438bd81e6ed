"""Real risk of significant harm (PIPEDA s. 10.1(1), (7), (8)).

Significant harm includes bodily harm, humiliation, damage to reputation or relationships,
loss of employment, business or professional opportunities, financial loss, identity
theft, negative effects on the credit record and damage to or loss of property
(s. 10.1(7)). Whether the risk is real turns on the sensitivity of the information and the
probability that it has been, is being or will be misused (s. 10.1(8)). The conclusion is
the organisation's (finding ``rrosh``); the incident's facts that bear on both factors are
listed beside it.
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from breachmodel.determination import MissingFact, Reason
from breachmodel.model import DataCategory, Exfiltration, Incident, Intent
from breachmodel.regimes._national import answer, answer_word, unrecorded
from breachmodel.regimes.pipeda._law import REGIME_ID, pipeda

__all__ = ["FINDINGS", "RealRisk", "real_risk"]

FINDINGS: Final = {
    "rrosh": "Is it reasonable in the circumstances to believe that the breach creates a "
    "real risk of significant harm to an individual (s. 10.1(1), (7), (8))?",
    "determined": "When did the organisation determine that the breach of security "
    "safeguards occurred (s. 10.1(2), (6)); record it in 'at'?",
    "prohibited_by_law": "Does a law prohibit notifying the individuals (s. 10.1(3))?",
    "can_reduce_harm": "Does the organisation believe that other organisations or government "
    "institutions may be able to reduce the risk of harm or mitigate it (s. 10.2(1))? Name "
    "them in 'justification'.",
    "interprovincial": "Is the personal information collected, used or disclosed across a "
    "provincial or national border (so that PIPEDA, not only a substantially similar "
    "provincial law, applies)?",
}
"""The findings the PIPEDA regime reads."""

_SENSITIVE: Final = frozenset(
    {
        DataCategory.FINANCIAL.value,
        DataCategory.PAYMENT_CARD.value,
        DataCategory.NATIONAL_ID.value,
        DataCategory.OFFICIAL_DOCUMENT.value,
        DataCategory.CREDENTIALS.value,
        DataCategory.HEALTH.value,
        DataCategory.GENETIC.value,
        DataCategory.BIOMETRIC.value,
    }
)


@frozen(kw_only=True)
class RealRisk:
    """Whether the breach creates a real risk of significant harm, and the factors seen."""

    rrosh: bool | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    kind: str = "risk"
    title: str = "Real risk of significant harm (PIPEDA s. 10.1)"

    @property
    def summary(self) -> str:
        """The headline."""
        word = answer_word(self.rrosh)
        return f"Real risk of significant harm: {word}"


def _factors(incident: Incident) -> Reason:
    sensitive = [
        incident.category_info(c).label.lower()
        for c in sorted({d.category for d in incident.data} & _SENSITIVE)
    ]
    conf = incident.effects.confidentiality
    misuse = [
        text
        for test, text in (
            (incident.cause.intent is Intent.MALICIOUS, "a malicious actor"),
            (
                conf is not None and conf.exfiltration is Exfiltration.CONFIRMED,
                "confirmed exfiltration",
            ),
            (
                bool(
                    incident.measures.encryption
                    and incident.measures.encryption.renders_unintelligible
                ),
                "data unintelligible (lowers it)",
            ),
        )
        if test
    ]
    text = (
        f"Factors on record: sensitivity, {', '.join(sensitive) or 'no especially sensitive category'}; "
        f"probability of misuse, {', '.join(misuse) or 'nothing recorded'}."
    )
    return Reason.fact(text, (pipeda("10.1", "(8)"),))


def real_risk(incident: Incident) -> RealRisk:
    """Section 10.1(1): the organisation's conclusion on a real risk of significant harm."""
    found = answer(incident, REGIME_ID, "rrosh")
    factors = _factors(incident)
    cites = (pipeda("10.1", "(1)"), pipeda("10.1", "(7)"))
    if found is None:
        text = "Whether the breach creates a real risk of significant harm is not recorded."
        missing = (unrecorded(REGIME_ID, "rrosh", FINDINGS["rrosh"]),)
        reason = Reason.missing(text, cites)
        return RealRisk(rrosh=None, reasons=(factors, reason), missing_facts=missing)
    text = (
        "The organisation concluded that the breach creates a real risk of significant harm."
        if found
        else "The organisation concluded that the breach creates no real risk of significant harm."
    )
    return RealRisk(rrosh=found, reasons=(factors, Reason.fact(text, cites)))
