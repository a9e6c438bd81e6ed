"""Where NIS2 incident reports go: the CSIRT or competent authority of each member state.

Only the recipients this project could source are listed. France: the Agence nationale de
la sécurité des systèmes d'information (ANSSI), designated in the French transposition bill
(projet de loi relatif à la résilience des infrastructures critiques et au renforcement de
la cybersécurité, Assemblée nationale text no. 1779, 17th legislature): a secondary source;
the final adoption of the law is NOT verified.
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from breachmodel.citations import cite, national_law
from breachmodel.determination import Reason, ReasonKind

__all__ = ["RECIPIENTS", "Recipient", "csirt"]


@frozen(kw_only=True)
class Recipient:
    """A member state's NIS2 recipient, with where that comes from."""

    id: str
    name: str
    source: str
    verified: bool


RECIPIENTS: Final = {
    "FR": Recipient(
        id="fr-anssi",
        name="ANSSI (Agence nationale de la sécurité des systèmes d'information; CERT-FR)",
        source="French NIS2 transposition bill, Assemblée nationale text no. 1779 (not "
        "verified as adopted)",
        verified=False,
    ),
}
"""The sourced recipients, by member state."""


def csirt(state: str | None) -> tuple[tuple[str, ...], tuple[Reason, ...]]:
    """The recipients of the reports for a member state, and why (Art. 23(1))."""
    found = RECIPIENTS.get(state or "")
    if found is None:
        where = f"of {state}" if state else "of the member state where the entity is established"
        text = (
            f"Reports go to the CSIRT or, where applicable, the competent authority {where}; "
            "this project lists no sourced recipient for it."
        )
        return ("csirt",), (
            Reason(kind=ReasonKind.RULE, text=text, citations=(cite("nis2", 23, 1),)),
        )
    flag = "" if found.verified else " (not verified)"
    text = f"Reports go to {found.name}; source: {found.source}{flag}."
    citations = (cite("nis2", 23, 1), national_law("French NIS2 transposition bill", "ANSSI"))
    return (found.id,), (Reason(kind=ReasonKind.FACT, text=text, citations=citations),)
