"""Which financial entities DORA leaves out: Art. 2(3), with the size rule for intermediaries.

A financial entity of Art. 2(1) records its type as its DORA classification
(``Organisation.classifications``, scheme ``dora``). Where it falls within an exclusion of
Art. 2(3), the finding ``dora/exemption`` names the exclusion (one of :data:`EXEMPTIONS`)
with its source: DORA then does not reach it. Insurance, reinsurance and ancillary insurance
intermediaries are within DORA only when they are not micro, small or medium-sized
enterprises (Art. 2(3)(e)): their size (``Classification.size``) decides, and an unknown
size leaves the reach undetermined.

Provenance: the points of Art. 2(3) are encoded from memory of the Regulation's text and the
project's reference notes; NOT checked against the Official Journal text here.
"""

from __future__ import annotations

from typing import Final

from breachmodel.citations import cite
from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.model import Classification, Incident
from breachmodel.regimes._sector import Scope

__all__ = ["EXEMPTIONS", "FINDINGS", "INTERMEDIARY", "refine"]

EXEMPTIONS: Final = {
    "aifm_below_thresholds": (
        "a", "an alternative investment fund manager referred to in Art. 3(2) of Directive "
        "2011/61/EU (below the AIFMD thresholds)",
    ),
    "small_insurer": (
        "b", "an insurance or reinsurance undertaking referred to in Art. 4 of Directive "
        "2009/138/EC (outside Solvency II by its size)",
    ),
    "small_iorp": (
        "c", "an institution for occupational retirement provision operating pension schemes "
        "which together have no more than 15 members in total",
    ),
    "mifid_exempt": (
        "d", "a person exempted under Arts. 2 and 3 of Directive 2014/65/EU (MiFID II)",
    ),
    "post_office_giro": (
        "f", "a post office giro institution referred to in Art. 2(5), point (3), of "
        "Directive 2013/36/EU",
    ),
}  # fmt: skip
"""The exclusions of Art. 2(3) a finding may name: key -> (point, words). Memory: NOT verified."""

INTERMEDIARY: Final = "insurance_intermediary"
"""The category Art. 2(3)(e) reads by size."""

FINDINGS: Final = {
    "exemption": "Does an exclusion of Art. 2(3) DORA apply to the entity? Value: "
    + ", ".join(EXEMPTIONS)
    + "; with its source.",
}
"""The scope findings under ``dora`` (name -> question)."""


def _exempted(incident: Incident, classification: Classification) -> Scope | None:
    found = incident.finding("dora", "exemption")
    if found is None:
        return None
    if found.value not in EXEMPTIONS:
        msg = (
            f"findings[dora/exemption].value: {found.value!r}; record one of "
            f"{', '.join(EXEMPTIONS)}, with its source"
        )
        raise ValueError(msg)
    point, words = EXEMPTIONS[found.value]
    text = (
        f"The entity ({classification.category}) is {words} (source: "
        f"{found.source or 'not recorded'}): DORA does not apply to it (from memory of the "
        "text; not verified)."
    )
    reason = Reason(kind=ReasonKind.FACT, text=text, citations=(cite("dora", 2, 3, point),))
    return Scope(category="exempt", reasons=(reason,))


def _intermediary(classification: Classification) -> Scope:
    size = classification.size
    citations = (cite("dora", 2, 1, "o"), cite("dora", 2, 3, "e"))
    if size is None:
        reason = Reason(
            kind=ReasonKind.MISSING,
            text="An insurance intermediary is within DORA only if it is not a micro, small or "
            "medium-sized enterprise; its size is not recorded.",
            citations=citations,
        )
        missing = MissingFact(
            path="$.controller.classifications[dora].size",
            question="What is the intermediary's size (micro, small, medium, large)?",
        )
        return Scope(category=None, reasons=(reason,), missing_facts=(missing,))
    large = size == "large"
    text = (
        f"The insurance intermediary is recorded as {size} (source: {classification.source}): "
        + (
            "not an SME, it is within DORA."
            if large
            else "micro, small and medium-sized intermediaries are excluded."
        )
        + " (From memory of the text; not verified.)"
    )
    reason = Reason(kind=ReasonKind.FACT, text=text, citations=citations)
    return Scope(category=INTERMEDIARY if large else "exempt", reasons=(reason,))


def refine(incident: Incident, classification: Classification) -> Scope | None:
    """The exclusions of Art. 2(3) applied to a recorded financial entity (None: as recorded)."""
    exempted = _exempted(incident, classification)
    if exempted is not None:
        return exempted
    if classification.category == INTERMEDIARY:
        return _intermediary(classification)
    return None
