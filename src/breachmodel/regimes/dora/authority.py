"""Where DORA reports go: the competent authority of Art. 46, per member state and entity type.

Art. 46 DORA assigns each type of financial entity the authority that supervises it under
its sectoral law (from memory of the text, not verified). Only France is listed. The
authorities are records of the authorities registry whose ``regimes`` include ``"dora"``,
each with the source of its designation: the ACPR's own DORA page (official, read: its
instructions on reporting major ICT-related incidents to it), the AMF from memory (NOT
verified). Which entity type reports to which of them is from memory of the French
supervisory framework (the ACPR for banks, insurers, payment and electronic money
institutions; the AMF for asset managers): NOT verified. A credit institution that is
significant under the single supervisory mechanism reports to the European Central Bank
(memory; not verified).
"""

from __future__ import annotations

from typing import Final

from breachmodel.authorities import get_authority
from breachmodel.citations import cite, national_law
from breachmodel.determination import Reason, ReasonKind
from breachmodel.model import Classification
from breachmodel.regimes._recipients import designation_reason

__all__ = ["AUTHORITIES", "competent_authority"]

_ACPR = "fr-acpr"
_AMF = "fr-amf"

AUTHORITIES: Final = {
    ("FR", "insurance_undertaking"): _ACPR,
    ("FR", "reinsurance_undertaking"): _ACPR,
    ("FR", "insurance_intermediary"): _ACPR,
    ("FR", "credit_institution"): _ACPR,
    ("FR", "payment_institution"): _ACPR,
    ("FR", "electronic_money_institution"): _ACPR,
    ("FR", "account_information_service_provider"): _ACPR,
    ("FR", "investment_firm"): _ACPR,
    ("FR", "management_company"): _AMF,
    ("FR", "alternative_investment_fund_manager"): _AMF,
}
"""(member state, entity type) -> registry id. Memory of French law: every entry unverified."""


def competent_authority(
    state: str | None, classification: Classification | None
) -> tuple[tuple[str, ...], tuple[Reason, ...]]:
    """The recipient of the reports (Art. 19(1), Art. 46), with why."""
    category = None if classification is None else classification.category
    found = AUTHORITIES.get((state or "", category or ""))
    basis = (cite("dora", 19, 1), cite("dora", 46))
    if found is None:
        text = (
            "Reports go to the competent authority that supervises this type of financial "
            f"entity in {state or 'its member state'}; this project lists none it could source."
        )
        return ("competent_authority",), (Reason(kind=ReasonKind.RULE, text=text, citations=basis),)
    authority = get_authority(found)
    text = (
        f"{authority.acronym} supervises a French {(category or '').replace('_', ' ')}: from "
        "memory of the French supervisory framework, not verified against the official text."
    )
    if category == "credit_institution":
        text += " A significant credit institution reports to the European Central Bank instead."
    citations = (*basis, national_law("Code monétaire et financier", "art. L612-1 (memory)"))
    return (found,), (
        Reason(kind=ReasonKind.FACT, text=text, citations=citations),
        designation_reason(authority, basis),
    )
