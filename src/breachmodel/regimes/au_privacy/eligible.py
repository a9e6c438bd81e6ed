"""Eligible data breach (Privacy Act 1988, ss. 26WE-26WG) and the remedial-action exception.

An eligible data breach is an unauthorised access to or disclosure of personal
information (or its loss where such access or disclosure is likely) that a reasonable
person would conclude is likely to result in serious harm to any of the individuals it
relates to (s. 26WE), having regard to the matters of s. 26WG (the kind and sensitivity
of the information, security measures and the likelihood they are overcome, who has or
could obtain it, the nature of the harm). Remedial action taken before serious harm
results, so that it is no longer likely, means there is no eligible data breach
(s. 26WF). The conclusion is the entity's, recorded as findings under ``au_privacy``.
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.regimes._national import answer, answer_word, unrecorded
from breachmodel.regimes.au_privacy._law import REGIME_ID, pa

__all__ = ["FINDINGS", "EligibleBreach", "eligible_breach"]

FINDINGS: Final = {
    "suspected": "When did the entity become aware of reasonable grounds to suspect an "
    "eligible data breach (s. 26WH(1)); record it in 'at'?",
    "serious_harm_likely": "Would a reasonable person conclude that the access, disclosure "
    "or loss is likely to result in serious harm to any of the individuals (ss. 26WE, "
    "26WG)? Record in 'at' when the entity reached that conclusion.",
    "remedial_action": "Did the entity take remedial action before serious harm resulted, "
    "so that serious harm is no longer likely (s. 26WF)?",
    "other_entity_notified": "Has another entity holding the same information already "
    "given the statement and notified individuals for this breach (ss. 26WJ, 26WM)?",
    "enforcement_related": "Has the chief executive officer of an enforcement body "
    "certified that notifying individuals would be likely to prejudice an enforcement "
    "related activity (s. 26WN)?",
    "commissioner_declaration": "Has the Commissioner declared under s. 26WQ that "
    "ss. 26WK and 26WL do not apply ('exempt') or extended the time to notify "
    "individuals ('extend', with 'until')?",
}
"""The findings the Australian regime reads."""


@frozen(kw_only=True)
class EligibleBreach:
    """Whether there is an eligible data breach, why, and what is missing."""

    eligible: bool | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    kind: str = "eligibility"
    title: str = "Eligible data breach (Privacy Act 1988, s. 26WE)"

    @property
    def summary(self) -> str:
        """The headline."""
        word = answer_word(self.eligible)
        return f"Eligible data breach: {word}"


def _no_access(incident: Incident) -> Reason | None:
    effects = incident.effects
    if effects.unknown or effects.confidentiality is not None or not effects.types:
        return None
    text = (
        "No unauthorised access to or disclosure of the information is recorded, nor a loss "
        "that makes one likely (only " + ", ".join(effects.types) + "): not an eligible data "
        "breach (read here: a loss of availability alone is not one)."
    )
    return Reason.interpretation(text, (pa("26WE", "(2)"),))


def _remedied(incident: Incident) -> Reason:
    done = answer(incident, REGIME_ID, "remedial_action") is True
    text = (
        "Remedial action was taken before serious harm resulted and serious harm is no longer "
        "likely: there is no eligible data breach."
        if done
        else "No remedial action that removes the likelihood of serious harm is recorded."
    )
    kind = ReasonKind.EXCEPTION_APPLIED if done else ReasonKind.EXCEPTION_REJECTED
    return Reason(kind=kind, text=text, citations=(pa("26WF"),))


def eligible_breach(incident: Incident) -> EligibleBreach:
    """Section 26WE: likely serious harm, unless remedial action removed it (s. 26WF)."""
    no_access = _no_access(incident)
    if no_access is not None:
        return EligibleBreach(eligible=False, reasons=(no_access,))
    harm = answer(incident, REGIME_ID, "serious_harm_likely")
    factors = (pa("26WE", "(2)"), pa("26WG"))
    if harm is None:
        text = (
            "Whether a reasonable person would conclude that serious harm is likely is not "
            "recorded; weigh the kind and sensitivity of the information, the security "
            "measures, who has or could obtain it and the nature of the harm."
        )
        fact = "serious_harm_likely"
        missing = (unrecorded(REGIME_ID, fact, FINDINGS[fact]),)
        reason = Reason.missing(text, factors)
        return EligibleBreach(eligible=None, reasons=(reason,), missing_facts=missing)
    if not harm:
        text = "The entity concluded that serious harm is not likely: not an eligible data breach."
        reason = Reason.fact(text, factors)
        return EligibleBreach(eligible=False, reasons=(reason,))
    text = "The entity concluded that a reasonable person would find serious harm likely."
    reason = Reason.fact(text, factors)
    remedied = _remedied(incident)
    eligible = remedied.kind is ReasonKind.EXCEPTION_REJECTED
    return EligibleBreach(eligible=eligible, reasons=(reason, remedied))
