"""The content a GDPR notice must hold, item by item, checked against the incident record.

* :func:`content_items` — Art. 33(3): the notification to the supervisory authority.
* :func:`communication_items` — Art. 34(2): the communication to the people concerned.
"""

from __future__ import annotations

from breachmodel.citations import edpb, gdpr
from breachmodel.determination import ChecklistItem
from breachmodel.model import Incident

__all__ = ["communication_items", "content_items"]


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """The Art. 33(3) items, checked against what the incident record holds."""
    subjects_known = [g for g in incident.subjects if g.count.known]
    records_known = [d for d in incident.data if d.records is not None and d.records.known]
    contact = incident.controller.contact
    types = incident.effects.types
    return (
        ChecklistItem(
            id="art33.3.a.nature",
            label="Nature of the breach",
            citation=gdpr(33, 3, "a"),
            provided=bool(types),
            may_follow_later=True,
            value=", ".join(types) or None,
        ),
        ChecklistItem(
            id="art33.3.a.subject_categories",
            label="Categories of data subjects",
            citation=gdpr(33, 3, "a"),
            provided=bool(incident.subjects),
            may_follow_later=True,
            value=", ".join(g.kind.value for g in incident.subjects) or None,
        ),
        ChecklistItem(
            id="art33.3.a.subject_count",
            label="Approximate number of data subjects",
            citation=gdpr(33, 3, "a"),
            provided=bool(subjects_known),
            may_follow_later=True,
            value=incident.total_subjects.describe() if subjects_known else None,
        ),
        ChecklistItem(
            id="art33.3.a.record_categories",
            label="Categories of personal data records",
            citation=gdpr(33, 3, "a"),
            provided=bool(incident.data),
            may_follow_later=True,
            value=", ".join(d.category for d in incident.data) or None,
        ),
        ChecklistItem(
            id="art33.3.a.record_count",
            label="Approximate number of personal data records",
            citation=gdpr(33, 3, "a"),
            provided=bool(records_known),
            may_follow_later=True,
            value=", ".join(
                f"{d.category}: {d.records.describe()}" for d in records_known if d.records
            )
            or None,
        ),
        ChecklistItem(
            id="art33.3.b.contact",
            label="Name and contact details of the DPO or other contact point",
            citation=gdpr(33, 3, "b"),
            provided=contact is not None,
            may_follow_later=False,
            value=("data protection officer" if contact.is_dpo else "contact point")
            if contact
            else None,
        ),
        *_consequences_and_measures(incident, "art33.3.c.consequences", "art33.3.d.measures"),
    )


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
