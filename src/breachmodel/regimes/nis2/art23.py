"""NIS2 Art. 23: significant incidents, the staged reports to the CSIRT, service recipients.

Sources read: Art. 23(1), (3) and
(4) of Directive (EU) 2022/2555 as reproduced at nis2-info.eu and quoted from the Official
Journal by docs.modulos.ai. The significance of incidents of the digital entities of
Implementing Regulation (EU) 2024/2690 is in :mod:`breachmodel.regimes.nis2.ir2690`. The one-month final report runs from the
submission of the incident notification (Art. 23(4)(d)).
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from attrs import frozen

from breachmodel.citations import Citation, cite
from breachmodel.clocks import Anchor, Deadline, Hours, Months
from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import Classification, Incident, ServiceImpact
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes import _content, _sector
from breachmodel.regimes._base import Applicability
from breachmodel.regimes.nis2 import ir2690
from breachmodel.regimes.nis2.authority import csirt
from breachmodel.regimes.nis2.ir2690 import ENTITY_CRITERIA
from breachmodel.regimes.nis2.scope import ENTITY_TYPES

__all__ = [
    "CONTENT",
    "EARLY_WARNING",
    "FINAL_REPORT",
    "INFORM_RECIPIENTS",
    "INTERMEDIATE_REPORT",
    "KEYS",
    "NOTIFICATION",
    "RELEVANT_DIGITAL_ENTITIES",
    "TRUST_SERVICES",
    "Significance",
    "determinations",
    "significance",
]

_ID = "nis2"
EARLY_WARNING = "nis2.art23.early_warning"
NOTIFICATION = "nis2.art23.incident_notification"
INTERMEDIATE_REPORT = "nis2.art23.intermediate_report"
FINAL_REPORT = "nis2.art23.final_report"
INFORM_RECIPIENTS = "nis2.art23.inform_recipients"

KEYS: Final = {
    EARLY_WARNING: ObligationKey(_ID, Duty.EARLY_WARNING, "csirt"),
    NOTIFICATION: ObligationKey(_ID, Duty.NOTIFY_AUTHORITY, "csirt"),
    INTERMEDIATE_REPORT: ObligationKey(_ID, Duty.INTERMEDIATE_REPORT, "csirt"),
    FINAL_REPORT: ObligationKey(_ID, Duty.FINAL_REPORT, "csirt"),
    INFORM_RECIPIENTS: ObligationKey(_ID, Duty.INFORM_INDIVIDUALS, "service_recipients"),
}
"""Each NIS2 determination's obligation key."""

RELEVANT_DIGITAL_ENTITIES: Final = frozenset(ENTITY_CRITERIA)
"""The entity types (``Classification.sector``) whose significant incidents Implementing
Regulation (EU) 2024/2690 specifies (its Art. 1, with Art. 23(11) NIS2)."""

TRUST_SERVICES: Final = frozenset({"trust_service_provider", "qualified_trust_service_provider"})
"""The entity types that notify within 24 hours (Art. 23(4)(b), second sentence)."""


def art23(paragraph: int, point: str | None = None) -> Citation:
    """Cite Art. 23 NIS2."""
    return cite("nis2", 23, paragraph, point)


@frozen(kw_only=True)
class Significance:
    """Whether the incident is significant (Art. 23(3)), why, and what is missing.

    ``kind`` and ``title`` let the views show it as an analysis of the NIS2 regime.
    """

    significant: bool | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    kind: str = "significance"
    title: str = "Significant incident (NIS2 Art. 23(3))"


_QUESTIONS: Final = (
    (
        "severe_disruption",
        "Has the incident caused, or can it cause, severe operational disruption of the "
        "services or financial loss for the entity?",
    ),
    (
        "considerable_damage",
        "Has it affected, or can it affect, other persons by causing considerable material "
        "or non-material damage?",
    ),
)


def significance(incident: Incident, classification: Classification | None) -> Significance:
    """Art. 23(3): severe disruption or financial loss, or considerable damage to others."""
    impact = incident.service_impact or ServiceImpact()
    if classification is not None and classification.sector in RELEVANT_DIGITAL_ENTITIES:
        label = ENTITY_TYPES[classification.sector].label
        found, reasons, missing = ir2690.significance(incident, classification.sector, label)
        return Significance(significant=found, reasons=reasons, missing_facts=missing)
    values = {"severe_disruption": impact.severe_disruption}
    values["considerable_damage"] = impact.considerable_damage
    if any(values.values()):
        met = " and ".join(k.replace("_", " ") for k, v in values.items() if v)
        reason = Reason(
            kind=ReasonKind.FACT,
            text=f"The incident is significant: {met} (the entity's assessment).",
            citations=(art23(3, "a") if values["severe_disruption"] else art23(3, "b"),),
        )
        return Significance(significant=True, reasons=(reason,))
    unknown = [(f, q) for f, q in _QUESTIONS if values[f] is None]
    if unknown:
        reason = Reason(
            kind=ReasonKind.MISSING,
            text="Whether the incident is significant is not recorded.",
            citations=(art23(3),),
        )
        return Significance(
            significant=None, reasons=(reason,), missing_facts=_sector.unknown_impact(unknown)
        )
    reason = Reason(
        kind=ReasonKind.FACT,
        text="Neither severe disruption or financial loss nor considerable damage to others: "
        "the incident is not significant.",
        citations=(art23(3),),
    )
    return Significance(significant=False, reasons=(reason,))


@frozen(kw_only=True)
class _Facts:
    """What every Art. 23 determination reads."""

    incident: Incident
    significance: Significance
    state: str | None
    recipients: tuple[str, ...]
    routing: tuple[Reason, ...]
    trust_service: bool


def _report(
    facts: _Facts,
    det_id: str,
    *,
    title: str,
    basis: Citation,
    deadline: Deadline | None,
    extra: tuple[Reason, ...] = (),
) -> Determination:
    sig = facts.significance
    route = (facts.recipients, facts.routing)
    finding = _sector.Finding.of(sig.significant, sig, facts.incident, route)
    return _sector.staged_report(finding, det_id, KEYS[det_id], title, (basis,), deadline, extra)


def _hours(facts: _Facts, det_id: str, label: str, hours: int, cites: Citation) -> Deadline:
    return _sector.clock(
        rule_id=det_id,
        label=label,
        anchor=Anchor.AWARENESS,
        start=_sector.aware_at(facts.incident),
        period=Hours(n=hours),
        state=facts.state,
        citations=(cites,),
    )


_POINTS: Final = {EARLY_WARNING: art23(4, "a"), NOTIFICATION: art23(4, "b")}
"""The point of Art. 23(4) that sets each of the first two reports."""


def _ruled(
    facts: _Facts, det_id: str, title: str, deadline: Deadline | None, text: str
) -> Determination:
    """A report whose clock ``deadline`` is set by the point of Art. 23(4) that ``text`` reads."""
    basis = _POINTS[det_id]
    note = Reason(kind=ReasonKind.RULE, text=text, citations=(basis,))
    return _report(facts, det_id, title=title, basis=basis, deadline=deadline, extra=(note,))


def _early_warning(facts: _Facts) -> Determination:
    deadline = _hours(facts, EARLY_WARNING, "NIS2 early warning within 24 hours", 24, art23(4, "a"))
    text = (
        "Without undue delay and within 24 hours of becoming aware of the significant "
        "incident: say whether unlawful or malicious acts are suspected and whether it may "
        "have a cross-border impact."
    )
    return _ruled(facts, EARLY_WARNING, "Early warning to the CSIRT", deadline, text)


def _notification(facts: _Facts) -> Determination:
    hours = 24 if facts.trust_service else 72
    label = f"NIS2 incident notification within {hours} hours"
    deadline = _hours(facts, NOTIFICATION, label, hours, art23(4, "b"))
    text = (
        "A trust service provider notifies significant incidents affecting its trust "
        "services within 24 hours of becoming aware of them."
        if facts.trust_service
        else "Within 72 hours of becoming aware: update the early warning with an initial "
        "assessment (severity, impact, indicators of compromise where available)."
    )
    return _ruled(facts, NOTIFICATION, "Incident notification to the CSIRT", deadline, text)


def _intermediate(facts: _Facts) -> Determination:
    reason = Reason(
        kind=ReasonKind.RULE,
        text="An intermediate report is owed only when the CSIRT or competent authority asks "
        "for one; no request is recorded.",
        citations=(art23(4, "c"),),
    )
    return _sector.determination(
        det_id=INTERMEDIATE_REPORT,
        title="Intermediate report on request",
        key=KEYS[INTERMEDIATE_REPORT],
        outcome=Outcome.NOT_REQUIRED,
        basis=(art23(4, "c"),),
        reasons=(reason,),
    )


def _final(facts: _Facts) -> Determination:
    notified: datetime | None = _sector.first_filed(facts.incident, KEYS[NOTIFICATION])
    deadline = _sector.clock(
        rule_id=FINAL_REPORT,
        label="NIS2 final report within one month of the incident notification",
        anchor=Anchor.EARLIER_FILING,
        start=notified,
        period=Months(n=1),
        state=facts.state,
        citations=(art23(4, "d"),),
    )
    note = Reason(
        kind=ReasonKind.RULE,
        text="One month after the incident notification: a detailed description, the type "
        "of threat or root cause, the mitigation measures and any cross-border impact; if the "
        "incident is still ongoing then, a progress report, and the final report within one "
        "month of its handling (Art. 23(4)(e)). The month is counted without moving to a "
        "working day (encoding note E3; national law may say otherwise).",
        citations=(art23(4, "d"), art23(4, "e")),
    )
    return _report(
        facts,
        FINAL_REPORT,
        title="Final report to the CSIRT",
        basis=art23(4, "d"),
        deadline=deadline,
        extra=(note,),
    )


def _inform(facts: _Facts) -> Determination:
    sig = facts.significance
    impact = facts.incident.service_impact or ServiceImpact()
    affects = impact.severe_disruption
    found: bool | None = False if sig.significant is False else (sig.significant and affects)
    if sig.significant and affects is None:
        found = None
    missing = sig.missing_facts or _sector.unknown_impact([_QUESTIONS[0]])
    reason = Reason(
        kind=ReasonKind.RULE,
        text="Where appropriate, the recipients of the services are told without undue delay "
        "of a significant incident likely to adversely affect the provision of those "
        "services (no fixed time limit).",
        citations=(art23(1),),
    )
    return _sector.determination(
        det_id=INFORM_RECIPIENTS,
        title="Inform the recipients of the services",
        key=KEYS[INFORM_RECIPIENTS],
        outcome=_sector.outcome_of(found),
        basis=(art23(1),),
        reasons=(*sig.reasons, reason),
        missing=missing,
        recipients=("service_recipients",) if found else (),
    )


def determinations(
    incident: Incident, classification: Classification | None, scope: Applicability | None = None
) -> tuple[tuple[Determination, ...], Significance]:
    """Every Art. 23 obligation for the incident, and the significance analysis.

    ``scope``: the regime's applicability; while it is undetermined, so are the reports.
    """
    state = _sector.country(incident, classification)
    recipients, routing = csirt(state)
    found = significance(incident, classification)
    facts = _Facts(
        incident=incident,
        significance=_sector.scoped(found, "significant", scope),
        state=state,
        recipients=recipients,
        routing=routing,
        trust_service=classification is not None and classification.sector in TRUST_SERVICES,
    )
    dets = (
        _early_warning(facts),
        _notification(facts),
        _intermediate(facts),
        _final(facts),
        _inform(facts),
    )
    return dets, found


def _cross_border(incident: Incident) -> bool:
    return _content.impact(incident).member_states_affected is not None


CONTENT: Final[tuple[_content.Item, ...]] = (
    (
        "nis2.23.4.a.malicious",
        "Early warning: whether unlawful or malicious acts are suspected",
        art23(4, "a"),
        lambda i: i.cause.intent.value != "unknown",
        False,
    ),
    (
        "nis2.23.4.a.cross_border",
        "Early warning: whether a cross-border impact is possible",
        art23(4, "a"),
        _cross_border,
        False,
    ),
    (
        "nis2.23.4.b.assessment",
        "Notification: initial assessment of the incident, its severity and impact",
        art23(4, "b"),
        lambda i: _content.impact(i).severe_disruption is not None,
        False,
    ),
    (
        "nis2.23.4.b.ioc",
        "Notification: indicators of compromise, where available",
        art23(4, "b"),
        lambda i: False,
        True,
    ),
    (
        "nis2.23.4.d.description",
        "Final report: detailed description, severity and impact",
        art23(
            4,
            "d",
        ),
        lambda i: bool(i.description.strip()),
        True,
    ),
    (
        "nis2.23.4.d.cause",
        "Final report: type of threat or root cause",
        art23(4, "d"),
        lambda i: bool(i.cause.vectors),
        True,
    ),
    (
        "nis2.23.4.d.mitigation",
        "Final report: applied and ongoing mitigation measures",
        art23(4, "d"),
        lambda i: bool(i.measures.subsequent),
        True,
    ),
    (
        "nis2.23.4.d.cross_border",
        "Final report: cross-border impact, where applicable",
        art23(4, "d"),
        _cross_border,
        True,
    ),
)
"""What the NIS2 reports must contain (Art. 23(4)(a), (b) and (d))."""
