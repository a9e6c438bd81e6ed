"""Who Form 8-K Item 1.05 reaches: registrants, as a recorded classification.

Whether the organisation is an SEC registrant is recorded in ``Organisation.classifications``
under the scheme ``"us_sec"`` with its source (``registrant``, ``smaller_reporting_company``,
``foreign_private_issuer`` or ``not_registrant``), never guessed from its name. Without a
classification Item 1.05 is not assessed, and the reason says how to record one.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from breachmodel.model import Incident
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes._findings import category
from breachmodel.regimes._national import reach, started
from breachmodel.regimes.us_sec._law import COMPLIANCE_FROM, REGIME_ID, SMALLER_FROM, form

__all__ = ["INPUTS", "KINDS", "applicability", "kind", "prefilter"]

KINDS: Final = (
    "registrant",
    "smaller_reporting_company",
    "foreign_private_issuer",
    "not_registrant",
)
"""The categories the ``"us_sec"`` classification scheme accepts."""

INPUTS: Final = frozenset({"controller.classifications"})
"""What :func:`prefilter` reads."""


def kind(incident: Incident) -> str | None:
    """The organisation's recorded kind under the scheme, None when not recorded (an unknown category is refused)."""
    return category(incident, REGIME_ID, KINDS)


def prefilter(incident: Incident) -> Applicability | None:
    """Not applicable at once when no SEC classification is recorded."""
    if any(c.scheme == REGIME_ID for c in incident.controller.classifications):
        return None
    text = (
        "The organisation is not recorded as an SEC registrant: Form 8-K Item 1.05 is not "
        "assessed. If it files reports under the Exchange Act, record its SEC classification "
        "(a registrant or a smaller reporting company) with its source."
    )
    return reach(REGIME_ID, Reach.NOT_APPLICABLE, text, (form("Item 1.05(a)"),))


def _from(which: str) -> date:
    return SMALLER_FROM if which == "smaller_reporting_company" else COMPLIANCE_FROM


def applicability(incident: Incident, determined: date | None) -> Applicability:
    """A registrant (or smaller reporting company) from its compliance date."""
    found = prefilter(incident)
    if found is not None:
        return found
    which = kind(incident)
    cites = (form("Item 1.05(a)"),)
    if which == "foreign_private_issuer":
        text = "A foreign private issuer reports material cybersecurity incidents on Form 6-K, which is not encoded here."
        return reach(REGIME_ID, Reach.NOT_APPLICABLE, text, cites)
    if which == "not_registrant":
        return reach(
            REGIME_ID,
            Reach.NOT_APPLICABLE,
            "The organisation is recorded as not an SEC registrant.",
            cites,
        )
    when = determined or started(incident)
    begins = _from(which or "registrant")
    if when is not None and when < begins:
        text = f"Item 1.05 applies to this registrant from {begins.isoformat()}; the incident predates it."
        return reach(REGIME_ID, Reach.NOT_APPLICABLE, text, cites)
    text = f"The organisation is recorded as an SEC {str(which).replace('_', ' ')}."
    return reach(REGIME_ID, Reach.APPLICABLE, text, cites)
