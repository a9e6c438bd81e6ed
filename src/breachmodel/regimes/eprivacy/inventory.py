"""Art. 4(4) of Directive 2002/58/EC: the provider's inventory of personal data breaches.

Every breach is entered, notified or not: the facts surrounding it, its effects and the
remedial action taken, enough for the competent national authority to verify compliance
with the notification duties.
"""

from __future__ import annotations

from breachmodel.determination import ChecklistItem, Determination, Outcome, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.regimes.eprivacy._cite import directive
from breachmodel.regimes.eprivacy.keys import INVENTORY, INVENTORY_KEY
from breachmodel.regimes.eprivacy.scope import Head, outside

__all__ = ["inventory_entry"]

_HEAD = Head(
    INVENTORY_KEY,
    INVENTORY,
    "Enter the breach in the inventory of breaches (ePrivacy)",
    (directive("Art. 4(4)"),),
)


def inventory_entry(incident: Incident) -> Determination:
    """Art. 4(4): enter the breach in the provider's inventory."""
    early = outside(incident, _HEAD)
    if early is not None:
        return early
    cite = directive("Art. 4(4)")
    held = (
        (
            "facts",
            "The facts surrounding the breach",
            bool(incident.effects.types and incident.data),
        ),
        ("effects", "Its effects", bool(incident.consequences or incident.subjects)),
        ("remedial_action", "The remedial action taken", bool(incident.measures.subsequent)),
    )
    items = tuple(
        ChecklistItem(id=f"dir2002_58.4.4.{name}", label=label, citation=cite, provided=provided)
        for name, label, provided in held
    )
    rule = Reason(
        kind=ReasonKind.RULE,
        text=(
            "The provider keeps an inventory of every personal data breach, with the facts "
            "surrounding it, its effects and the remedial action taken, sufficient for the "
            "competent national authority to verify compliance with the notification duties."
        ),
        citations=_HEAD.basis,
    )
    return _HEAD.decide(
        Outcome.REQUIRED, (rule,), recipients=(incident.controller.id,), checklist=items
    )
