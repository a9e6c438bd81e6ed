"""The incident and its assessment as the fields of the EDPB's common notification template.

The mapping is data: ``templates/edpb-template.json`` lists every field once (stable key,
section, label, ``required``/``conditional``/``optional``, the condition, the predefined
options, where the value comes from, and how far the field is verified against the
template), versioned with the template. Code only reads values: each ``source`` names a
function below, and each ``when`` a condition.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import frozen

from breachmodel.documents._basis import Basis
from breachmodel.documents._draft import _resolve
from breachmodel.documents._words import templates
from breachmodel.model import Incident, MeasureKind, NoticeKind, OccurrenceKind
from breachmodel.sanitize import dumps_json

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.processor import ProcessorAssessment, ProcessorIncident

__all__ = ["EDPB_TEMPLATE", "EdpbExport", "edpb_fields", "edpb_template", "validate_edpb"]

EDPB_TEMPLATE = "edpb-template"
"""The name of the export format (``breachmodel export FILE --to edpb-template``)."""

_NACE = {
    "health": "Q",
    "insurance": "K",
    "health_insurance": "K",
    "finance": "K",
    "telecommunications": "J",
    "technology": "J",
    "public_administration": "O",
    "education": "P",
    "retail": "G",
    "energy": "D",
    "transport": "H",
    "hospitality": "I",
    "manufacturing": "C",
    "non_profit": "S",
}
"""Sector -> NACE Rev. 2 section letter (from the NACE Rev. 2 section list, from memory)."""


def edpb_fields() -> dict[str, Any]:
    """The mapping table: the template's identity and its fields, in order."""
    return templates("edpb-template")


@frozen(kw_only=True)
class _Ctx:
    incident: Incident
    basis: Basis
    withdrawal: str | None

    @property
    def previous(self) -> Any:
        notices = sorted(self.incident.timeline.authority_notices, key=lambda n: n.at)
        return notices[-1] if notices else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _count(c: Any) -> dict[str, Any] | None:
    if c is None or not c.known:
        return None
    return {"precision": c.precision.value, "value": c.value, "low": c.low, "high": c.high}


def _notification_type(x: _Ctx) -> str:
    if x.withdrawal is not None:
        return "withdrawal"
    return "follow_up" if x.previous is not None else "initial"


def _subjects_by_country(x: _Ctx) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    for g in x.incident.subjects:
        for rc in g.by_country:
            out.setdefault(rc.country, []).append(
                {"category": g.kind.value, **(_count(rc.count) or {})}
            )
    return out or None


def _measures_in_place(x: _Ctx) -> dict[str, Any] | None:
    m = x.incident.measures
    enc = m.encryption
    out = {
        "encrypted": enc.applied_to_breached_data if enc is not None else None,
        "encryption_state_of_the_art": enc.state_of_the_art if enc is not None else None,
        "pseudonymised": m.pseudonymised,
        "backup_available": m.backup_available,
    }
    return out if any(v is not None for v in out.values()) else None


def _art34_status(x: _Ctx) -> str:
    t = x.incident.timeline
    if t.subject_communications or t.public_communications:
        return "communicated"
    return {
        "people_public": "public_communication",
        "people_individual": "will_communicate",
        "people_undetermined": "undetermined",
    }.get(x.basis.people_status, "not_required")


def _communicated_at(x: _Ctx) -> str | None:
    t = x.incident.timeline
    sent = [c.at for c in t.subject_communications] + [c.at for c in t.public_communications]
    return _iso(min(sent)) if sent else None


def _checklist_complete(x: _Ctx) -> str:
    items = x.basis.content(x.incident)
    return "complete" if all(i.provided for i in items) else "incomplete"


def _contact(x: _Ctx, name: str) -> Any:
    contact = x.incident.controller.contact
    return getattr(contact, name) if contact is not None else None


_SOURCES: dict[str, Callable[[_Ctx], Any]] = {
    "none": lambda x: None,
    "notification_type": _notification_type,
    "completeness": _checklist_complete,
    "previous_reference": lambda x: x.previous.reference if x.previous else None,
    "previous_date": lambda x: _iso(x.previous.at) if x.previous else None,
    "withdrawal_reason": lambda x: x.withdrawal,
    "controller_name": lambda x: x.incident.controller.name,
    "controller_country": lambda x: (
        m.country if (m := x.incident.controller.main_establishment) else None
    ),
    "controller_nace": lambda x: (
        _NACE.get(s.value) if (s := x.incident.controller.sector) else None
    ),
    "cross_border": lambda x: x.incident.cross_border,
    "processors": lambda x: [p.organisation.name for p in x.incident.processors] or None,
    "contact_name": lambda x: _contact(x, "name"),
    "contact_is_dpo": lambda x: _contact(x, "is_dpo"),
    "contact_email": lambda x: _contact(x, "email"),
    "contact_phone": lambda x: _contact(x, "phone"),
    "occurred_start": lambda x: _iso(x.incident.timeline.occurred.start),
    "occurred_end": lambda x: _iso(x.incident.timeline.occurred.end),
    "ongoing": lambda x: x.incident.timeline.occurred.kind is OccurrenceKind.ONGOING,
    "detected_at": lambda x: _iso(x.incident.timeline.detected_at),
    "aware_at": lambda x: _iso(x.basis.aware),
    "contained_at": lambda x: _iso(x.incident.timeline.contained_at),
    "late": lambda x: x.basis.late,
    "reasons_for_delay": lambda x: (
        n.reasons_for_delay if (n := x.incident.timeline.first_notice(NoticeKind.INITIAL)) else None
    ),
    "breach_types": lambda x: list(x.incident.effects.types) or None,
    "cause_intent": lambda x: x.incident.cause.intent.value,
    "cause_actor": lambda x: x.incident.cause.actor.value,
    "cause_vectors": lambda x: sorted(v.value for v in x.incident.cause.vectors) or None,
    "description": lambda x: x.incident.description or None,
    "measures_in_place": _measures_in_place,
    "subject_categories": lambda x: [g.kind.value for g in x.incident.subjects] or None,
    "subject_count": lambda x: _count(x.incident.total_subjects),
    "subjects_by_country": _subjects_by_country,
    "vulnerable": lambda x: any(g.has_children or g.vulnerable for g in x.incident.subjects),
    "data_categories": lambda x: [d.category for d in x.incident.data] or None,
    "special_categories": lambda x: (
        [
            d.category
            for d in x.incident.data
            if x.incident.category_info(d.category).special_category
        ]
        or None
    ),
    "records_count": lambda x: (
        {d.category: _count(d.records) for d in x.incident.data if _count(d.records)} or None
    ),
    "consequences": lambda x: sorted(c.value for c in x.incident.consequences) or None,
    "risk_level": lambda x: None if x.basis.risk == "undetermined" else x.basis.risk,
    "measures_taken": lambda x: (
        [
            {"kind": m.kind.value, "description": m.description}
            for m in x.incident.measures.subsequent
        ]
        or None
    ),
    "art34_status": _art34_status,
    "art34_exemption": lambda x: x.basis.exemption,
    "art34_communicated_at": _communicated_at,
    "other_authorities": lambda x: [a.id for a in x.basis.authorities[1:]] or None,
    "law_enforcement": lambda x: any(
        m.kind is MeasureKind.LAW_ENFORCEMENT_INFORMED for m in x.incident.measures.subsequent
    ),
}

_CONDITIONS: dict[str, Callable[[_Ctx, dict[str, Any]], bool]] = {
    "follows_earlier": lambda x, v: v["notification.type"] in ("follow_up", "withdrawal"),
    "withdrawal": lambda x, v: v["notification.type"] == "withdrawal",
    "has_processors": lambda x, v: bool(x.incident.processors),
    "not_ongoing": lambda x, v: v["timing.ongoing"] is False,
    "late": lambda x, v: v["timing.late"] is True,
    "exempt": lambda x, v: x.basis.exemption is not None,
    "communicated": lambda x, v: v["art34.status"] == "communicated",
}


@frozen(kw_only=True)
class EdpbExport:
    """One notification as the template's fields.

    Attributes:
        incident_id: The incident (for a processor incident, ``<id>/<controller id>``).
        template: The template's identity and the mapping's version and source.
        fields: Every field's value by key, in the template's order (``None``: not filled).
        missing: The keys of required fields, and of conditional fields whose condition
            holds, that the record cannot fill (``to_dict`` adds ``unfilled``: every
            field left empty, optional ones included).
        unverified: The keys whose existence or requirement level is this project's
            reading rather than the template's text.
    """

    incident_id: str
    template: dict[str, Any]
    fields: dict[str, Any]
    missing: tuple[str, ...]
    unverified: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "template": self.template,
            "incident_id": self.incident_id,
            "fields": self.fields,
            "missing": list(self.missing),
            "unfilled": [k for k, v in self.fields.items() if v is None],
            "unverified": list(self.unverified),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON."""
        return dumps_json(self.to_dict(), indent=indent) + "\n"


def _applies(field: dict[str, Any], x: _Ctx, values: dict[str, Any]) -> bool:
    if field["requirement"] == "required":
        return True
    if field["requirement"] == "conditional":
        return _CONDITIONS[field["when"]](x, values)
    return False


def _export(incident: Incident, a: Assessment, withdrawal: str | None) -> EdpbExport:
    table = edpb_fields()
    x = _Ctx(incident=incident, basis=Basis.of(a), withdrawal=withdrawal)
    values = {f["key"]: _SOURCES[f["source"]](x) for f in table["fields"]}
    missing = tuple(
        f["key"] for f in table["fields"] if values[f["key"]] is None and _applies(f, x, values)
    )
    unverified = tuple(f["key"] for f in table["fields"] if f["verified"] != "named")
    return EdpbExport(
        incident_id=incident.id,
        template=table["template"],
        fields=values,
        missing=missing,
        unverified=unverified,
    )


def edpb_template(
    record: Incident | ProcessorIncident,
    *,
    controller: str | None = None,
    assessment: Assessment | ProcessorAssessment | None = None,
    as_of: datetime | None = None,
    withdrawal: str | None = None,
) -> EdpbExport:
    """Export an incident and its assessment as the EDPB template's fields.

    The type of notification follows the record: ``initial`` when no notice has been
    filed, ``follow_up`` after one (with the earlier filing's reference and date), and
    ``withdrawal`` when ``withdrawal`` gives the reason for withdrawing the earlier one.

    Args:
        record: The incident, or a processor incident with ``controller``.
        controller: For a processor incident: the controller's organisation id.
        assessment: The assessment to export (assessed here if omitted).
        as_of: Passed to the assessment when it is computed here.
        withdrawal: Withdraw the earlier notification, for this reason.

    Returns:
        The export; :func:`validate_edpb` checks it against the field list.

    Raises:
        ValueError: For a processor incident without a known ``controller``, or a
            withdrawal with no earlier notification to withdraw.
    """
    incident, a, _processor = _resolve(record, controller, assessment, as_of, None)
    if withdrawal is not None and not incident.timeline.authority_notices:
        msg = "nothing to withdraw: the record holds no earlier notification to the authority"
        raise ValueError(msg)
    return _export(incident, a, withdrawal)


def validate_edpb(export: EdpbExport) -> list[str]:
    """Problems with an export against the field list (empty when it conforms).

    Every field of the table must be present, no other key; a value with predefined
    options must be one of them; every required field, and every conditional one that
    applies, must be filled or listed as missing.
    """
    table = edpb_fields()["fields"]
    problems = []
    keys = [f["key"] for f in table]
    if list(export.fields) != keys:
        problems.append("the fields are not exactly the template's, in its order")
    for f in table:
        value = export.fields.get(f["key"])
        options = f.get("options")
        chosen = value if isinstance(value, list) else [value]
        if options and value is not None and any(v not in options for v in chosen):
            problems.append(f"{f['key']}: {value!r} is not one of {options}")
        if value is None and f["requirement"] == "required" and f["key"] not in export.missing:
            problems.append(f"{f['key']}: required, neither filled nor listed as missing")
    return problems
