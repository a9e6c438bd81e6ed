"""Privacy Act 1988 (Cth), Part IIIC: the Notifiable Data Breaches scheme.

* **Who** (:func:`applicability`): an APP entity (an agency, or an organisation that is not
  an exempt small business operator, with an Australian link), recorded as a
  classification under ``au_privacy``; considered where people concerned live in
  Australia or the entity is established there.
* **Assess** (:func:`assess`): a suspected eligible data breach, reasonably and
  expeditiously, taking all reasonable steps to finish within 30 days (s. 26WH).
* **Statement to the Commissioner** (:func:`notify_oaic`): as soon as practicable after
  the entity becomes aware of reasonable grounds to believe there is an eligible data
  breach (s. 26WK), with the content of s. 26WK(3).
* **Individuals** (:func:`inform_individuals`, :func:`public_notice`): as soon as
  practicable after the statement is prepared, by one of the three options of
  s. 26WL(2): all individuals, those at risk, or publication when neither is practicable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from breachmodel.clocks import Anchor, CalendarDays, Deadline
from breachmodel.clocks import Duty as OpenDuty
from breachmodel.determination import Assumption, ChecklistItem, Determination, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes import _national
from breachmodel.regimes._base import Applicability
from breachmodel.regimes.au_privacy._law import OAIC_ID, OAIC_ZONE, REGIME_ID, pa
from breachmodel.regimes.au_privacy.eligible import EligibleBreach

__all__ = [
    "ASSESS",
    "INFORM",
    "KEYS",
    "NOTIFY",
    "PUBLIC",
    "STATEMENT",
    "applicability",
    "content_items",
    "determinations",
    "prefilter",
]

ASSESS: Final = "au_privacy.s26wh.assess"
NOTIFY: Final = "au_privacy.s26wk.notify_oaic"
STATEMENT: Final = "au_privacy.s26wk.statement"
INFORM: Final = "au_privacy.s26wl.inform_individuals"
PUBLIC: Final = "au_privacy.s26wl.publish"

_LAW: Final = _national.Law(zone=OAIC_ZONE, book=_national.book(REGIME_ID, {
    ASSESS: (Duty.ASSESS, "entity", "Assess the suspected eligible data breach within 30 days (Privacy Act)", (pa("26WH", "(2)"),)),
    NOTIFY: (Duty.NOTIFY_AUTHORITY, "oaic", "Give the statement to the Commissioner (OAIC) (Privacy Act)", (pa("26WK", "(2)"),)),
    STATEMENT: (Duty.CONTENT, "oaic", "Content of the statement (Privacy Act)", (pa("26WK", "(3)"),)),
    INFORM: (Duty.INFORM_INDIVIDUALS, "individuals", "Notify the individuals (Privacy Act)", (pa("26WL", "(2)(a)"), pa("26WL", "(2)(b)"))),
    PUBLIC: (Duty.PUBLIC_NOTICE, "public", "Publish the statement and publicise it (Privacy Act)", (pa("26WL", "(2)(c)"),)),
}))  # fmt: skip
"""Each determination's obligation (duty, recipient, title, legal basis), in Sydney time."""

KEYS: Final = _LAW.keys
"""Each determination's obligation key."""

IN_SCOPE: Final = frozenset({"app_entity", "agency", "organisation"})
"""Classification categories under ``au_privacy`` that Part IIIC reaches."""

_KINDS: Final = {
    "app_entity": "an APP entity",
    "agency": "an agency",
    "organisation": "an organisation",
}
"""The categories in words, as a reason names them."""

_TERRITORY: Final = _national.Territory(
    regime=REGIME_ID,
    country="AU",
    name="Australia",
    law="the Privacy Act 1988",
    citation=pa("26WE"),
)

_APP_QUESTION: Final = (
    "Is the organisation an APP entity under the Privacy Act 1988 (an agency, or an "
    "organisation that is not an exempt small business operator, i.e. with annual turnover "
    "over A$3 million or otherwise covered, and with an Australian link)? Record it as a "
    "classification with scheme 'au_privacy' (category 'app_entity' or 'not_app_entity')."
)


prefilter: Final = _national.quick(_TERRITORY)
"""Not applicable, at once, with no one counted in Australia and no establishment there."""


def applicability(incident: Incident) -> Applicability:
    """An APP entity's breach, where people in Australia or an Australian establishment."""
    return _national.territorial(incident, _TERRITORY, _app_entity)


def _app_entity(incident: Incident, where: str) -> Applicability:
    found = incident.controller.classification(REGIME_ID)
    if found is None:
        missing = (_national.unclassified(_APP_QUESTION),)
        text = f"{where} Whether the organisation is an APP entity is not recorded."
        return _national.undetermined(_TERRITORY, text, missing)
    kind = _KINDS.get(found.category, found.category.replace("_", " "))
    label = f"The organisation is classified as {kind} (source: {found.source})."
    if found.category in IN_SCOPE:
        return _national.applicable(_TERRITORY, f"{where} {label}")
    return _national.not_applicable(_TERRITORY, label)


def _finding_at(incident: Incident, fact: str) -> datetime | None:
    found = incident.finding(REGIME_ID, fact)
    return None if found is None else found.at


def _suspected(incident: Incident) -> tuple[datetime | None, tuple[Assumption, ...]]:
    """When the entity became aware of grounds to suspect (the finding, else detection)."""
    at = _finding_at(incident, "suspected")
    if at is not None:
        return at, ()
    t = incident.timeline
    fallback = t.detected_at or t.controller_aware_at
    if fallback is None:
        return None, ()
    assumed = Assumption(
        path=_national.finding_path(REGIME_ID, "suspected"),
        assumed="the entity had reasonable grounds to suspect an eligible data breach when "
        "the incident was detected (or, failing that, when it became aware of it)",
        why="no later date is recorded; the earlier reading keeps the 30 days from running late",
    )
    return fallback, (assumed,)


def _harm_at(incident: Incident) -> datetime | None:
    """When the entity concluded its assessment (the serious-harm finding's instant)."""
    found = incident.finding(REGIME_ID, "serious_harm_likely")
    return None if found is None or found.answer is None else found.at


def assess(incident: Incident) -> Determination:
    """Section 26WH: assess a suspected eligible data breach within 30 days."""
    start, assumed = _suspected(incident)
    label = "Finish the assessment within 30 days"
    deadline = _LAW.clock(
        ASSESS, anchor=Anchor.AWARENESS, start=start, period=CalendarDays(n=30), label=label
    )
    text = (
        "Once aware of reasonable grounds to suspect an eligible data breach, the entity "
        "carries out a reasonable and expeditious assessment of whether there are reasonable "
        "grounds to believe there is one, and takes all reasonable steps to finish it within "
        "30 days (counted here from the day after it became so aware, to the end of the 30th "
        "day in Sydney). The assessment is done when its conclusion is recorded."
    )
    reason = Reason.rule(text, (pa("26WH", "(1)"), pa("26WH", "(2)")))
    return _LAW.assessment(
        ASSESS,
        incident,
        reason,
        deadline=deadline,
        done=_harm_at(incident),
        assumptions=assumed,
    )


def _declaration(incident: Incident) -> tuple[str | None, Reason | None]:
    found = incident.finding(REGIME_ID, "commissioner_declaration")
    if found is None or found.value not in ("exempt", "extend"):
        return None, None
    cite = (pa("26WQ", "(1)"),)
    if found.value == "exempt":
        text = "The Commissioner declared that ss. 26WK and 26WL do not apply to this breach."
        return found.value, Reason.exception_applied(text, cite)
    until = "" if found.until is None else f" until {found.until.isoformat()}"
    text = f"The Commissioner extended the time to notify individuals{until}."
    return found.value, Reason.fact(text, cite)


def _other_entity(incident: Incident) -> Reason | None:
    if _national.answer(incident, REGIME_ID, "other_entity_notified") is not True:
        return None
    text = (
        "Another entity holding the same information has given the statement and notified "
        "for this breach: this entity need not do so again."
    )
    return Reason.exception_applied(text, (pa("26WM"),))


def _excepted(incident: Incident) -> Reason | None:
    """An exception that lifts both the statement and the notification, if any."""
    value, declared = _declaration(incident)
    if value == "exempt":
        return declared
    return _other_entity(incident)


def notify_oaic(incident: Incident, eligible: EligibleBreach) -> Determination:
    """Section 26WK: prepare the statement and give it to the Commissioner as soon as practicable."""
    rule = Reason.rule(
        (
            "Once aware of reasonable grounds to believe there has been an eligible data "
            "breach, the entity prepares a statement and gives a copy to the Commissioner "
            "(the OAIC) as soon as practicable."
        ),
        (pa("26WK", "(1)"), pa("26WK", "(2)")),
    )
    deadline = _LAW.open_clock(
        NOTIFY,
        anchor=Anchor.DETERMINATION,
        start=_harm_at(incident),
        duty=OpenDuty.AS_SOON_AS_PRACTICABLE,
        cite=pa("26WK", "(2)(b)"),
    )
    return _LAW.owed_if(
        NOTIFY,
        incident,
        eligible.eligible,
        rule,
        *eligible.reasons,
        lifted=_excepted(incident),
        deadline=deadline,
        missing=eligible.missing_facts,
        recipients=(OAIC_ID,),
    )


_STATEMENT: Final[tuple[_national.Point, ...]] = (
    ("a", "The identity and contact details of the entity", lambda i: i.controller.contact is not None),
    ("b", "A description of the eligible data breach", lambda i: bool(i.effects.types)),
    ("c", "The kind or kinds of information concerned", lambda i: bool(i.data)),
    ("d", "Recommendations about the steps individuals should take in response", lambda i: bool(i.consequences)),
)  # fmt: skip
"""Section 26WK(3)(a)-(d), point by point."""


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Section 26WK(3): what the statement sets out (individuals receive its contents)."""
    return _national.points(
        incident, "au_privacy.statement", lambda p: pa("26WK", f"(3)({p})"), _STATEMENT
    )


def statement(incident: Incident, notify: Determination) -> Determination:
    """Section 26WK(3): the statement's content."""
    text = (
        "The statement sets out the entity's identity and contact details, a description of "
        "the breach, the kinds of information concerned and recommendations to individuals; "
        "it may also name other entities whose breach it is."
    )
    cites = (pa("26WK", "(3)"), pa("26WK", "(4)"))
    return _LAW.content(STATEMENT, notify, incident, Reason.rule(text, cites), content_items)


def _practicable(incident: Incident) -> bool:
    """Whether notifying individuals (all, or those at risk) is practicable (s. 26WL(2))."""
    c = incident.contact
    return c.contact_details_available is not False and c.disproportionate_effort is not True


def _after_statement(incident: Incident, det_id: str) -> Deadline:
    """As soon as practicable after the statement is prepared (dated by its filing)."""
    return _LAW.after(incident, det_id, notice=NOTIFY, cite=pa("26WL", "(3)"))


def _individual_exceptions(incident: Incident) -> tuple[Reason | None, Reason | None]:
    """(an exception that lifts the notification, a note on the time) for individuals."""
    value, declared = _declaration(incident)
    if _national.answer(incident, REGIME_ID, "enforcement_related") is True:
        text = (
            "The chief executive officer of an enforcement body certified that notifying "
            "individuals would be likely to prejudice an enforcement related activity "
            "(s. 26WN; read in a secondary source, not verified)."
        )
        return Reason.exception_applied(text, (pa("26WN"),)), None
    return None, declared if value == "extend" else None


_OPTIONS_TEXT: Final = (
    "As soon as practicable after preparing the statement, the entity notifies its contents "
    "to every individual concerned or to those at risk, where that is practicable, by its "
    "usual means of communication with them; where neither is practicable, it publishes "
    "the statement on its website and takes reasonable steps to publicise it."
)


def inform_individuals(incident: Incident, notify: Determination) -> Determination:
    """Section 26WL(2)(a)-(b): notify every individual concerned, or those at risk."""
    if notify.outcome is not Outcome.REQUIRED:
        return _national.dependent(_LAW.book, det_id=INFORM, on=notify, incident=incident)
    rule = Reason.rule(_OPTIONS_TEXT, (pa("26WL", "(2)"), pa("26WL", "(4)")))
    lifted, note = _individual_exceptions(incident)
    outcome, reasons = Outcome.REQUIRED, [rule, *([note] if note else [])]
    if lifted is not None:
        outcome = Outcome.NOT_REQUIRED
        reasons.append(lifted)
    elif not _practicable(incident):
        outcome = Outcome.NOT_REQUIRED
        text = "Notifying the individuals is not practicable: the statement is published instead."
        reasons.append(Reason.fact(text, (pa("26WL", "(2)(c)"),)))
    deadline = _after_statement(incident, INFORM)
    return _LAW.decide(
        INFORM, incident, outcome, *reasons, deadline=deadline, recipients=("individuals",)
    )


def public_notice(incident: Incident, notify: Determination) -> Determination:
    """Section 26WL(2)(c): publish and publicise the statement where notifying is not practicable."""
    if notify.outcome is not Outcome.REQUIRED:
        return _national.dependent(_LAW.book, det_id=PUBLIC, on=notify, incident=incident)
    rule = Reason.rule(_OPTIONS_TEXT, (pa("26WL", "(2)"),))
    lifted, _note = _individual_exceptions(incident)
    needed = lifted is None and not _practicable(incident)
    text = (
        "Notifying the individuals is not practicable: publish the statement and publicise it."
        if needed
        else "Not needed while the individuals can be notified directly."
    )
    fact = Reason.fact(text, (pa("26WL", "(2)(c)"),))
    outcome = Outcome.REQUIRED if needed else Outcome.NOT_REQUIRED
    reasons = (rule, fact, *((lifted,) if lifted else ()))
    deadline = _after_statement(incident, PUBLIC)
    return _LAW.decide(
        PUBLIC, incident, outcome, *reasons, deadline=deadline, recipients=("public",)
    )


def determinations(incident: Incident, eligible: EligibleBreach) -> tuple[Determination, ...]:
    """Every Part IIIC determination: assessment, statement, its content, individuals, publication."""
    return _LAW.within(applicability(incident), incident, lambda: _owed(incident, eligible))


def _owed(incident: Incident, eligible: EligibleBreach) -> tuple[Determination, ...]:
    notify = notify_oaic(incident, eligible)
    return (
        assess(incident),
        notify,
        statement(incident, notify),
        inform_individuals(incident, notify),
        public_notice(incident, notify),
    )
