"""Incidents to VERIS 1.3.x records, the inverse of :mod:`breachmodel.importers.veris`.

VERIS (the Vocabulary for Event Recording and Incident Sharing) is how the VERIS Community
Database and many incident registers record incidents. :func:`incident_to_veris` writes
one incident as a VERIS record that the importer reads back. The tables below are the
mapping; where the model says more than VERIS can, the record says less, and the
documentation counts what a round trip through both keeps.

>>> from datetime import UTC, datetime
>>> from breachmodel.model import (Cause, Confidentiality, DataConcerned, Effects,
...     Exfiltration, Incident, Intent, Occurrence, Organisation, Timeline, Vector)
>>> incident = Incident(
...     id="EX-1",
...     controller=Organisation(id="c", name="Example Clinic"),
...     data=(DataConcerned(category="health"),),
...     effects=Effects(confidentiality=Confidentiality(exfiltration=Exfiltration.LIKELY)),
...     cause=Cause(intent=Intent.MALICIOUS, vectors=frozenset({Vector.RANSOMWARE})),
...     timeline=Timeline(occurred=Occurrence.at(datetime(2019, 3, 4, 17, 45, tzinfo=UTC))),
... )
>>> record = incident_to_veris(incident)
>>> record["action"], record["attribute"]["confidentiality"]["data"]
({'malware': {'variety': ['Ransomware']}}, [{'variety': 'Medical'}])
>>> record["timeline"]["incident"]
{'year': 2019, 'month': 3, 'day': 4, 'time': '05:45:00 PM'}
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, timedelta
from typing import Any, Final

from breachmodel.importers import veris as _in
from breachmodel.model import (
    ActorOrigin,
    DataCategory,
    Exfiltration,
    Incident,
    Intent,
    OccurrenceKind,
    Recipient,
    Sector,
    SubjectKind,
    Vector,
)

__all__ = [
    "DATA_VARIETIES",
    "SCHEMA_VERSION",
    "SUBJECT_VICTIMS",
    "VECTOR_ACTIONS",
    "incident_to_veris",
]

SCHEMA_VERSION: Final = "1.3.7"
"""The VERIS version the records claim."""

DATA_VARIETIES: Final[Mapping[str, str]] = {
    DataCategory.HEALTH.value: "Medical",
    DataCategory.GENETIC.value: "Medical",
    DataCategory.FINANCIAL.value: "Bank",
    DataCategory.PAYMENT_CARD.value: "Payment",
    DataCategory.CREDENTIALS.value: "Credentials",
}
"""Data categories to ``attribute.confidentiality.data[].variety``; any other category,
custom ones included, is VERIS ``Personal`` ("name, SSN, etc.")."""

SUBJECT_VICTIMS: Final[Mapping[SubjectKind, str]] = {
    SubjectKind.CUSTOMERS: "Customer",
    SubjectKind.PATIENTS: "Patient",
    SubjectKind.EMPLOYEES: "Employee",
    SubjectKind.STUDENTS: "Student",
}
"""Kinds of people to ``data_victim``; any other kind is ``Other``."""

_DEVICE, _PAPER, _MAIL = "U - Laptop", "M - Documents", "S - Mail"

VECTOR_ACTIONS: Final[Mapping[Vector, tuple[str, str, str | None]]] = {
    Vector.PHISHING: ("social", "Phishing", None),
    Vector.SOCIAL_ENGINEERING: ("social", "Pretexting", None),
    Vector.RANSOMWARE: ("malware", "Ransomware", None),
    Vector.MALWARE: ("malware", "Unknown", None),
    Vector.STOLEN_CREDENTIALS: ("hacking", "Use of stolen creds", None),
    Vector.CREDENTIAL_STUFFING: ("hacking", "Brute force", None),
    Vector.EXPLOITED_VULNERABILITY: ("hacking", "Exploit vuln", None),
    Vector.DENIAL_OF_SERVICE: ("hacking", "DoS", None),
    Vector.MISCONFIGURATION: ("error", "Misconfiguration", None),
    Vector.MISDELIVERED_POST: ("error", "Misdelivery", _PAPER),
    Vector.MISDIRECTED_EMAIL: ("error", "Misdelivery", _MAIL),
    Vector.LOST_PAPER: ("error", "Loss", _PAPER),
    Vector.LOST_DEVICE: ("error", "Loss", _DEVICE),
    Vector.IMPROPER_DISPOSAL: ("error", "Disposal error", None),
    Vector.SOFTWARE_ERROR: ("error", "Programming error", None),
    Vector.STOLEN_PAPER: ("physical", "Theft", _PAPER),
    Vector.STOLEN_DEVICE: ("physical", "Theft", _DEVICE),
    Vector.PHYSICAL_INTRUSION: ("physical", "Bypassed controls", None),
    Vector.EMPLOYEE_MISUSE: ("misuse", "Privilege abuse", None),
    Vector.OTHER: ("hacking", "Other", None),
}
"""Vectors to ``action.<category>.variety`` and, where the importer reads the asset to
tell paper from devices and e-mail, the ``asset.assets[].variety`` that says so. Misuse
that was not malicious is ``Data mishandling``; another vector caused by accident is
``error`` ``Other``."""

_DISCLOSURE: Final = {v: k for k, v in _in.DATA_DISCLOSURE.items()}
_ACTORS: Final = {v: k for k, v in _in.ACTOR_ORIGINS.items()}
_UNITS: Final = (("Minutes", 60.0), ("Hours", 3600.0), ("Days", 86400.0), ("Weeks", 604800.0))
_MAX_UNITS: Final = 1000.0  # the importer reads durations of at most 1000 units


def _naics(sector: Sector | None, public: bool) -> str:
    """The shortest NAICS code the importer reads back as this sector."""
    if public:
        return _in.PUBLIC_AUTHORITY_NAICS
    if sector is None:
        return "000000"
    codes = sorted((c for c, s in _in.NAICS_SECTORS.items() if s is sector), key=len)
    return codes[0]


def _victim(incident: Incident) -> dict[str, Any]:
    org = incident.controller
    victim: dict[str, Any] = {
        "victim_id": org.name,
        "country": [e.country for e in org.establishments] or ["Unknown"],
        "industry": _naics(org.sector, org.public_authority),
    }
    if len(org.establishments) == 1 and org.establishments[0].subdivision:
        code = org.establishments[0].subdivision
        victim["state"] = code[3:] if code.startswith("US-") else code
    return victim


def _when(incident: Incident) -> dict[str, Any]:
    occurred = incident.timeline.occurred
    if occurred.start is None:
        return {"incident": {}}
    start = occurred.start.astimezone(UTC)
    end = start if occurred.end is None else occurred.end.astimezone(UTC)
    when: dict[str, Any] = {"year": start.year}
    if (end.year, end.month) == (start.year, start.month):
        when["month"] = start.month
        if end.day == start.day:
            when["day"] = start.day
    if occurred.kind is OccurrenceKind.INSTANT:
        when["time"] = start.strftime("%I:%M:%S %p")
    timeline: dict[str, Any] = {"incident": when}
    detected = incident.timeline.detected_at
    if detected is not None and "day" in when:
        timeline["discovery"] = _duration(detected - (end if occurred.end else start))
    return timeline


def _duration(delta: timedelta) -> dict[str, Any]:
    seconds = max(delta.total_seconds(), 0.0)
    for unit, size in _UNITS:
        if seconds / size <= _MAX_UNITS:
            value = seconds / size
            return {"unit": unit, "value": int(value) if value.is_integer() else round(value, 6)}
    return {"unit": "Unknown"}


def _action(incident: Incident, vector: Vector) -> tuple[str, str, str | None]:
    """The VERIS action for one vector, in the light of the intent and the recipients."""
    category, variety, asset = VECTOR_ACTIONS[vector]
    conf = incident.effects.confidentiality
    recipients = conf.recipients if conf is not None else frozenset()
    intent = incident.cause.intent
    if vector is Vector.EMPLOYEE_MISUSE and intent is not Intent.MALICIOUS:
        variety = "Data mishandling"
    elif vector is Vector.OTHER and intent is Intent.ACCIDENTAL:
        category = "error"
    elif vector is Vector.OTHER and Recipient.UNKNOWN_THIRD_PARTY not in recipients:
        category = "physical"
    elif vector is Vector.MISCONFIGURATION and Recipient.PUBLIC in recipients:
        variety = "Publishing error"
    elif vector is Vector.MALWARE and Vector.RANSOMWARE in incident.cause.vectors:
        variety = "Other"  # malware besides the ransomware
    return category, variety, asset


def _actions(incident: Incident) -> tuple[dict[str, Any], list[str]]:
    actions: dict[str, list[str]] = {}
    assets: list[str] = []
    for vector in sorted(incident.cause.vectors):
        category, variety, asset = _action(incident, vector)
        actions.setdefault(category, []).append(variety)
        if asset is not None and asset not in assets:
            assets.append(asset)
    if not actions:
        intent = incident.cause.intent
        category = {Intent.ACCIDENTAL: "error", Intent.MALICIOUS: "hacking"}.get(intent, "unknown")
        actions[category] = ["Unknown"]
    return {c: {"variety": v} for c, v in actions.items()}, assets


def _confidentiality(incident: Incident) -> dict[str, Any] | None:
    conf = incident.effects.confidentiality
    if conf is None and not incident.data:
        return None
    amounts: dict[str, int | None] = {}
    for d in incident.data:
        variety = DATA_VARIETIES.get(d.category, "Personal")
        n = d.records.value if d.records is not None else None
        if variety in amounts:
            known = amounts[variety]
            amounts[variety] = None if known is None or n is None else known + n
        else:
            amounts[variety] = n
    if not amounts:
        amounts = {"Internal" if incident.personal_data is False else "Unknown": None}
    exfiltration = conf.exfiltration if conf is not None else Exfiltration.UNKNOWN
    section: dict[str, Any] = {
        "data": [{"variety": v} | ({} if n is None else {"amount": n}) for v, n in amounts.items()],
        "data_disclosure": _DISCLOSURE[exfiltration],
    }
    total = incident.total_subjects.value
    if total is not None:
        section["data_total"] = total
    victims = [SUBJECT_VICTIMS.get(s.kind, "Other") for s in incident.subjects]
    if victims:
        section["data_victim"] = list(dict.fromkeys(victims))
    encryption = incident.measures.encryption
    if encryption is not None and encryption.applied_to_breached_data is not None:
        state = "Stored encrypted" if encryption.applied_to_breached_data else "Stored unencrypted"
        section["state"] = [state]
    return section


def _attributes(incident: Incident) -> dict[str, Any]:
    attribute: dict[str, Any] = {}
    confidentiality = _confidentiality(incident)
    if confidentiality is not None:
        attribute["confidentiality"] = confidentiality
    integrity = incident.effects.integrity
    if integrity is not None and integrity.altered is not False:
        attribute["integrity"] = {"variety": ["Modify data" if integrity.altered else "Unknown"]}
    availability = incident.effects.availability
    if availability is not None:
        variety = {True: "Destruction", False: "Interruption", None: "Unknown"}
        section: dict[str, Any] = {"variety": [variety[availability.permanent]]}
        if availability.permanent is False and availability.duration_hours is not None:
            section["duration"] = {"unit": "Hours", "value": availability.duration_hours}
        attribute["availability"] = section
    return attribute


def incident_to_veris(incident: Incident) -> dict[str, Any]:
    """Write an incident as a VERIS 1.3.x record (a JSON-ready dict).

    Args:
        incident: The incident.

    Returns:
        The record: identification, victim, timeline, actor, action, asset and the
        confidentiality, integrity and availability attributes. An unknown fact is
        VERIS ``Unknown`` (or left out where VERIS has no such value), never guessed.
    """
    actions, assets = _actions(incident)
    actor = _ACTORS.get(incident.cause.actor)
    summary = incident.description or incident.title
    return {
        "schema_version": SCHEMA_VERSION,
        "incident_id": incident.id,
        "source_id": "breachmodel",
        "security_incident": "Confirmed",
        **({"summary": summary} if summary else {}),
        "victim": _victim(incident),
        "timeline": _when(incident),
        "actor": {actor: {"variety": ["Unknown"], "motive": ["Unknown"]}}
        if actor is not None and incident.cause.actor is not ActorOrigin.UNKNOWN
        else {"unknown": {}},
        "action": actions,
        "asset": {"assets": [{"variety": a} for a in assets] or [{"variety": "Unknown"}]},
        "attribute": _attributes(incident),
        "discovery_method": {"unknown": True},
    }
