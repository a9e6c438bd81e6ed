"""Re-target results of the GDPR's rule functions at the UK GDPR, at the regime's boundary.

The UK GDPR keeps the GDPR's breach articles word for word (Arts. 33 and 34, as retained),
so the UK regime runs the same rule functions and then rewrites what differs: the
determination ids and keys (``uk_gdpr.*``), the citations (the UK GDPR on
legislation.gov.uk instead of the EU text), and a note wherever EDPB guidance is relied on
(persuasive only, in the UK). Reasons that belong to EU law alone (the ePrivacy
displacement of Art. 95 GDPR) are replaced by the regime, never shown.
"""

from __future__ import annotations

import re

import attrs

from breachmodel import citations, law
from breachmodel.citations import EDPB_9_2022, GDPR, Citation
from breachmodel.clocks import Check, Deadline
from breachmodel.determination import ChecklistItem, Determination, Reason, ReasonKind
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes.gdpr._regime import KEYS as GDPR_KEYS
from breachmodel.regimes.uk_gdpr._law import ICO_72_HOURS, ukut_persuasive

__all__ = [
    "REGIME_ID",
    "edpb_note",
    "retarget",
    "retarget_citation",
    "retarget_item",
    "retarget_reason",
    "retarget_text",
]

REGIME_ID = "uk_gdpr"

_KEYS: dict[str, tuple[Duty, str]] = {
    d.removeprefix("gdpr."): (key.duty, key.recipient) for d, key in GDPR_KEYS.items()
}
"""The GDPR determination (without its ``gdpr.`` prefix) -> the UK GDPR obligation's duty
and recipient (the same as the GDPR's: only the regime differs)."""

_GDPR_ID = re.compile(r"(?<![\w.])gdpr\.(?=art)")
_THE_GDPR = re.compile(r"\bthe GDPR\b")


def retarget_citation(citation: Citation) -> Citation:
    """A citation of the GDPR becomes the same pinpoint of the UK GDPR; others are kept.

    >>> from breachmodel.citations import gdpr
    >>> str(retarget_citation(gdpr(33, 3, "a")))
    'Art. 33(3)(a) UK GDPR'
    """
    if citation.source != GDPR:
        return citation
    return citations.retarget(citation, law.UK_GDPR.id)


def retarget_text(text: str) -> str:
    """Determination ids and "the GDPR" in a sentence, re-targeted at the UK GDPR."""
    return _THE_GDPR.sub("the UK GDPR", _GDPR_ID.sub(f"{REGIME_ID}.", text))


def retarget_reason(reason: Reason) -> Reason:
    """A reason with its citations and wording re-targeted."""
    return Reason(
        kind=reason.kind,
        text=retarget_text(reason.text),
        citations=tuple(retarget_citation(c) for c in reason.citations),
    )


def retarget_item(item: ChecklistItem) -> ChecklistItem:
    """A content item citing the UK GDPR."""
    return attrs.evolve(item, citation=retarget_citation(item.citation))


def edpb_note() -> Reason:
    """Why EDPB guidance still appears in a UK result, and with what weight."""
    return Reason(
        kind=ReasonKind.INTERPRETATION,
        text=(
            "EDPB Guidelines 9/2022 are cited as persuasive guidance only: the UK GDPR no "
            "longer refers to the EDPB, and UK courts treat its material as persuasive, not "
            "binding. On the points relied on here (awareness, the 72 hours, notification in "
            "phases, documenting the decision) the ICO's own guidance says the same."
        ),
        citations=(ukut_persuasive(), ICO_72_HOURS),
    )


def _deadline(deadline: Deadline | None, det_id: str) -> Deadline | None:
    if deadline is None:
        return None
    return attrs.evolve(
        deadline,
        rule_id=det_id,
        citations=tuple(retarget_citation(c) for c in deadline.citations),
        explanation=tuple(retarget_text(e) for e in deadline.explanation),
    )


def _clock(clock: Check | None, deadline: Deadline | None) -> Check | None:
    if clock is None or deadline is None:
        return clock
    return attrs.evolve(clock, deadline=deadline)


def retarget(det: Determination) -> Determination:
    """One GDPR determination, as the UK GDPR's: id, key, citations, wording, EDPB note."""
    local = det.id.removeprefix("gdpr.").removeprefix(f"{REGIME_ID}.")
    det_id = f"{REGIME_ID}.{local}"
    duty, recipient = _KEYS[".".join(local.split(".")[:2])]
    reasons = tuple(retarget_reason(r) for r in det.reasons)
    if any(c.source == EDPB_9_2022 for r in det.reasons for c in r.citations):
        reasons = (*reasons, edpb_note())
    deadline = _deadline(det.deadline, det_id)
    return attrs.evolve(
        det,
        id=det_id,
        key=ObligationKey(REGIME_ID, duty, recipient),
        legal_basis=tuple(retarget_citation(c) for c in det.legal_basis),
        reasons=reasons,
        deadline=deadline,
        clock=_clock(det.clock, deadline),
        checklist=tuple(retarget_item(i) for i in det.checklist),
    )
