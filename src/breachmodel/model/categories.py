"""The taxonomy of personal-data categories, each with its legal citation and ENISA class.

Built-in categories are the members of :class:`DataCategory`. An incident may declare its
own categories (:class:`CustomCategory`), each mapped onto an ENISA base class, and refer
to them by identifier.

>>> info(DataCategory.HEALTH).enisa_class
<EnisaClass.SENSITIVE: 4>
>>> str(info(DataCategory.NATIONAL_ID).citation)
'Art. 87 GDPR'
>>> info(DataCategory.HEALTH).special_category
True
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum, StrEnum
from typing import Final

from attrs import field, frozen

from breachmodel.citations import Citation, gdpr
from breachmodel.model._validate import non_empty

__all__ = [
    "CategoryInfo",
    "CustomCategory",
    "DataCategory",
    "EnisaClass",
    "check_categories_known",
    "custom_info",
    "info",
    "info_by_id",
]


class EnisaClass(IntEnum):
    """The four ENISA (2013) base classes of data; the value is the preliminary DPC score."""

    SIMPLE = 1
    """Biographical and contact details, education, family life, professional experience."""
    BEHAVIOURAL = 2
    """Location, traffic data, personal preferences and habits."""
    FINANCIAL = 3
    """Income, transactions, balances, statements, cards, social-welfare data."""
    SENSITIVE = 4
    """Health, political affiliation, sex life and the other Art. 9-type data."""


class DataCategory(StrEnum):
    """Built-in categories of personal data (the value is the identifier used in files)."""

    IDENTITY = "identity"
    CONTACT = "contact"
    DATE_OF_BIRTH = "date_of_birth"
    NATIONAL_ID = "national_id"
    OFFICIAL_DOCUMENT = "official_document"
    FINANCIAL = "financial"
    PAYMENT_CARD = "payment_card"
    CREDENTIALS = "credentials"
    LOCATION = "location"
    COMMUNICATIONS_CONTENT = "communications_content"
    TRAFFIC_DATA = "traffic_data"
    BEHAVIOURAL = "behavioural"
    PROFILING = "profiling"
    EDUCATION_EMPLOYMENT = "education_employment"
    INSURANCE_CONTRACT = "insurance_contract"
    HEALTH = "health"
    GENETIC = "genetic"
    BIOMETRIC = "biometric"
    RACIAL_ETHNIC_ORIGIN = "racial_ethnic_origin"
    POLITICAL_OPINIONS = "political_opinions"
    RELIGIOUS_BELIEFS = "religious_beliefs"
    TRADE_UNION_MEMBERSHIP = "trade_union_membership"
    SEX_LIFE_ORIENTATION = "sex_life_orientation"
    CRIMINAL = "criminal"


@frozen(kw_only=True)
class CategoryInfo:
    """What the law and ENISA say about one category.

    Attributes:
        id: The identifier used in incident files.
        label: A short English label.
        enisa_class: The ENISA base class (preliminary DPC score).
        citation: The provision that defines or singles out the category.
        special_category: True for the Art. 9(1) special categories.
        criminal: True for Art. 10 data on criminal convictions and offences.
        national_id: True for national identification numbers (Art. 87).
    """

    id: str
    label: str
    enisa_class: EnisaClass
    citation: Citation
    special_category: bool = False
    criminal: bool = False
    national_id: bool = False


def _art9(cat: DataCategory, label: str) -> CategoryInfo:
    return CategoryInfo(
        id=cat.value,
        label=label,
        enisa_class=EnisaClass.SENSITIVE,
        citation=gdpr(9, 1),
        special_category=True,
    )


def _plain(cat: DataCategory, label: str, cls: EnisaClass, citation: Citation) -> CategoryInfo:
    return CategoryInfo(id=cat.value, label=label, enisa_class=cls, citation=citation)


_PERSONAL_DATA = gdpr(4, 1)
_S, _B, _F = EnisaClass.SIMPLE, EnisaClass.BEHAVIOURAL, EnisaClass.FINANCIAL
_C = DataCategory

_INFO: dict[DataCategory, CategoryInfo] = {
    DataCategory(i.id): i
    for i in (
        _plain(_C.IDENTITY, "Identity and civil status", _S, _PERSONAL_DATA),
        _plain(_C.CONTACT, "Contact details", _S, _PERSONAL_DATA),
        _plain(_C.DATE_OF_BIRTH, "Date of birth", _S, _PERSONAL_DATA),
        CategoryInfo(
            id=_C.NATIONAL_ID.value,
            label="National identification number",
            enisa_class=_S,
            citation=gdpr(87),
            national_id=True,
        ),
        _plain(_C.OFFICIAL_DOCUMENT, "Official identity document", _S, _PERSONAL_DATA),
        _plain(_C.FINANCIAL, "Financial data", _F, _PERSONAL_DATA),
        _plain(_C.PAYMENT_CARD, "Payment card data", _F, _PERSONAL_DATA),
        _plain(_C.CREDENTIALS, "Credentials", _S, _PERSONAL_DATA),
        _plain(_C.LOCATION, "Location data", _B, _PERSONAL_DATA),
        _plain(_C.COMMUNICATIONS_CONTENT, "Content of communications", _B, _PERSONAL_DATA),
        _plain(_C.TRAFFIC_DATA, "Traffic data", _B, _PERSONAL_DATA),
        _plain(_C.BEHAVIOURAL, "Behavioural data", _B, _PERSONAL_DATA),
        _plain(_C.PROFILING, "Profiling data", _B, gdpr(4, 4)),
        _plain(_C.EDUCATION_EMPLOYMENT, "Education and employment", _S, _PERSONAL_DATA),
        _plain(_C.INSURANCE_CONTRACT, "Insurance contract data", _S, _PERSONAL_DATA),
        _art9(_C.HEALTH, "Health data"),
        _art9(_C.GENETIC, "Genetic data"),
        _art9(_C.BIOMETRIC, "Biometric data for unique identification"),
        _art9(_C.RACIAL_ETHNIC_ORIGIN, "Racial or ethnic origin"),
        _art9(_C.POLITICAL_OPINIONS, "Political opinions"),
        _art9(_C.RELIGIOUS_BELIEFS, "Religious or philosophical beliefs"),
        _art9(_C.TRADE_UNION_MEMBERSHIP, "Trade-union membership"),
        _art9(_C.SEX_LIFE_ORIENTATION, "Sex life or sexual orientation"),
        CategoryInfo(
            id=_C.CRIMINAL.value,
            label="Criminal convictions and offences",
            enisa_class=EnisaClass.SENSITIVE,
            citation=gdpr(10),
            criminal=True,
        ),
    )
}


_INFO_BY_ID: dict[str, CategoryInfo] = {c.value: i for c, i in _INFO.items()}


def info(category: DataCategory) -> CategoryInfo:
    """Return the legal and ENISA facts for a built-in category."""
    return _INFO[category]


def info_by_id(category: str) -> CategoryInfo | None:
    """The facts for a built-in category given by its id, or None if it is not built in."""
    return _INFO_BY_ID.get(category)


@frozen(kw_only=True)
class CustomCategory:
    """A category of data that an incident declares for itself.

    Attributes:
        id: The identifier used in the incident's data list; must not clash with a
            built-in :class:`DataCategory` value.
        label: A short description.
        enisa_class: The ENISA base class it maps onto.
        special_category: True if it reveals an Art. 9(1) special category.
        criminal: True if it is Art. 10 data.
        national_id: True if it is a national identification number (Art. 87).
    """

    id: str = field(validator=non_empty)
    label: str = field(validator=non_empty)
    enisa_class: EnisaClass
    special_category: bool = False
    criminal: bool = False
    national_id: bool = False

    def __attrs_post_init__(self) -> None:
        if self.id in DataCategory._value2member_map_:
            msg = (
                f"id: {self.id!r} is a built-in category; use it directly or choose "
                "another identifier for the custom category"
            )
            raise ValueError(msg)

    def to_info(self) -> CategoryInfo:
        """Describe the custom category like a built-in one."""
        if self.special_category:
            citation = gdpr(9, 1)
        elif self.criminal:
            citation = gdpr(10)
        elif self.national_id:
            citation = gdpr(87)
        else:
            citation = _PERSONAL_DATA
        return CategoryInfo(
            id=self.id,
            label=self.label,
            enisa_class=self.enisa_class,
            citation=citation,
            special_category=self.special_category,
            criminal=self.criminal,
            national_id=self.national_id,
        )


_CUSTOM_INDEXES: dict[int, tuple[tuple[CustomCategory, ...], dict[str, CategoryInfo]]] = {}
_MAX_CUSTOM_INDEXES = 32


def custom_info(custom: tuple[CustomCategory, ...], category: str) -> CategoryInfo | None:
    """The facts for a custom category id among ``custom``, or None if it is not there.

    The id index of each tuple is built once, so looking every category up costs linear
    time in the number of categories, not quadratic. A few recent indexes are kept, each
    with the tuple it indexes (so an id is never mistaken for another tuple's).
    """
    if not custom:
        return None
    entry = _CUSTOM_INDEXES.get(id(custom))
    if entry is None or entry[0] is not custom:
        if len(_CUSTOM_INDEXES) >= _MAX_CUSTOM_INDEXES:
            del _CUSTOM_INDEXES[next(iter(_CUSTOM_INDEXES))]
        entry = (custom, {c.id: c.to_info() for c in custom})
        _CUSTOM_INDEXES[id(custom)] = entry
    return entry[1].get(category)


_BUILT_IN: Final = frozenset(DataCategory._value2member_map_)
"""The built-in category ids."""


def check_categories_known(
    used: Iterable[tuple[str, str | None]], custom: Iterable[CustomCategory]
) -> None:
    """Require every category id used to be built in or declared as a custom category.

    Args:
        used: ``(category, grants_access_to)`` pairs of the data concerned.
        custom: The custom categories the record declares.

    Raises:
        ValueError: Naming the first unknown id and how to fix it.
    """
    declared = {c.id for c in custom}
    for category, grants in used:
        for name, value in (("category", category), ("grants_access_to", grants)):
            if value is not None and value not in _BUILT_IN and value not in declared:
                msg = (
                    f"data: {name} {value!r} is neither a built-in category nor declared "
                    "in custom_categories; declare it there or use a built-in id such as "
                    "'identity', 'health' or 'national_id'"
                )
                raise ValueError(msg)
