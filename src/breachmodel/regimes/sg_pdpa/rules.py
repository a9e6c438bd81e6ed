"""PDPA 2012 (Singapore), Part 6A: assessment, the PDPC, the affected individuals.

* **Who** (:func:`applicability`): an organisation whose breach concerns people in
  Singapore or that is established there, for breaches from 1 February 2021 (s. 26C(1)).
* **Assess** (:func:`assess`): reasonably and expeditiously once there is reason to believe
  a breach occurred (s. 26C(2)); the PDPC expects it within 30 days (guidance).
* **Notify the PDPC** (:func:`notify_pdpc`): as soon as practicable and no later than 3
  calendar days after the day the organisation assesses the breach notifiable (s. 26D(1)).
* **Notify the individuals** (:func:`inform_individuals`): on or after notifying the PDPC,
  for the significant-harm limb only (s. 26D(2)), unless remedial action or technological
  measures make harm unlikely (s. 26D(5)), and never against a law enforcement
  instruction or the PDPC's direction (s. 26D(6)).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from breachmodel.clocks import Anchor, CalendarDays
from breachmodel.determination import ChecklistItem, Determination, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes import _national
from breachmodel.regimes._base import Applicability
from breachmodel.regimes.sg_pdpa._law import PDPC_ID, PDPC_ZONE, REGIME_ID, pdpa, regs
from breachmodel.regimes.sg_pdpa.notifiable import Notifiable

__all__ = [
    "ASSESS",
    "CONTENT",
    "INFORM",
    "KEYS",
    "NOTIFY",
    "PART_6A_FROM",
    "applicability",
    "content_items",
    "determinations",
    "prefilter",
]

ASSESS: Final = "sg_pdpa.s26c.assess"
NOTIFY: Final = "sg_pdpa.s26d.notify_pdpc"
CONTENT: Final = "sg_pdpa.s26d.content"
INFORM: Final = "sg_pdpa.s26d.inform_individuals"

_LAW: Final = _national.Law(zone=PDPC_ZONE, book=_national.book(REGIME_ID, {
    ASSESS: (Duty.ASSESS, "organisation", "Assess whether the data breach is notifiable (PDPA)", (pdpa("26C", "(2)"),)),
    NOTIFY: (Duty.NOTIFY_AUTHORITY, "pdpc", "Notify the PDPC within 3 calendar days of the assessment (PDPA)", (pdpa("26D", "(1)"),)),
    CONTENT: (Duty.CONTENT, "pdpc", "Content of the notification to the PDPC (PDPA)", (pdpa("26D", "(3)"), regs("reg. 5"))),
    INFORM: (Duty.INFORM_INDIVIDUALS, "affected_individuals", "Notify the affected individuals (PDPA)", (pdpa("26D", "(2)"),)),
}))  # fmt: skip
"""Each determination's obligation (duty, recipient, title, legal basis), in Singapore time."""

KEYS: Final = _LAW.keys
"""Each determination's obligation key."""

PART_6A_FROM: Final = date(2021, 2, 1)
"""Part 6A applies to data breaches occurring on or after 1 February 2021 (s. 26C(1))."""

_TERRITORY: Final = _national.Territory(
    regime=REGIME_ID,
    country="SG",
    name="Singapore",
    law="the PDPA 2012",
    citation=pdpa("26C", "(1)"),
)


prefilter: Final = _national.quick(_TERRITORY)
"""Not applicable, at once, with no one counted in Singapore and no establishment there."""


def applicability(incident: Incident) -> Applicability:
    """People in Singapore or a Singapore establishment; breaches from 1 February 2021."""
    return _national.territorial(incident, _TERRITORY, _part_6a)


def _part_6a(incident: Incident, where: str) -> Applicability:
    if incident.controller.public_authority:
        text = (
            "The organisation is a public authority: public agencies are outside the PDPA's "
            "data protection provisions (s. 4(1)(c), from memory, not verified)."
        )
        return _national.not_applicable(_TERRITORY, text)
    occurred = incident.timeline.occurred.earliest
    if occurred is not None and occurred.date() < PART_6A_FROM:
        text = "The breach occurred before 1 February 2021: Part 6A does not apply to it."
        return _national.not_applicable(_TERRITORY, text)
    return _national.applicable(_TERRITORY, f"{where} Part 6A of the PDPA applies.")


def _assessed_at(incident: Incident) -> datetime | None:
    found = incident.finding(REGIME_ID, "assessed")
    return None if found is None else found.at


def assess(incident: Incident) -> Determination:
    """Section 26C(2): a reasonable and expeditious assessment (30 days in the PDPC's guidance)."""
    t = incident.timeline
    label = "Assess within 30 days (PDPC guidance)"
    start = t.controller_aware_at or t.detected_at
    deadline = _LAW.clock(
        ASSESS, anchor=Anchor.AWARENESS, start=start, period=CalendarDays(n=30), label=label
    )
    text = (
        "Where the organisation has reason to believe that a data breach occurred, it "
        "assesses, reasonably and expeditiously, whether the breach is notifiable; the PDPC "
        "expects the assessment within 30 calendar days (guidance, used here as the target)."
    )
    reason = Reason.rule(text, (pdpa("26C", "(2)"),))
    return _LAW.assessment(ASSESS, incident, reason, deadline=deadline, done=_assessed_at(incident))


def notify_pdpc(incident: Incident, found: Notifiable) -> Determination:
    """Section 26D(1): the PDPC, no later than 3 calendar days after the day of the assessment."""
    start = _assessed_at(incident)
    deadline = _LAW.clock(
        NOTIFY, anchor=Anchor.ASSESSMENT_END, start=start, period=CalendarDays(n=3)
    )
    text = (
        "Once the organisation assesses the breach notifiable, it notifies the Commission as "
        "soon as practicable and no later than 3 calendar days after the day of the "
        "assessment (that day not counted; the period ends at midnight, Singapore time), in "
        "the form the Commission requires."
    )
    rule = Reason.rule(text, (pdpa("26D", "(1)"), pdpa("26D", "(4)")))
    return _LAW.owed_if(
        NOTIFY,
        incident,
        found.notifiable,
        rule,
        *found.reasons,
        deadline=deadline,
        missing=found.missing_facts,
        recipients=(PDPC_ID,),
    )


_PRESCRIBED: Final[tuple[_national.Point, ...]] = (
    ("aware", "When and how the organisation first became aware of the breach", lambda i: i.timeline.controller_aware_at is not None),
    ("how", "How the breach occurred", lambda i: bool(i.cause.vectors) or bool(i.effects.types)),
    ("number", "The number of affected individuals", lambda i: i.total_subjects.known),
    ("data", "The personal data or classes of personal data affected", lambda i: bool(i.data)),
    ("harm", "The potential harm to the affected individuals", lambda i: bool(i.consequences)),
    ("actions", "The remedial actions taken or to be taken", lambda i: bool(i.measures.subsequent)),
    ("individuals", "Whether the individuals are or will be notified, and if not, why", lambda i: bool(i.timeline.subject_communications)),
    ("contact", "Contact details of an authorised representative", lambda i: i.controller.contact is not None),
)  # fmt: skip
"""Reg. 5(1), item by item (list from memory, not verified)."""


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Reg. 5(1): what the notification to the PDPC includes (list from memory, not verified)."""
    return _national.points(incident, "sg_pdpa.content", lambda _n: regs("reg. 5(1)"), _PRESCRIBED)


def content(incident: Incident, notify: Determination) -> Determination:
    """Section 26D(3): the notification contains the prescribed information, as then known."""
    text = (
        "The notification contains the prescribed information, to the best of the "
        "organisation's knowledge and belief when it notifies."
    )
    reason = Reason.rule(text, _LAW.book[CONTENT].basis)
    return _LAW.content(CONTENT, notify, incident, reason, content_items)


def _individual_bar(incident: Incident) -> Reason | None:
    """An exception of s. 26D(5) or a prohibition of s. 26D(6), if one applies."""
    if _national.answer(incident, REGIME_ID, "law_enforcement_instruction"):
        text = "A prescribed law enforcement agency instructed the organisation not to notify the individuals: it must not."
        return Reason.exception_applied(text, (pdpa("26D", "(6)(a)"),))
    if _national.answer(incident, REGIME_ID, "pdpc_direction"):
        text = (
            "The Commission directed the organisation not to notify the individuals (or waived it)."
        )
        return Reason.exception_applied(text, (pdpa("26D", "(6)(b)"), pdpa("26D", "(7)")))
    if _national.answer(incident, REGIME_ID, "remedial_action"):
        text = (
            "Action taken after the assessment makes significant harm to the individuals unlikely."
        )
        return Reason.exception_applied(text, (pdpa("26D", "(5)(a)"),))
    enc = incident.measures.encryption
    if enc is not None and enc.renders_unintelligible:
        text = "A technological measure in place before the breach (encryption, key safe) makes significant harm unlikely."
        return Reason.exception_applied(text, (pdpa("26D", "(5)(b)"),))
    return None


def inform_individuals(
    incident: Incident, found: Notifiable, notify: Determination
) -> Determination:
    """Section 26D(2), (5), (6): the affected individuals, on or after notifying the PDPC."""
    text = (
        "On or after notifying the Commission, the organisation notifies each affected "
        "individual of a breach that results or is likely to result in significant harm, in "
        "any manner reasonable in the circumstances; a breach notifiable for its scale alone "
        "need not be notified to the individuals."
    )
    rule = Reason.rule(text, (pdpa("26D", "(2)"),))
    deadline = _LAW.after(incident, INFORM, notice=NOTIFY, cite=pdpa("26D", "(2)"))
    if notify.outcome is not Outcome.REQUIRED:
        missing = notify.missing_facts
        return _LAW.decide(INFORM, incident, notify.outcome, rule, *found.reasons, missing=missing)
    return _LAW.owed_if(
        INFORM,
        incident,
        found.harm,
        rule,
        *found.reasons,
        lifted=_individual_bar(incident),
        deadline=deadline,
        missing=found.harm_missing,
        recipients=("affected_individuals",),
    )


def determinations(incident: Incident, found: Notifiable) -> tuple[Determination, ...]:
    """Every Part 6A determination: assessment, the PDPC, its content, the individuals."""
    return _LAW.within(applicability(incident), incident, lambda: _owed(incident, found))


def _owed(incident: Incident, found: Notifiable) -> tuple[Determination, ...]:
    notify = notify_pdpc(incident, found)
    return (
        assess(incident),
        notify,
        content(incident, notify),
        inform_individuals(incident, found, notify),
    )
