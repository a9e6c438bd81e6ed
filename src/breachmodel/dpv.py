"""W3C Data Privacy Vocabulary (DPV) concepts for the categories of personal data.

Each built-in :class:`~breachmodel.model.DataCategory` is tagged with the nearest concept
of DPV's personal-data extension (DPV-PD, namespace ``https://w3id.org/dpv/pd#``), so
that the JSON output can be joined with records of processing, DPIAs or consent records
that use the same vocabulary. A custom category is tagged with DPV's own
``SpecialCategoryPersonalData`` when it is an Art. 9 category, with ``pd:Criminal`` when
it is Art. 10 data, and otherwise with ``PersonalData``.

Every concept below was checked against the term lists of DPV-PD 2.0 (the ``core`` and
``extended`` modules published by the W3C Data Privacy Vocabularies and Controls
Community Group). DPV-PD has no concept for a national identification number; such
numbers are tagged ``pd:OfficialID`` ("an official identifier or identification
document"). DPV-PD has no separate concept for sexual orientation; ``pd:Sexual``
("sexuality and sexual history") stands for both parts of the Art. 9(1) category.

>>> from breachmodel.model import DataCategory
>>> DPV_PD[DataCategory.HEALTH]
'https://w3id.org/dpv/pd#MedicalHealth'
"""

from __future__ import annotations

from typing import Final

from breachmodel.model.categories import CategoryInfo, DataCategory

__all__ = ["DPV", "DPV_PD", "PD", "all_iris", "category_to_dict", "dpv_iri"]

DPV: Final = "https://w3id.org/dpv#"
"""The namespace of the core DPV vocabulary."""

PD: Final = "https://w3id.org/dpv/pd#"
"""The namespace of DPV's personal-data extension (DPV-PD)."""

_C = DataCategory

DPV_PD: Final[dict[DataCategory, str]] = {
    _C.IDENTITY: PD + "Identifying",
    _C.CONTACT: PD + "Contact",
    _C.DATE_OF_BIRTH: PD + "BirthDate",
    _C.NATIONAL_ID: PD + "OfficialID",
    _C.OFFICIAL_DOCUMENT: PD + "OfficialID",
    _C.FINANCIAL: PD + "Financial",
    _C.PAYMENT_CARD: PD + "PaymentCard",
    _C.CREDENTIALS: PD + "Authenticating",
    _C.LOCATION: PD + "Location",
    _C.COMMUNICATIONS_CONTENT: PD + "Communication",
    _C.TRAFFIC_DATA: PD + "CommunicationsMetadata",
    _C.BEHAVIOURAL: PD + "Behavioral",
    _C.PROFILING: PD + "Profile",
    _C.EDUCATION_EMPLOYMENT: PD + "Professional",
    _C.INSURANCE_CONTRACT: PD + "Insurance",
    _C.HEALTH: PD + "MedicalHealth",
    _C.GENETIC: PD + "Genetic",
    _C.BIOMETRIC: PD + "Biometric",
    _C.RACIAL_ETHNIC_ORIGIN: PD + "Ethnicity",
    _C.POLITICAL_OPINIONS: PD + "PoliticalOpinion",
    _C.RELIGIOUS_BELIEFS: PD + "ReligiousBelief",
    _C.TRADE_UNION_MEMBERSHIP: PD + "TradeUnionMembership",
    _C.SEX_LIFE_ORIENTATION: PD + "Sexual",
    _C.CRIMINAL: PD + "Criminal",
}
"""The DPV-PD concept of each built-in category."""


def dpv_iri(category: CategoryInfo) -> str:
    """Return the DPV concept IRI for a category, built in or custom.

    >>> from breachmodel.model import CustomCategory, EnisaClass
    >>> dpv_iri(CustomCategory(id="x", label="X", enisa_class=EnisaClass.SIMPLE).to_info())
    'https://w3id.org/dpv#PersonalData'
    """
    builtin = DataCategory._value2member_map_.get(category.id)
    if isinstance(builtin, DataCategory):
        return DPV_PD[builtin]
    if category.special_category:
        return DPV + "SpecialCategoryPersonalData"
    if category.criminal:
        return DPV_PD[DataCategory.CRIMINAL]
    return DPV + "PersonalData"


def all_iris() -> list[str]:
    """Every IRI :func:`dpv_iri` can return, sorted (for the JSON Schemas)."""
    fallbacks = {DPV + "SpecialCategoryPersonalData", DPV + "PersonalData"}
    return sorted(set(DPV_PD.values()) | fallbacks)


def category_to_dict(category: CategoryInfo) -> dict[str, str]:
    """A category as the JSON output writes it: its id, label and DPV concept.

    >>> from breachmodel.model.categories import info
    >>> category_to_dict(info(DataCategory.NATIONAL_ID))["dpv"]
    'https://w3id.org/dpv/pd#OfficialID'
    """
    return {"id": category.id, "label": category.label, "dpv": dpv_iri(category)}
