"""STIX 2.1 incidents, with the Incident Core extension, to incidents.

STIX 2.1 defines ``incident`` as a stub; the OASIS CTI Technical Committee's *Incident
Core Extension* (version 2.0, extension definition
``extension-definition--ef765651-680c-498d-9894-99799f2fa126``) adds what an incident
response team records: the ``determination``, the ``investigation_status``, the
``impacted_entity_counts`` and the ``impact_refs`` pointing to ``impact`` objects
(extension ``extension-definition--7cc33dd6-f6a1-489b-98ea-522d351d71b9``) whose
``confidentiality`` extension says which ``information_type`` was compromised, how
(``loss_type``) and how many records (``record_count``). Version 1.0 of the extension
kept those impacts inline (``confidentiality_impacts``); both forms are read.

:func:`stix_to_incident` reads a bundle (or a list of objects) holding one incident and
maps it, with the objects it is related to, onto an
:class:`~breachmodel.model.Incident`:

- the controller is the organisation the incident ``impacts`` or ``targets`` (a
  ``relationship`` object), else the identity that created the incident; its countries
  come from the ``location`` objects it is ``located-at``;
- the contact point is the identity that is ``contact-for`` the incident;
- when the breach happened comes from the ``observed-data`` related to the incident
  (earliest ``first_observed`` to latest ``last_observed``); detection from a ``task``
  of type ``detected`` (or a version 1.0 ``discovery`` activity);
- the data concerned, how many records and whether it left the organisation come from
  the confidentiality impacts; the people concerned from ``impacted_entity_counts``.

What it never does: invent facts STIX does not record. STIX has no notion of the
controller's awareness in the GDPR's sense, so ``timeline.controller_aware_at`` stays
unknown and the Art. 33 deadline is undetermined until the assessor adds it. An incident
whose ``determination`` is ``false-positive``, ``blocked`` or ``failed-attempt`` had no
effect on any data: it is refused, with a message saying so.

>>> bundle = {"type": "bundle", "id": "bundle--1", "objects": [
...     {"type": "identity", "id": "identity--v", "name": "Clinique Exemple",
...      "identity_class": "organization"},
...     {"type": "incident", "id": "incident--1", "name": "Patient files copied",
...      "created_by_ref": "identity--v",
...      "extensions": {INCIDENT_CORE: {"extension_type": "property-extension",
...          "determination": "confirmed", "investigation_status": "open",
...          "impacted_entity_counts": {"individual": 1200},
...          "impact_refs": ["impact--1"]}}},
...     {"type": "impact", "id": "impact--1", "impact_category": "confidentiality",
...      "extensions": {IMPACT: {"extension_type": "new-sdo"},
...          "confidentiality": {"information_type": "phi", "loss_type": "confirmed-loss",
...                              "record_count": 1200}}},
... ]}
>>> result = stix_to_incident(bundle)
>>> inc = result.incident
>>> inc.controller.name, [d.category for d in inc.data], inc.subjects[0].count.value
('Clinique Exemple', ['health'], 1200)
>>> inc.effects.confidentiality.exfiltration.value
'confirmed'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final

from breachmodel.errors import Problem
from breachmodel.importers._result import ImportResult
from breachmodel.model import (
    Confidentiality,
    ContactPoint,
    Count,
    DataCategory,
    DataConcerned,
    Effects,
    Establishment,
    Exfiltration,
    Incident,
    Occurrence,
    OccurrenceKind,
    Organisation,
    Recipient,
    SubjectGroup,
    SubjectKind,
    Timeline,
)

__all__ = [
    "ENTITY_KINDS",
    "IMPACT",
    "INCIDENT_CORE",
    "INFORMATION_TYPES",
    "LOSS_TYPES",
    "NOT_A_BREACH",
    "stix_to_incident",
]

INCIDENT_CORE: Final = "extension-definition--ef765651-680c-498d-9894-99799f2fa126"
"""The Incident Core Extension's id (it extends ``incident`` objects)."""

IMPACT: Final = "extension-definition--7cc33dd6-f6a1-489b-98ea-522d351d71b9"
"""The id of the extension that defines ``impact`` objects."""

INFORMATION_TYPES: Final[dict[str, DataCategory | None]] = {
    "pii": DataCategory.IDENTITY,
    "phi": DataCategory.HEALTH,
    "payment": DataCategory.PAYMENT_CARD,
    "financial": DataCategory.FINANCIAL,
    "credentials-user": DataCategory.CREDENTIALS,
    "credentials-admin": DataCategory.CREDENTIALS,
    "communication": DataCategory.COMMUNICATIONS_CONTENT,
    "classified-material": None,
    "legal": None,
    "proprietary": None,
    "system": None,
}
"""``information-type-ov`` values to data categories; None: not personal data as such."""

LOSS_TYPES: Final[dict[str, Exfiltration | None]] = {
    "exploited-loss": Exfiltration.CONFIRMED,
    "confirmed-loss": Exfiltration.CONFIRMED,
    "suspected-loss": Exfiltration.LIKELY,
    "contained": Exfiltration.RULED_OUT,
    "none": None,
}
"""``incident-confidentiality-loss-enum`` values; None: this information was not affected."""

ENTITY_KINDS: Final[dict[str, SubjectKind]] = {
    "individual": SubjectKind.OTHER,
    "customer-individual": SubjectKind.CUSTOMERS,
    "customer": SubjectKind.CUSTOMERS,
    "employee": SubjectKind.EMPLOYEES,
}
"""``impacted_entity_counts`` keys that count people, and the kind of people they are."""

NOT_A_BREACH: Final = frozenset({"false-positive", "blocked", "failed-attempt"})
"""Determinations under which nothing happened to any data."""

_ORDER = list(Exfiltration)  # strongest first: confirmed, likely, ruled out, unknown
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


class _RefusedError(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.problem = Problem(path, message)


def _map(value: object) -> Mapping[str, Any]:
    """The value if it is a JSON object, else an empty one (a wrong type reads as absent)."""
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _objects(source: object) -> dict[str, Mapping[str, Any]]:
    items = source.get("objects", [source]) if isinstance(source, Mapping) else source
    if not isinstance(items, list):
        raise _RefusedError("$", "expected a STIX bundle, a list of STIX objects or an incident")
    return {o["id"]: o for o in items if isinstance(o, Mapping) and isinstance(o.get("id"), str)}


def _related(objects: Mapping[str, Mapping[str, Any]], ref: str, *kinds: str) -> list[str]:
    """Ids linked to ``ref`` by relationship objects of these types (either direction)."""
    out = []
    for o in objects.values():
        if o.get("type") != "relationship" or o.get("relationship_type") not in kinds:
            continue
        if o.get("source_ref") == ref:
            out.append(str(o.get("target_ref")))
        elif o.get("target_ref") == ref:
            out.append(str(o.get("source_ref")))
    return [i for i in out if i in objects]


def _instant(value: object, path: str) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _RefusedError(path, f"{value!r} is not a STIX timestamp") from None


def _controller(
    objects: Mapping[str, Mapping[str, Any]], incident: Mapping[str, Any]
) -> Organisation:
    victims = _related(objects, incident["id"], "impacts", "targets")
    candidates = [*victims, str(incident.get("created_by_ref"))]
    orgs = [
        objects[i]
        for i in candidates
        if i in objects and objects[i].get("identity_class", "organization") == "organization"
    ]
    if not orgs:
        msg = (
            "no organisation identity for the controller: relate the incident to the "
            "victim's identity ('impacts') or set created_by_ref"
        )
        raise _RefusedError("$.objects", msg)
    org = orgs[0]
    countries = [
        str(objects[loc].get("country", "")).upper()
        for loc in _related(objects, org["id"], "located-at")
    ]
    establishments = tuple(
        Establishment(country=c, main=n == 0)
        for n, c in enumerate(dict.fromkeys(c for c in countries if re.fullmatch("[A-Z]{2}", c)))
    )
    return Organisation(
        id=org["id"],
        name=str(org.get("name") or org["id"]),
        establishments=establishments,
        contact=_contact(objects, incident["id"]),
    )


def _contact(objects: Mapping[str, Mapping[str, Any]], incident_id: str) -> ContactPoint | None:
    for ref in _related(objects, incident_id, "contact-for"):
        identity = objects[ref]
        if identity.get("type") == "identity" and identity.get("name"):
            email = _EMAIL.search(str(identity.get("contact_information", "")))
            return ContactPoint(name=str(identity["name"]), email=email and email.group(0))
    return None


def _impacts(
    objects: Mapping[str, Mapping[str, Any]], ext: Mapping[str, Any]
) -> Iterable[tuple[str, Mapping[str, Any]]]:
    """Each confidentiality impact's details, with its path, in version 2.0 or 1.0 form."""
    for n, ref in enumerate(_list(ext.get("impact_refs"))):
        impact = objects.get(ref, {}) if isinstance(ref, str) else {}
        details = _map(impact.get("extensions")).get("confidentiality")
        if impact.get("impact_category") == "confidentiality" and isinstance(details, Mapping):
            yield f"$.objects[{ref}].extensions.confidentiality", details
        elif ref not in objects:
            yield f"$.extensions.impact_refs[{n}]", {}
    for n, details in enumerate(_list(ext.get("confidentiality_impacts"))):
        if isinstance(details, Mapping):
            yield f"$.extensions.confidentiality_impacts[{n}]", details


def _data(
    impacts: Iterable[tuple[str, Mapping[str, Any]]], problems: list[Problem]
) -> tuple[dict[str, int | None], Exfiltration | None]:
    """Records per category, and the strongest loss, from the confidentiality impacts."""
    records: dict[str, int | None] = {}
    loss: Exfiltration | None = None
    for path, details in impacts:
        kind, how = details.get("information_type"), details.get("loss_type")
        if not isinstance(kind, str) or not isinstance(how, str):
            kind, how = None, None
        if kind not in INFORMATION_TYPES or how not in LOSS_TYPES:
            found = (details.get("information_type"), details.get("loss_type"))
            problems.append(Problem(path, f"impact not understood {found!r}; ignored"))
            continue
        category, exfiltration = INFORMATION_TYPES[kind], LOSS_TYPES[how]
        if category is None or exfiltration is None:
            continue
        count = details.get("record_count")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            count = None
        known = records.get(category.value)
        records[category.value] = count + (known or 0) if isinstance(count, int) else known
        if loss is None or _ORDER.index(exfiltration) < _ORDER.index(loss):
            loss = exfiltration
    return records, loss


def _subjects(ext: Mapping[str, Any]) -> tuple[SubjectGroup, ...]:
    counts = _map(ext.get("impacted_entity_counts"))
    return tuple(
        SubjectGroup(kind=ENTITY_KINDS[key], count=Count.exact(n))
        for key, n in counts.items()
        if key in ENTITY_KINDS and isinstance(n, int) and not isinstance(n, bool) and n >= 0
    )


def _timeline(
    objects: Mapping[str, Mapping[str, Any]], incident: Mapping[str, Any], ext: Mapping[str, Any]
) -> Timeline:
    seen = [objects[i] for i in _related(objects, incident["id"], *_ANY)]
    observed = [o for o in seen if o.get("type") == "observed-data"]
    starts = [_instant(o.get("first_observed"), f"$.objects[{o['id']}]") for o in observed]
    ends = [_instant(o.get("last_observed"), f"$.objects[{o['id']}]") for o in observed]
    start = min((s for s in starts if s), default=None)
    end = max((e for e in ends if e), default=None)
    occurred = Occurrence()
    if start is not None:
        if end is None or end == start:
            occurred = Occurrence(kind=OccurrenceKind.INSTANT, start=start)
        else:
            occurred = Occurrence(kind=OccurrenceKind.RANGE, start=start, end=end)
    return Timeline(occurred=occurred, detected_at=_detected(objects, ext))


_ANY = ("related-to", "derived-from", "duplicate-of", "impacts", "targets", "located-at")


def _detected(objects: Mapping[str, Mapping[str, Any]], ext: Mapping[str, Any]) -> datetime | None:
    times = [
        objects[t["task_ref"]].get("start_time")
        for t in _list(ext.get("tasks"))
        if isinstance(t, Mapping)
        and isinstance(t.get("task_ref"), str)
        and t["task_ref"] in objects
        and "detected" in _list(objects[t["task_ref"]].get("task_types"))
    ]
    times += [
        a.get("start_time")
        for a in _list(ext.get("defender_activities"))
        if isinstance(a, Mapping) and a.get("activity_type") == "discovery"
    ]
    instants = [_instant(t, "$.extensions.tasks") for t in times]
    return min((t for t in instants if t), default=None)


def _incident_object(
    objects: Mapping[str, Mapping[str, Any]], incident_id: str | None
) -> Mapping[str, Any]:
    incidents = [o for o in objects.values() if o.get("type") == "incident"]
    if incident_id is not None:
        incidents = [o for o in incidents if o["id"] == incident_id]
    if len(incidents) != 1:
        found = ", ".join(sorted(o["id"] for o in incidents)) or "none"
        msg = f"expected one incident object (found: {found}); pass incident_id to choose"
        raise _RefusedError("$.objects", msg)
    return incidents[0]


def stix_to_incident(source: object, *, incident_id: str | None = None) -> ImportResult:
    """Map a STIX 2.1 bundle holding an incident onto an incident.

    Args:
        source: A parsed STIX bundle, a list of STIX objects, or a lone incident object.
        incident_id: Which incident to read when the bundle holds several.

    Returns:
        The import result: the incident (or None, with the reason in ``problems``), the
        facts left unknown, and the values that were not understood.
    """
    problems: list[Problem] = []
    try:
        objects = _objects(source)
        stix = _incident_object(objects, incident_id)
        ext = _map(stix.get("extensions")).get(INCIDENT_CORE)
        if not isinstance(ext, Mapping):
            raise _RefusedError(
                "$.extensions", f"the incident has no Incident Core extension ({INCIDENT_CORE})"
            )
        determination = ext.get("determination")
        if determination in NOT_A_BREACH:
            msg = f"determination {determination!r}: nothing happened to any data, so there is no breach to assess"
            raise _RefusedError("$.extensions.determination", msg)
        incident = _build(objects, stix, ext, problems)
    except _RefusedError as refused:
        return ImportResult(incident=None, problems=(refused.problem,), source_id=_id(source))
    except (ValueError, TypeError, KeyError) as exc:  # a value the model refuses
        return ImportResult(
            incident=None, problems=(Problem("$", str(exc)),), source_id=_id(source)
        )
    return ImportResult(
        incident=incident,
        unknown=_unknown(incident),
        problems=tuple(problems),
        source_id=stix["id"],
    )


def _build(
    objects: Mapping[str, Mapping[str, Any]],
    stix: Mapping[str, Any],
    ext: Mapping[str, Any],
    problems: list[Problem],
) -> Incident:
    records, loss = _data(_impacts(objects, ext), problems)
    data = tuple(
        DataConcerned(category=c, records=None if n is None else Count.exact(n))
        for c, n in records.items()
    )
    confidentiality = None
    if loss is not None:
        recipients = (
            frozenset({Recipient.UNKNOWN_THIRD_PARTY})
            if loss is Exfiltration.CONFIRMED
            else frozenset()
        )
        confidentiality = Confidentiality(exfiltration=loss, recipients=recipients)
    return Incident(
        id=stix["id"],
        title=stix.get("name"),
        description=str(stix.get("description") or ""),
        personal_data=True if data else None,
        controller=_controller(objects, stix),
        data=data,
        subjects=_subjects(ext),
        effects=Effects(confidentiality=confidentiality),
        timeline=_timeline(objects, stix, ext),
    )


def _unknown(incident: Incident) -> tuple[str, ...]:
    checks = {
        "$.data": not incident.data,
        "$.subjects": not incident.subjects,
        "$.controller.establishments": not incident.controller.establishments,
        "$.timeline.occurred": incident.timeline.occurred.kind is OccurrenceKind.UNKNOWN,
        "$.timeline.controller_aware_at": incident.timeline.controller_aware_at is None,
    }
    return tuple(path for path, missing in checks.items() if missing)


def _id(source: object) -> str | None:
    return str(source["id"]) if isinstance(source, Mapping) and "id" in source else None
