"""Where NIS2 incident reports go: the CSIRT or competent authority of each member state.

The recipients are records of the authorities registry whose ``regimes`` include
``"nis2"`` (:func:`breachmodel.authorities.recipients`), each with where its designation
comes from and whether that was verified. Only the recipients this project could source are
listed. France: the Agence nationale de la sécurité des systèmes d'information (ANSSI, with
CERT-FR), designated in the French transposition bill (projet de loi relatif à la
résilience des infrastructures critiques et au renforcement de la cybersécurité,
Assemblée nationale text no. 1779, 17th legislature): a secondary source; the final
adoption of the law is NOT verified.
"""

from __future__ import annotations

from breachmodel.citations import cite
from breachmodel.determination import Reason, ReasonKind
from breachmodel.regimes._recipients import registered

__all__ = ["csirt"]


def csirt(state: str | None) -> tuple[tuple[str, ...], tuple[Reason, ...]]:
    """The recipients of the reports for a member state, and why (Art. 23(1))."""
    basis = (cite("nis2", 23, 1),)
    ids, reasons = registered("nis2", state, basis)
    if ids:
        return ids, reasons
    where = f"of {state}" if state else "of the member state where the entity is established"
    text = (
        f"Reports go to the CSIRT or, where applicable, the competent authority {where}; "
        "this project lists no sourced recipient for it."
    )
    return ("csirt",), (Reason(kind=ReasonKind.RULE, text=text, citations=basis),)
