"""Breach of unsecured protected health information (45 CFR 164.402).

A *breach* is an acquisition, access, use or disclosure of PHI not permitted by the Privacy
Rule that compromises its security or privacy (§ 164.402), except three exclusions
(§ 164.402(1)(i)-(iii)): an unintentional good-faith access by a workforce member within the
scope of authority, an inadvertent disclosure between persons authorised at the same entity
(or organised health care arrangement), and a disclosure to an unauthorised person who could
not reasonably have retained the information. Otherwise it is **presumed** a breach unless a
risk assessment of at least four factors demonstrates a low probability that the PHI has been
compromised (§ 164.402(2)(i)-(iv)).

Only a breach of *unsecured* PHI is notified: PHI encrypted to the HHS guidance's standard
with a key that was not compromised (or destroyed) is not unsecured. Where encryption is not
recorded the PHI is treated as unsecured: the entity bears the burden of showing otherwise
(§ 164.414(b)).
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.errors import BreachModelError
from breachmodel.model import Incident
from breachmodel.regimes._findings import answer, finding_fact, value
from breachmodel.regimes._national import answer_word
from breachmodel.regimes.hipaa._law import REGIME_ID, cfr, guidance

__all__ = ["EXCEPTIONS", "FACTORS", "FINDINGS", "BreachTest", "breach"]

EXCEPTIONS: Final = {
    "good_faith_workforce": (
        "(1)(i)",
        "an unintentional acquisition, access or use by a workforce member or person acting "
        "under the entity's authority, in good faith, within the scope of authority and not "
        "further used or disclosed impermissibly",
    ),
    "inadvertent_internal": (
        "(1)(ii)",
        "an inadvertent disclosure by a person authorised to access PHI to another person "
        "authorised at the same covered entity, business associate or organised health care "
        "arrangement, not further used or disclosed impermissibly",
    ),
    "unable_to_retain": (
        "(1)(iii)",
        "a disclosure where the entity believes in good faith that the unauthorised recipient "
        "could not reasonably have retained the information",
    ),
}
"""The exclusions of § 164.402(1): finding value -> (paragraph, description)."""

FACTORS: Final = {
    "factor_nature_extent": (
        "(2)(i)",
        "the nature and extent of the PHI, including the types of identifiers and the "
        "likelihood of re-identification",
    ),
    "factor_recipient": ("(2)(ii)", "the unauthorised person who used or received the PHI"),
    "factor_acquired_viewed": ("(2)(iii)", "whether the PHI was actually acquired or viewed"),
    "factor_mitigation": ("(2)(iv)", "the extent to which the risk to the PHI has been mitigated"),
}
"""The four factors of § 164.402(2): finding name -> (paragraph, description)."""

FINDINGS: Final = {
    "discovered": "When was the breach discovered: the first day it was known, or by "
    "exercising reasonable diligence would have been known, to any workforce member or agent "
    "other than the person committing it (§ 164.404(a)(2), § 164.410(a)(2))? Record it in 'at'.",
    "exception": "Does an exclusion of § 164.402(1) apply? Record 'good_faith_workforce' (i), "
    "'inadvertent_internal' (ii) or 'unable_to_retain' (iii) in 'value'.",
    "low_probability_of_compromise": "Does the documented risk assessment demonstrate a low "
    "probability that the PHI has been compromised (§ 164.402(2))?",
    **{
        name: f"Risk assessment factor {para}, {text}: does it point to a low probability of "
        "compromise? Record the answer and the justification."
        for name, (para, text) in FACTORS.items()
    },
    "out_of_date_contacts": "For how many affected individuals is contact information "
    "insufficient or out of date (§ 164.404(d)(2))? Record 'none', 'fewer_than_10' or "
    "'10_or_more' in 'value'.",
    "law_enforcement_delay": "Has a law enforcement official stated that a notice would impede "
    "a criminal investigation or damage national security (§ 164.412)? Record 'written' or "
    "'oral' in 'value', the statement's date in 'at' and, for a written one, the end of the "
    "delay it specifies in 'until'.",
}
"""The findings the HIPAA regime reads (``Incident.findings`` under ``"hipaa"``)."""


@frozen(kw_only=True)
class BreachTest:
    """Whether the incident is a breach of unsecured PHI (the ``"breach"`` analysis)."""

    breach: bool | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    kind: str = "breach"
    title: str = "Breach of unsecured PHI (45 CFR 164.402)"

    @property
    def summary(self) -> str:
        """The headline for the views."""
        word = answer_word(self.breach)
        return f"Breach of unsecured protected health information: {word}"


def _reason(kind: ReasonKind, text: str, *cites: str) -> Reason:
    return Reason(kind=kind, text=text, citations=tuple(cfr("164.402", c) for c in cites))


def _exception(incident: Incident) -> Reason | None:
    found = value(incident, REGIME_ID, "exception")
    if found is None:
        return None
    if found not in EXCEPTIONS:
        msg = (
            f"findings[hipaa/exception].value: {found!r} is not an exclusion of § 164.402(1); "
            f"use one of {', '.join(EXCEPTIONS)}"
        )
        raise BreachModelError(msg)
    para, text = EXCEPTIONS[found]
    return _reason(ReasonKind.EXCEPTION_APPLIED, f"Not a breach: {text}.", para)


def _secured(incident: Incident) -> Reason:
    enc = incident.measures.encryption
    state = None if enc is None else enc.renders_unintelligible
    cites = (cfr("164.402"), guidance())
    if state is True:
        text = "The PHI was encrypted to the HHS guidance's standard and the key was not compromised: it is not unsecured PHI, so no breach notification is owed."
        return Reason.exception_applied(text, cites)
    if state is False:
        text = "The PHI was not encrypted to the HHS guidance's standard (or its key was compromised): it is unsecured PHI."
        return Reason.fact(text, cites)
    text = "Encryption to the HHS guidance's standard is not recorded; the entity bears the burden of showing the PHI was secured, so it is treated as unsecured."
    return Reason.presumption(text, (*cites, cfr("164.414", "(b)")))


def _factors(incident: Incident) -> tuple[tuple[Reason, ...], tuple[MissingFact, ...]]:
    reasons: list[Reason] = []
    missing: list[MissingFact] = []
    for name, (para, text) in FACTORS.items():
        found = answer(incident, REGIME_ID, name)
        if found is None:
            missing.append(finding_fact(REGIME_ID, name, FINDINGS[name]))
            continue
        word = "points to" if found else "does not point to"
        line = f"Factor {para}, {text}: {word} a low probability of compromise."
        reasons.append(_reason(ReasonKind.FACT, line, para))
    return tuple(reasons), tuple(missing)


def _assessment(incident: Incident) -> BreachTest:
    low = answer(incident, REGIME_ID, "low_probability_of_compromise")
    if low is None:
        text = "No risk assessment demonstrating a low probability of compromise is recorded: the impermissible use or disclosure is presumed a breach."
        return BreachTest(breach=True, reasons=(_reason(ReasonKind.PRESUMPTION, text, "(2)"),))
    factors, missing = _factors(incident)
    if not low:
        text = "The documented risk assessment does not demonstrate a low probability that the PHI has been compromised: a breach."
        return BreachTest(breach=True, reasons=(_reason(ReasonKind.FACT, text, "(2)"), *factors))
    if missing:
        text = "A low probability of compromise is concluded, but the assessment must rest on at least the four factors and not all are documented."
        why = (_reason(ReasonKind.MISSING, text, "(2)"), *factors)
        return BreachTest(breach=None, reasons=why, missing_facts=missing)
    text = "The documented four-factor risk assessment demonstrates a low probability that the PHI has been compromised: not a breach."
    return BreachTest(breach=False, reasons=(*factors, _reason(ReasonKind.FACT, text, "(2)")))


def breach(incident: Incident) -> BreachTest:
    """Section 164.402: an exclusion, secured PHI, or the presumption and its rebuttal."""
    excluded = _exception(incident)
    if excluded is not None:
        return BreachTest(breach=False, reasons=(excluded,))
    secured = _secured(incident)
    if secured.kind is ReasonKind.EXCEPTION_APPLIED:
        return BreachTest(breach=False, reasons=(secured,))
    found = _assessment(incident)
    return BreachTest(
        breach=found.breach,
        reasons=(secured, *found.reasons),
        missing_facts=found.missing_facts,
    )
