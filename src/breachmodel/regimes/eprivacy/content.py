"""What the ePrivacy notices contain: Annex I (to the authority) and Annex II (to people).

* :func:`notification_content`: the notification to the competent national authority
  includes the Annex I information (Art. 2(2), second sentence); section 1 may come
  first and section 2 within 3 days (Art. 2(3)).
* :func:`subscriber_content`: the notice to subscribers or individuals includes the
  Annex II information, in clear and easily understandable language, and is not used to
  promote or advertise services (Art. 3(4)).

Each item says whether the incident record holds it; none carries personal data.
"""

from __future__ import annotations

from breachmodel.determination import (
    ChecklistItem,
    Determination,
    Outcome,
    Reason,
    ReasonKind,
)
from breachmodel.model import Incident
from breachmodel.regimes.eprivacy._cite import reg
from breachmodel.regimes.eprivacy.keys import (
    NOTIFICATION_CONTENT,
    NOTIFICATION_CONTENT_KEY,
    SUBSCRIBER_CONTENT,
    SUBSCRIBER_CONTENT_KEY,
)
from breachmodel.regimes.eprivacy.scope import Head, outside

__all__ = ["annex_one", "annex_two", "notification_content", "subscriber_content"]


def _item(
    item_id: str, label: str, pinpoint: str, provided: bool, *, later: bool = False
) -> ChecklistItem:
    return ChecklistItem(
        id=item_id,
        label=label,
        citation=reg(pinpoint),
        provided=provided,
        may_follow_later=later,
    )


def _who(incident: Incident, prefix: str, pinpoint: str) -> tuple[ChecklistItem, ...]:
    """The provider and its contact point, the first items of both annexes."""
    contact = "Identity and contact details of the data protection officer or other contact point"
    return (
        _item(f"{prefix}.provider", "Name of the provider", pinpoint, True),
        _item(f"{prefix}.contact", contact, pinpoint, incident.controller.contact is not None),
    )


def annex_one(incident: Incident) -> tuple[ChecklistItem, ...]:
    """The Annex I items of the notification to the competent national authority."""
    t = incident.timeline
    m = incident.measures
    s1, s2 = "Annex I, section 1", "Annex I, section 2"
    return (
        *_who(incident, "reg611.annex1.1", s1),
        _item(
            "reg611.annex1.1.incident_time",
            "Date and time of the incident (estimated if need be)",
            s1,
            t.occurred.start is not None,
        ),
        _item(
            "reg611.annex1.1.discovery_time",
            "Date and time of discovery",
            s1,
            t.detected_at is not None,
        ),
        _item(
            "reg611.annex1.1.circumstances",
            "Circumstances of the breach (loss, theft, copying...)",
            s1,
            bool(incident.effects.types),
        ),
        _item(
            "reg611.annex1.1.data",
            "Nature and content of the personal data concerned",
            s1,
            bool(incident.data),
        ),
        _item(
            "reg611.annex1.1.measures_applied",
            "Technical and organisational measures applied, or to be applied, to the data",
            s1,
            m.encryption is not None or m.pseudonymised is not None or bool(m.subsequent),
        ),
        _item(
            "reg611.annex1.2.summary",
            "Summary of the incident, with the physical location and the storage media",
            s2,
            bool(incident.description.strip()),
            later=True,
        ),
        _item(
            "reg611.annex1.2.count",
            "Number of subscribers or individuals concerned",
            s2,
            bool(incident.total_subjects.known),
            later=True,
        ),
        _item(
            "reg611.annex1.2.consequences",
            "Potential consequences and adverse effects on subscribers or individuals",
            s2,
            bool(incident.consequences),
            later=True,
        ),
        _item(
            "reg611.annex1.2.mitigation",
            "Measures taken to mitigate the potential adverse effects",
            s2,
            bool(m.subsequent),
            later=True,
        ),
        _item(
            "reg611.annex1.2.cross_border",
            "Cross-border aspects (people in other Member States, other authorities notified)",
            s2,
            incident.cross_border is not None,
            later=True,
        ),
    )


def annex_two(incident: Incident) -> tuple[ChecklistItem, ...]:
    """The Annex II items of the notice to subscribers or individuals."""
    a2 = "Annex II"
    return (
        *_who(incident, "reg611.annex2", a2),
        _item(
            "reg611.annex2.3.summary",
            "Summary of the incident",
            a2,
            bool(incident.description.strip()),
        ),
        _item(
            "reg611.annex2.4.date",
            "Estimated date of the incident",
            a2,
            incident.timeline.occurred.start is not None,
        ),
        _item(
            "reg611.annex2.5.data",
            "Nature and content of the personal data concerned",
            a2,
            bool(incident.data),
        ),
        _item(
            "reg611.annex2.6.consequences",
            "Likely consequences for the subscriber or individual",
            a2,
            bool(incident.consequences),
        ),
        _item(
            "reg611.annex2.7.circumstances",
            "Circumstances of the breach",
            a2,
            bool(incident.effects.types),
        ),
        _item(
            "reg611.annex2.8.measures",
            "Measures taken by the provider to address the breach",
            a2,
            bool(incident.measures.subsequent),
        ),
        _item(
            "reg611.annex2.9.recommendations",
            "Measures recommended to mitigate possible adverse effects (the record does not hold them)",
            a2,
            False,
        ),
    )


_AUTHORITY_RULE = Reason(
    kind=ReasonKind.RULE,
    text=(
        "The notification includes the Annex I information: section 1 (the provider, its "
        "contact point, when the incident happened and was discovered, its circumstances, "
        "the data concerned and the measures applied) within 24 hours, section 2 (a "
        "summary, the number of people, the consequences, the mitigation and cross-border "
        "aspects) within 3 days if it cannot be given at once."
    ),
    citations=(reg("Art. 2(2)"), reg("Art. 2(3)"), reg("Annex I")),
)
_PEOPLE_RULE = Reason(
    kind=ReasonKind.RULE,
    text=(
        "The notice gives the Annex II information in clear and easily understandable "
        "language, is dedicated to the breach, and is not used to promote or advertise "
        "new or additional services."
    ),
    citations=(reg("Art. 3(4)"), reg("Art. 3(6)"), reg("Annex II")),
)


_AUTHORITY, _PEOPLE = (
    Head(key, det_id, f"Content of the {notice} (ePrivacy)", basis)
    for key, det_id, notice, basis in (
        (
            NOTIFICATION_CONTENT_KEY,
            NOTIFICATION_CONTENT,
            "notification to the competent national authority",
            (reg("Art. 2(2)"), reg("Annex I")),
        ),
        (
            SUBSCRIBER_CONTENT_KEY,
            SUBSCRIBER_CONTENT,
            "notice to subscribers or individuals",
            (reg("Art. 3(4)"), reg("Annex II")),
        ),
    )
)


def _checklist(head: Head, items: tuple[ChecklistItem, ...], rule: Reason) -> Determination:
    missing = [i.label.lower() for i in items if not i.provided]
    text = f"To be completed: {', '.join(missing)}." if missing else "The record holds every item."
    held = Reason(kind=ReasonKind.FACT, text=text, citations=head.basis)
    return head.decide(Outcome.REQUIRED, (rule, held), checklist=items)


def notification_content(incident: Incident) -> Determination:
    """Art. 2(2) and Annex I: what the notification to the authority must contain."""
    early = outside(incident, _AUTHORITY)
    if early is not None:
        return early
    return _checklist(_AUTHORITY, annex_one(incident), _AUTHORITY_RULE)


def subscriber_content(incident: Incident, *, inform: Determination) -> Determination:
    """Art. 3(4) and Annex II: what the notice to subscribers or individuals must contain."""
    if inform.outcome is not Outcome.REQUIRED:
        undetermined = inform.outcome is Outcome.UNDETERMINED
        text = (
            "Content is owed only with a notice; the notice is "
            f"{inform.outcome.value.replace('_', ' ')} ({inform.id})."
        )
        return _PEOPLE.decide(
            Outcome.UNDETERMINED if undetermined else Outcome.NOT_APPLICABLE,
            (Reason(kind=ReasonKind.RULE, text=text, citations=_PEOPLE.basis),),
            missing_facts=inform.missing_facts,
        )
    return _checklist(_PEOPLE, annex_two(incident), _PEOPLE_RULE)
