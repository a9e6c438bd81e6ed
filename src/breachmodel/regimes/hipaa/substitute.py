"""Substitute notice (45 CFR 164.404(d)(2)) where contact information is out of date.

For fewer than 10 individuals with insufficient or out-of-date contact information, an
alternative written notice, a telephone call or other means; for 10 or more, a conspicuous
posting on the entity's web site home page or a conspicuous notice in major print or
broadcast media where they likely live, with a toll-free number (both for 90 days: memory,
not verified). Where nothing says contact details are missing, they are assumed current.
"""

from __future__ import annotations

from typing import Final

from breachmodel.determination import Assumption, Determination, Outcome, Reason
from breachmodel.errors import BreachModelError
from breachmodel.model import Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes import _national
from breachmodel.regimes._findings import finding_fact, value
from breachmodel.regimes.hipaa._law import REGIME_ID, cfr
from breachmodel.regimes.hipaa.breach import FINDINGS

__all__ = ["SUBSTITUTE", "WAYS", "substitute"]

SUBSTITUTE: Final = "hipaa.s164_404d2.substitute_notice"
WAYS: Final = {
    "none": None,
    "fewer_than_10": (
        "(d)(2)(i)",
        "fewer than 10 individuals: an alternative form of written notice, telephone or other means",
    ),
    "10_or_more": (
        "(d)(2)(ii)",
        "10 or more individuals: a conspicuous posting on the home page of the entity's web site, or a conspicuous notice in major print or broadcast media where they likely live, with a toll-free number (90 days each, from memory, not verified)",
    ),
}
"""The ``out_of_date_contacts`` values and the substitute notice each calls for."""

_BOOK: Final = {
    SUBSTITUTE: _national.Entry(
        key=ObligationKey(REGIME_ID, Duty.PUBLIC_NOTICE, "substitute_notice"),
        title="Substitute notice where contact information is out of date (HIPAA)",
        basis=(cfr("164.404", "(d)(2)"),),
    )
}


_FACT: Final = finding_fact(REGIME_ID, "out_of_date_contacts", FINDINGS["out_of_date_contacts"])


def _read(incident: Incident) -> str | None:
    found = value(incident, REGIME_ID, "out_of_date_contacts")
    if found is not None and found not in WAYS:
        msg = f"findings[hipaa/out_of_date_contacts].value: {found!r} is not known; use one of {', '.join(WAYS)}"
        raise BreachModelError(msg)
    return found


def _reading(
    incident: Incident, found: str | None
) -> tuple[Outcome, Reason, tuple[Assumption, ...]]:
    """The outcome, its reason and any assumption, once the individuals' notice is owed."""
    basis = _BOOK[SUBSTITUTE].basis
    if found is None and incident.contact.contact_details_available is False:
        text = "Contact details are recorded as unavailable for some individuals, but not for how many."
        return Outcome.UNDETERMINED, Reason.missing(text, basis), ()
    way = WAYS.get(found or "none")
    if way is not None:
        para, words = way
        text = f"Contact information is insufficient or out of date for {words}."
        reason = Reason.fact(text, (cfr("164.404", para),))
        return Outcome.REQUIRED, reason, ()
    text = (
        "Contact information is sufficient and current for every individual: no substitute notice."
    )
    assumed = (
        Assumption(
            path=_FACT.path,
            assumed="contact information is current for every individual",
            why="nothing recorded says otherwise (contact details are not recorded as unavailable)",
        ),
    )
    reason = Reason.fact(text, basis)
    return Outcome.NOT_REQUIRED, reason, assumed if found is None else ()


def substitute(incident: Incident, inform: Determination) -> Determination:
    """Owed with the individual notice where some contacts are insufficient or out of date."""
    if inform.outcome is not Outcome.REQUIRED:
        return _national.dependent(_BOOK, det_id=SUBSTITUTE, on=inform, incident=incident)
    outcome, reason, assumed = _reading(incident, _read(incident))
    owed = outcome is Outcome.REQUIRED
    return _national.decide(
        _BOOK,
        det_id=SUBSTITUTE,
        outcome=outcome,
        reasons=(reason,),
        incident=incident,
        deadline=inform.deadline if owed else None,
        missing=(_FACT,),
        recipients=("substitute_notice",),
        assumptions=assumed,
    )
