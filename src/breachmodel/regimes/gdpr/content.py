"""The content a GDPR notice must hold, item by item, checked against the incident record.

* :func:`content_items` — Art. 33(3): the notification to the supervisory authority.
* :func:`communication_items` — Art. 34(2): the communication to the people concerned.
"""

from __future__ import annotations

from collections.abc import Iterable

from breachmodel.citations import edpb, gdpr
from breachmodel.determination import ChecklistItem
from breachmodel.model import Incident

__all__ = ["communication_items", "content_items"]


def _art33_item(item_id: str, label: str, point: str, value: str | None) -> ChecklistItem:
    """One Art. 33(3) item, provided when the record holds a value.

    All but the contact point may follow in phases (Art. 33(4)).
    """
    return ChecklistItem(
        id=item_id,
        label=label,
        citation=gdpr(33, 3, point),
        provided=value is not None,
        may_follow_later=point != "b",
        value=value,
    )


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """The Art. 33(3) items, checked against what the incident record holds."""
    subjects_known = [g for g in incident.subjects if g.count.known]
    records = [d for d in incident.data if d.records is not None and d.records.known]
    contact = incident.controller.contact
    point = None
    if contact is not None:
        point = "data protection officer" if contact.is_dpo else "contact point"
    return (
        _art33_item(
            "art33.3.a.nature", "Nature of the breach", "a", _listed(incident.effects.types)
        ),
        _art33_item(
            "art33.3.a.subject_categories",
            "Categories of data subjects",
            "a",
            _listed(g.kind.value for g in incident.subjects),
        ),
        _art33_item(
            "art33.3.a.subject_count",
            "Approximate number of data subjects",
            "a",
            incident.total_subjects.describe() if subjects_known else None,
        ),
        _art33_item(
            "art33.3.a.record_categories",
            "Categories of personal data records",
            "a",
            _listed(d.category for d in incident.data),
        ),
        _art33_item(
            "art33.3.a.record_count",
            "Approximate number of personal data records",
            "a",
            _listed(f"{d.category}: {d.records.describe()}" for d in records if d.records),
        ),
        _art33_item(
            "art33.3.b.contact",
            "Name and contact details of the DPO or other contact point",
            "b",
            point,
        ),
        *_consequences_and_measures(incident, "art33.3.c.consequences", "art33.3.d.measures"),
    )


def _listed(values: Iterable[str]) -> str | None:
    return ", ".join(values) or None


def communication_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """The Art. 34(2) items, checked against what the incident record holds."""
    contact = incident.controller.contact
    return (
        ChecklistItem(
            id="art34.2.nature",
            label="The nature of the breach, in clear and plain language",
            citation=gdpr(34, 2),
            provided=bool(incident.effects.types),
            value=", ".join(incident.effects.types) or None,
        ),
        ChecklistItem(
            id="art34.2.contact",
            label="Name and contact details of the DPO or other contact point",
            citation=gdpr(33, 3, "b"),
            provided=contact is not None,
        ),
        *_consequences_and_measures(incident, "art34.2.consequences", "art34.2.measures"),
        ChecklistItem(
            id="art34.2.advice",
            label="Specific advice on how people can protect themselves",
            citation=edpb("section III.A"),
            provided=bool(incident.consequences),
        ),
    )


def _consequences_and_measures(
    incident: Incident, consequences_id: str, measures_id: str
) -> tuple[ChecklistItem, ChecklistItem]:
    """Art. 33(3)(c) and (d), which Art. 34(2) also requires.

    Only a notification to the authority may complete them later (Art. 33(4)).
    """
    later = consequences_id.startswith("art33.")
    consequences = ChecklistItem(
        id=consequences_id,
        label="Likely consequences of the breach",
        citation=gdpr(33, 3, "c"),
        provided=bool(incident.consequences),
        may_follow_later=later,
        value=", ".join(sorted(c.value for c in incident.consequences)) or None,
    )
    measures = ChecklistItem(
        id=measures_id,
        label="Measures taken or proposed, including mitigation",
        citation=gdpr(33, 3, "d"),
        provided=bool(incident.measures.subsequent),
        may_follow_later=later,
        value=", ".join(m.kind.value for m in incident.measures.subsequent) or None,
    )
    return consequences, measures
