"""HHS OCR breach portal rows (HIPAA breaches of 500 or more people) to incidents.

The US Department of Health and Human Services' Office for Civil Rights lists breaches
of unsecured protected health information (PHI) affecting 500 or more individuals, as
reported by covered entities under the HITECH Act, §13402(e)(4). Its CSV export has one
row per breach report with these columns: ``Name of Covered Entity``, ``State``,
``Covered Entity Type``, ``Individuals Affected``, ``Breach Submission Date``,
``Type of Breach``, ``Location of Breached Information``, ``Business Associate Present``
and ``Web Description``.

Each row becomes an incident *and* a typed :class:`HhsBreach` keeping the HIPAA-specific
facts (entity type, locations, business associate) as the portal gives them, ready for a
HIPAA rule set. The submission date is the date the report reached HHS; it is recorded
as an initial notice to ``us-hhs-ocr`` at 00:00 America/New_York that day. The portal
gives no breach or discovery date, so the occurrence stays unknown.

>>> row = {
...     "Name of Covered Entity": "Example Clinic", "State": "WI",
...     "Covered Entity Type": "Healthcare Provider", "Individuals Affected": "13055",
...     "Breach Submission Date": "04/26/2024", "Type of Breach": "Theft",
...     "Location of Breached Information": "Laptop, Paper/Films",
...     "Business Associate Present": "No", "Web Description": "",
... }
>>> result = hhs_row_to_incident(row, row_number=1)
>>> inc = result.incident
>>> inc.controller.establishments[0].subdivision, inc.subjects[0].count.value
('US-WI', 13055)
>>> sorted(v.value for v in inc.cause.vectors)
['stolen_device', 'stolen_paper']
>>> inc.timeline.authority_notices[0].at.isoformat()
'2024-04-26T00:00:00-04:00'
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Final
from zoneinfo import ZoneInfo

from attrs import frozen

from breachmodel.errors import Problem
from breachmodel.importers._result import ImportResult, log_import
from breachmodel.importers.veris import US_SUBDIVISIONS
from breachmodel.model import (
    ActorOrigin,
    AuthorityNotice,
    Availability,
    Cause,
    Confidentiality,
    Count,
    DataCategory,
    DataConcerned,
    Effects,
    Establishment,
    Exfiltration,
    Incident,
    Intent,
    NoticeKind,
    Organisation,
    ProcessorLink,
    Recipient,
    Sector,
    SubjectGroup,
    SubjectKind,
    Timeline,
    Vector,
)

__all__ = [
    "BREACH_TYPES",
    "COLUMNS",
    "ENTITY_TYPES",
    "HHS_AUTHORITY_ID",
    "LOCATIONS",
    "BreachTypeMapping",
    "EntityType",
    "HhsBreach",
    "hhs_row_to_incident",
    "parse_hhs_row",
]

COLUMNS: Final = (
    "Name of Covered Entity",
    "State",
    "Covered Entity Type",
    "Individuals Affected",
    "Breach Submission Date",
    "Type of Breach",
    "Location of Breached Information",
    "Business Associate Present",
    "Web Description",
)
"""The portal export's columns, in order."""

HHS_AUTHORITY_ID: Final = "us-hhs-ocr"
"""The authority id recorded on the notice (the HHS Office for Civil Rights)."""

_NEW_YORK: Final = ZoneInfo("America/New_York")


class EntityType(StrEnum):
    """HIPAA's kinds of regulated entity, as the portal names them."""

    HEALTHCARE_PROVIDER = "Healthcare Provider"
    HEALTH_PLAN = "Health Plan"
    HEALTHCARE_CLEARING_HOUSE = "Healthcare Clearing House"
    BUSINESS_ASSOCIATE = "Business Associate"


ENTITY_TYPES: Final[Mapping[EntityType, tuple[Sector | None, SubjectKind]]] = {
    EntityType.HEALTHCARE_PROVIDER: (Sector.HEALTH, SubjectKind.PATIENTS),
    EntityType.HEALTH_PLAN: (Sector.HEALTH_INSURANCE, SubjectKind.INSURED_PERSONS),
    EntityType.HEALTHCARE_CLEARING_HOUSE: (Sector.HEALTH, SubjectKind.PATIENTS),
    EntityType.BUSINESS_ASSOCIATE: (None, SubjectKind.PATIENTS),
}
"""``Covered Entity Type`` to the controller's sector and the kind of people concerned.
A business associate works for covered entities in any trade (IT, billing, law...), so
its sector is left unknown."""


@frozen
class BreachTypeMapping:
    """What one ``Type of Breach`` value says.

    Attributes:
        intent: Malicious, accidental, or unknown.
        exfiltration: Whether the data left the entity's control.
        recipient: Who may hold it, when the type says.
        vector: The vector, or a (paper, device) pair chosen by the location.
        availability: Whether the entity lost its copy (theft, loss).
        effects_known: False for "Other" and "Unknown" (what happened is not said).
    """

    intent: Intent
    exfiltration: Exfiltration
    recipient: Recipient | None
    vector: Vector | tuple[Vector, Vector] | None
    availability: bool = False
    effects_known: bool = True


_NOT_SAID: Final = BreachTypeMapping(
    Intent.UNKNOWN, Exfiltration.UNKNOWN, None, None, effects_known=False
)

BREACH_TYPES: Final[Mapping[str, BreachTypeMapping]] = {
    # intent, exfiltration, recipient, vector (a pair: paper or device, by the location)
    "Hacking/IT Incident": BreachTypeMapping(
        Intent.MALICIOUS, Exfiltration.UNKNOWN, Recipient.UNKNOWN_THIRD_PARTY, None
    ),
    "Unauthorized Access/Disclosure": BreachTypeMapping(
        Intent.UNKNOWN, Exfiltration.UNKNOWN, None, None
    ),
    "Theft": BreachTypeMapping(
        Intent.MALICIOUS,
        Exfiltration.CONFIRMED,
        Recipient.UNKNOWN_THIRD_PARTY,
        (Vector.STOLEN_PAPER, Vector.STOLEN_DEVICE),
        availability=True,
    ),
    "Loss": BreachTypeMapping(
        Intent.ACCIDENTAL,
        Exfiltration.CONFIRMED,
        None,
        (Vector.LOST_PAPER, Vector.LOST_DEVICE),
        availability=True,
    ),
    "Improper Disposal": BreachTypeMapping(
        Intent.ACCIDENTAL, Exfiltration.LIKELY, None, Vector.IMPROPER_DISPOSAL
    ),
    "Other": _NOT_SAID,
    "Unknown": _NOT_SAID,
}
"""``Type of Breach`` (comma-separated; each value applies) to effects and cause. Theft
and loss put the data out of the entity's control (exfiltration confirmed) and cost it
that copy (availability, permanence unknown). "Theft" is malicious, "Loss" and "Improper
Disposal" accidental. With several types, malicious wins over accidental."""

LOCATIONS: Final[Mapping[str, bool | None]] = {
    "Paper/Films": False,
    "Laptop": True,
    "Desktop Computer": True,
    "Other Portable Electronic Device": True,
    "Network Server": True,
    "Electronic Medical Record": True,
    "Email": True,
    "Other": None,
}
"""``Location of Breached Information``: True electronic, False paper, None unknown. It
says where the data was, not how it was breached, so it only chooses between the paper
and device vectors of theft and loss; the locations themselves are kept in the
description and on :class:`HhsBreach`."""


@frozen(kw_only=True)
class HhsBreach:
    """One portal row, typed (kept as the portal says, for a HIPAA rule set).

    Attributes:
        covered_entity: The name of the covered entity (or business associate).
        state: The US state code, if given.
        entity_type: The kind of entity, if given.
        individuals_affected: The number of people, if given.
        submitted_on: The date the report was submitted to HHS.
        breach_types: The ``Type of Breach`` values.
        locations: The ``Location of Breached Information`` values.
        business_associate_present: Whether a business associate was involved.
        web_description: OCR's narrative (untrusted text), if any.
    """

    covered_entity: str
    state: str | None
    entity_type: EntityType | None
    individuals_affected: int | None
    submitted_on: date
    breach_types: tuple[str, ...]
    locations: tuple[str, ...]
    business_associate_present: bool | None
    web_description: str | None = None


def _split(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))


def parse_hhs_row(
    row: Mapping[str, str | None], *, problems: list[Problem] | None = None
) -> HhsBreach | None:
    """Read one portal row into an :class:`HhsBreach`.

    Args:
        row: The row, keyed by column name (as :class:`csv.DictReader` gives it).
        problems: A list that receives the problems found (paths ``$["Column"]``).

    Returns:
        The typed row, or None when a required value (name, submission date) is missing
        or invalid.
    """
    found = problems if problems is not None else []
    before = len(found)

    def cell(name: str) -> str:
        value = row.get(name)
        return value.strip() if isinstance(value, str) else ""

    for name in COLUMNS:
        if name not in row and not (
            name == "Breach Submission Date" and "Breach Submission Date (MM/DD/YYYY)" in row
        ):
            found.append(Problem(f'$["{name}"]', "column missing from the row"))
    name = cell("Name of Covered Entity")
    if not name:
        found.append(Problem('$["Name of Covered Entity"]', "required value missing"))
    raw_date = cell("Breach Submission Date") or cell("Breach Submission Date (MM/DD/YYYY)")
    submitted: date | None = None
    try:
        submitted = datetime.strptime(raw_date, "%m/%d/%Y").date()  # noqa: DTZ007 - a date
    except ValueError:
        found.append(
            Problem('$["Breach Submission Date"]', f"expected a date MM/DD/YYYY, got {raw_date!r}")
        )
    state = cell("State").upper() or None
    if state is not None and state not in US_SUBDIVISIONS:
        found.append(Problem('$["State"]', f"not a US state code: {state!r}; ignored"))
        state = None
    entity_raw = cell("Covered Entity Type")
    entity: EntityType | None = None
    if entity_raw:
        try:
            entity = EntityType(entity_raw)
        except ValueError:
            found.append(Problem('$["Covered Entity Type"]', f"unknown value {entity_raw!r}"))
    count_raw = cell("Individuals Affected").replace(",", "")
    count: int | None = None
    if count_raw:
        if count_raw.isdigit():
            count = int(count_raw)
        else:
            found.append(
                Problem('$["Individuals Affected"]', f"expected a whole number, got {count_raw!r}")
            )
    types = _split(cell("Type of Breach"))
    for t in types:
        if t not in BREACH_TYPES:
            found.append(Problem('$["Type of Breach"]', f"unknown value {t!r}; ignored"))
    locations = _split(cell("Location of Breached Information"))
    for loc in locations:
        if loc not in LOCATIONS:
            found.append(Problem('$["Location of Breached Information"]', f"unknown value {loc!r}"))
    ba_raw = cell("Business Associate Present")
    ba = {"Yes": True, "No": False}.get(ba_raw)
    if ba is None and ba_raw:
        found.append(Problem('$["Business Associate Present"]', f"expected Yes or No: {ba_raw!r}"))
    fatal = any(
        p.path in ('$["Name of Covered Entity"]', '$["Breach Submission Date"]')
        for p in found[before:]
    )
    if fatal or submitted is None:
        return None
    return HhsBreach(
        covered_entity=name,
        state=state,
        entity_type=entity,
        individuals_affected=count,
        submitted_on=submitted,
        breach_types=tuple(t for t in types if t in BREACH_TYPES),
        locations=locations,
        business_associate_present=ba,
        web_description=cell("Web Description") or None,
    )


def hhs_row_to_incident(
    row: Mapping[str, str | None], *, row_number: int, id_prefix: str = "hhs"
) -> ImportResult:
    """Map one portal row onto an incident.

    Args:
        row: The row, keyed by column name.
        row_number: Its number among the file's data rows (the first is 1); it makes the
            incident id (``hhs-<row_number>``) and names the record in messages.
        id_prefix: The incident id's prefix.

    Returns:
        The import result (its problems are also logged, without values); it never
        raises for bad input.
    """
    return log_import(_row_to_incident(row, row_number, id_prefix))


def _row_to_incident(
    row: Mapping[str, str | None], row_number: int, id_prefix: str
) -> ImportResult:
    problems: list[Problem] = []
    breach = parse_hhs_row(row, problems=problems)
    if breach is None:
        return ImportResult(incident=None, problems=tuple(problems), record=row_number)
    try:
        incident, unknown = _incident(breach, f"{id_prefix}-{row_number}")
    except (TypeError, ValueError) as exc:  # a model invariant the row breaks
        problems.append(Problem("$", f"cannot build the incident: {exc}"))
        return ImportResult(incident=None, problems=tuple(problems), record=row_number)
    return ImportResult(
        incident=incident, unknown=unknown, problems=tuple(problems), record=row_number
    )


def _incident(b: HhsBreach, incident_id: str) -> tuple[Incident, tuple[str, ...]]:
    unknown: list[str] = []
    sector, kind = ENTITY_TYPES.get(b.entity_type, (None, SubjectKind.PATIENTS))  # type: ignore[arg-type]
    if sector is None:
        unknown.append("$.controller.sector")
    establishments: tuple[Establishment, ...] = ()
    if b.state is not None:
        establishments = (Establishment(country="US", subdivision=f"US-{b.state}"),)
    else:
        unknown.append("$.controller.establishments")
    controller = Organisation(
        id="covered-entity", name=b.covered_entity, establishments=establishments, sector=sector
    )
    processors: tuple[ProcessorLink, ...] = ()
    if b.business_associate_present and b.entity_type is not EntityType.BUSINESS_ASSOCIATE:
        placeholder = Organisation(id="business-associate", name="business associate")
        processors = (ProcessorLink(organisation=placeholder, acts_for=controller.id),)
    count = Count.unknown()
    if b.individuals_affected is not None:
        count = Count.exact(b.individuals_affected)
    else:
        unknown.append("$.subjects[0].count")

    mappings = [BREACH_TYPES[t] for t in b.breach_types]
    known = [m for m in mappings if m.effects_known]
    paper = any(LOCATIONS.get(loc) is False for loc in b.locations)
    electronic = any(LOCATIONS.get(loc) is True for loc in b.locations)
    vectors: set[Vector] = set()
    for m in known:
        if isinstance(m.vector, tuple):
            if paper:
                vectors.add(m.vector[0])
            if electronic:
                vectors.add(m.vector[1])
        elif m.vector is not None:
            vectors.add(m.vector)
    intents = {m.intent for m in known}
    intent = (
        Intent.MALICIOUS
        if Intent.MALICIOUS in intents
        else Intent.ACCIDENTAL
        if Intent.ACCIDENTAL in intents
        else Intent.UNKNOWN
    )
    order = (Exfiltration.CONFIRMED, Exfiltration.LIKELY, Exfiltration.UNKNOWN)
    exfiltration = next(
        (e for e in order if any(m.exfiltration is e for m in known)), Exfiltration.UNKNOWN
    )
    recipients = frozenset(m.recipient for m in known if m.recipient is not None)
    effects = Effects(unknown=True)
    if known:
        effects = Effects(
            confidentiality=Confidentiality(exfiltration=exfiltration, recipients=recipients),
            availability=Availability() if any(m.availability for m in known) else None,
        )
        if exfiltration is Exfiltration.UNKNOWN:
            unknown.append("$.effects.confidentiality.exfiltration")
    else:
        unknown.append("$.effects")
    if intent is Intent.UNKNOWN:
        unknown.append("$.cause.intent")
    if not vectors:
        unknown.append("$.cause.vectors")

    submitted = datetime(
        b.submitted_on.year, b.submitted_on.month, b.submitted_on.day, tzinfo=_NEW_YORK
    )
    notice = AuthorityNotice(
        kind=NoticeKind.INITIAL, at=submitted, authority=HHS_AUTHORITY_ID, by=controller.id
    )
    lines = [
        f"HHS OCR breach portal: {', '.join(b.breach_types) or 'type not given'}; "
        f"location: {', '.join(b.locations) or 'not given'}; "
        f"entity type: {b.entity_type.value if b.entity_type else 'not given'}; "
        f"business associate present: "
        f"{'unknown' if b.business_associate_present is None else ('yes' if b.business_associate_present else 'no')}."
    ]
    if b.web_description:
        lines.append(b.web_description)
    incident = Incident(
        id=incident_id,
        title=f"{b.covered_entity}: HIPAA breach report of {b.submitted_on.isoformat()}",
        description="\n\n".join(lines),
        personal_data=True,
        controller=controller,
        processors=processors,
        data=(
            DataConcerned(category=DataCategory.HEALTH.value),
            DataConcerned(category=DataCategory.IDENTITY.value),
        ),
        subjects=(SubjectGroup(kind=kind, count=count),),
        effects=effects,
        cause=Cause(intent=intent, actor=ActorOrigin.UNKNOWN, vectors=frozenset(vectors)),
        timeline=Timeline(authority_notices=(notice,)),
    )
    return incident, tuple(unknown)
