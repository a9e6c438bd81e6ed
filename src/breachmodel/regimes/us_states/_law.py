"""What one US state breach law is made of, as typed records (the table holds the data).

Each jurisdiction (the 50 states, the District of Columbia, Puerto Rico, Guam and the US
Virgin Islands) is one :class:`StateLaw`: the data elements that make "personal
information", the encryption safe harbour, the risk-of-harm exception, the deadline for
telling residents, the notice to the attorney general or regulator and the notice to the
consumer reporting agencies with their thresholds, and the conditions of substitute
notice; each with its statute citation and a :class:`Provenance` flag.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Final

from attrs import field, frozen

from breachmodel.citations import Citation
from breachmodel.model import DataCategory

__all__ = [
    "ALL_STATES",
    "CRA",
    "REGIME_ID",
    "AgNotice",
    "Clock",
    "Element",
    "Provenance",
    "StateLaw",
    "Substitute",
    "Threshold",
]

REGIME_ID: Final = "us_states"
ALL_STATES: Final = Citation(
    "US state breach-notification statutes", "the provisions protecting each state's residents"
)
"""The 54 statutes together, for what is said of all of them (each is cited on its own
wherever one state's rule is applied)."""
CRA: Final = "consumer_reporting_agencies"
"""The recipient kind of a notice to the nationwide consumer reporting agencies."""


class Provenance(StrEnum):
    """Where an entry's checked facts come from (the fields it lists as checked)."""

    OFFICIAL = "official_text"
    """Read in the statute's text (the official site or a faithful reproduction)."""
    SECONDARY = "secondary_source"
    """Taken from a named secondary source (a law-firm chart, an AG page summary)."""
    NOT_VERIFIED = "not_verified"
    """From memory: to be checked against the statute before relying on it."""


class Element(StrEnum):
    """A data element that, with a name (or alone, where marked), is personal information."""

    SSN = "ssn"
    GOVERNMENT_ID = "government_id"
    """Driver's licence, state identification card, passport, military or tax number."""
    FINANCIAL_ACCOUNT = "financial_account"
    PAYMENT_CARD = "payment_card"
    MEDICAL = "medical"
    HEALTH_INSURANCE = "health_insurance"
    BIOMETRIC = "biometric"
    GENETIC = "genetic"
    DATE_OF_BIRTH = "date_of_birth"
    CREDENTIALS = "credentials"
    """A user name or e-mail address with its password or security answer (alone)."""

    @property
    def category(self) -> DataCategory:
        """The incident's data category this element is read from."""
        return _CATEGORY[self]

    @property
    def alone(self) -> bool:
        """Whether it is personal information without the person's name."""
        return self is Element.CREDENTIALS

    @property
    def label(self) -> str:
        """The element in words, as a reason names it.

        >>> Element.SSN.label
        'a Social Security number'
        """
        return _LABEL[self]


_CATEGORY: Final = {
    Element.SSN: DataCategory.NATIONAL_ID,
    Element.GOVERNMENT_ID: DataCategory.OFFICIAL_DOCUMENT,
    Element.FINANCIAL_ACCOUNT: DataCategory.FINANCIAL,
    Element.PAYMENT_CARD: DataCategory.PAYMENT_CARD,
    Element.MEDICAL: DataCategory.HEALTH,
    Element.HEALTH_INSURANCE: DataCategory.INSURANCE_CONTRACT,
    Element.BIOMETRIC: DataCategory.BIOMETRIC,
    Element.GENETIC: DataCategory.GENETIC,
    Element.DATE_OF_BIRTH: DataCategory.DATE_OF_BIRTH,
    Element.CREDENTIALS: DataCategory.CREDENTIALS,
}

_LABEL: Final = {
    Element.SSN: "a Social Security number",
    Element.GOVERNMENT_ID: "a government identification number",
    Element.FINANCIAL_ACCOUNT: "a financial account number",
    Element.PAYMENT_CARD: "a payment card number",
    Element.MEDICAL: "medical information",
    Element.HEALTH_INSURANCE: "health insurance information",
    Element.BIOMETRIC: "biometric data",
    Element.GENETIC: "genetic data",
    Element.DATE_OF_BIRTH: "a date of birth",
    Element.CREDENTIALS: "log-in credentials",
}

BASIC: Final = frozenset(
    {Element.SSN, Element.GOVERNMENT_ID, Element.FINANCIAL_ACCOUNT, Element.PAYMENT_CARD}
)
"""The elements every jurisdiction lists (a financial account or card number usually with
the code that gives access to it)."""


@frozen(kw_only=True)
class Threshold:
    """A number of the state's residents: "more than ``n``" or "``n`` or more" (``inclusive``).

    >>> Threshold(n=500).describe(), Threshold(n=250, inclusive=True).describe()
    ('more than 500', '250 or more')
    """

    n: int = field()
    inclusive: bool = False

    @n.validator
    def _positive(self, _attribute: object, value: int) -> None:
        if value < 1:
            msg = f"n: a threshold is a number of residents of 1 or more, got {value!r}"
            raise ValueError(msg)

    def describe(self) -> str:
        """The threshold in words."""
        return f"{self.n:,} or more" if self.inclusive else f"more than {self.n:,}"

    def met(self, count: int) -> bool:
        """Whether an exact count of residents meets it."""
        return count >= self.n if self.inclusive else count > self.n


@frozen(kw_only=True)
class Clock:
    """When a notice is due: ``days`` after the anchor, or an open-ended standard.

    Attributes:
        days: Calendar days (None: no fixed period).
        business_days: Whether ``days`` counts business days (weekends and the state's
            holidays excluded).
        after: What starts it: ``"discovery"`` (awareness of the breach),
            ``"determination"`` (the determination that a breach occurred), or
            ``"resident_notice"`` (the notice to residents).
        wording: The statute's standard in words ("in the most expedient time possible
            and without unreasonable delay").
        since: The first discovery date the fixed period applies to (an amendment's
            effective date); a breach discovered earlier has only the open standard.
    """

    days: int | None = None
    business_days: bool = False
    after: str = "discovery"
    wording: str = "in the most expedient time possible and without unreasonable delay"
    since: date | None = None

    def describe(self) -> str:
        """The clock in words."""
        if self.days is None:
            return (
                self.wording
                if self.after == "discovery"
                else f"{self.wording}, after {_AFTER[self.after]}"
            )
        unit = "business days" if self.business_days else "days"
        after = _AFTER[self.after]
        text = f"{self.wording}, and no later than {self.days} {unit} after {after}"
        if self.since is not None:
            text += f" (for breaches discovered from {_day(self.since)})"
        return text

    def on(self, discovered: date | None) -> Clock:
        """The clock in force for a breach discovered on ``discovered`` (unknown: this one)."""
        if self.since is None or discovered is None or discovered >= self.since:
            return self
        return Clock(after=self.after, wording=self.wording)


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


_AFTER: Final = {
    "discovery": "discovering the breach",
    "determination": "determining that a breach occurred",
    "resident_notice": "notifying the residents",
}


@frozen(kw_only=True)
class AgNotice:
    """The notice to the attorney general or another state regulator.

    Attributes:
        authority: The recipient's id in the authorities registry (``us-ca-ag``).
        to: Whom, in words ("the Attorney General").
        threshold: How many residents trigger it (None: every breach notified to residents).
        clock: When it is due.
        pinpoint: The provision that requires it.
        since: The first discovery date the notice is owed for (the effective date of the
            amendment that created it); None if it predates the incidents modelled.
    """

    authority: str
    to: str
    threshold: Threshold | None
    clock: Clock
    pinpoint: str
    since: date | None = None


@frozen(kw_only=True)
class Substitute:
    """Substitute notice (e-mail, website posting, statewide media) instead of letters.

    Allowed where the cost of notice would exceed ``cost`` dollars, or more than
    ``people`` would have to be notified, or contact details are insufficient.
    """

    cost: int
    people: int

    def describe(self) -> str:
        """The conditions in words."""
        return (
            f"the cost of notice would exceed ${self.cost:,}, more than {self.people:,} "
            "people would have to be notified, or their contact details are insufficient"
        )


@frozen(kw_only=True)
class StateLaw:
    """One jurisdiction's breach-notification law, as data.

    Attributes:
        code: ISO 3166-2 code (``US-CA``).
        name: The jurisdiction's name.
        statute: The code or act the law is in (``Cal. Civ. Code``).
        section: Its sections (``§ 1798.82``).
        url: The official text, where known.
        zone: IANA time zone of its capital (deadlines end at midnight there).
        elements: What, with a name, makes personal information (:class:`Element`).
        key_override: Whether the encryption safe harbour is lost when the key is taken
            with the data (every jurisdiction exempts encrypted data; where the statute
            is silent on the key, the model still treats a compromised key as
            defeating it, see the law page).
        harm_test: Whether notice is excused where the entity determines, after an
            investigation, that misuse or harm is not reasonably likely.
        harm_conditions: What that determination requires (documentation, consultation).
        residents: When residents must be told.
        ag: The attorney general's or regulator's notice (None: none required).
        cra: How many residents trigger notice to the consumer reporting agencies
            (None: no such notice).
        substitute: The conditions of substitute notice (None: not stated in the statute).
        provenance: Where the fields named in ``checked`` come from.
        source: The document read, by name (and address).
        checked: The fields checked against ``source``; any other field is from memory.
        elements_since: Elements an amendment added, each with the first discovery date it
            applies to (its effective date); a breach discovered earlier is read without
            them. Their source is named where the date is declared.
    """

    code: str
    name: str
    statute: str
    section: str
    url: str | None
    zone: str
    elements: frozenset[Element]
    key_override: bool = True
    harm_test: bool
    harm_conditions: str = ""
    residents: Clock
    ag: AgNotice | None
    cra: Threshold | None
    substitute: Substitute | None
    provenance: Provenance = Provenance.NOT_VERIFIED
    source: str = ""
    checked: tuple[str, ...] = ()
    elements_since: tuple[tuple[Element, date], ...] = ()

    def elements_on(self, discovered: date | None) -> frozenset[Element]:
        """The elements in force for a breach discovered on ``discovered`` (unknown: all)."""
        if discovered is None:
            return self.elements
        return self.elements - {e for e, since in self.elements_since if discovered < since}

    def element_since(self, element: Element) -> date | None:
        """The first discovery date ``element`` applies to (None: every date modelled)."""
        return dict(self.elements_since).get(element)

    @property
    def slug(self) -> str:
        """The code for ids and obligation keys: ``us_ca``."""
        return self.code.lower().replace("-", "_")

    def cite(self, pinpoint: str = "") -> Citation:
        """A citation of the statute: its section, or the pinpoint given (``§ 1798.82(f)``)."""
        return Citation(self.statute, pinpoint or self.section, self.url)

    def provenance_of(self, name: str) -> Provenance:
        """The provenance of one field: the entry's where checked, else not verified."""
        return self.provenance if name in self.checked else Provenance.NOT_VERIFIED
