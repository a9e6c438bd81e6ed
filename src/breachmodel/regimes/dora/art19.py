"""DORA Art. 19: reporting a major ICT-related incident, and informing clients.

Time limits: Art. 5(1) of Delegated Regulation (EU) 2025/301, read in its Official Journal
text as reproduced by springlex.eu (OJ L, 2025/301): the initial notification within four
hours of classifying the incident as major and no later than 24 hours after becoming aware
of it; the intermediate report within 72 hours of the initial notification; the final
report no later than one month after the (latest updated) intermediate report. The initial
notification of an incident classified as major only after those 24 hours is due four
hours after classification (Art. 5(2), read in a verbatim quotation of the Official Journal
in public compliance material; first taken from the draft, dora-info.eu, Art. 6(2)). The weekend and bank-holiday relief (Art. 5(4)-(6):
submission by 12:00 of the next working day of any of the three reports; not for the
initial notification and intermediate report of credit institutions, central
counterparties, operators of trading venues and entities identified as essential or
important under NIS2) rests on quotations of the text in public compliance material, not
on the Official Journal itself, and is off unless :attr:`DoraOptions.weekend_relief` is set.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Final

import attrs
from attrs import frozen

from breachmodel.citations import Citation, cite
from breachmodel.clocks import Anchor, Deadline, HolidayCalendar, Hours, Months, roll_forward
from breachmodel.clocks._local import zone
from breachmodel.determination import Determination, Outcome, Reason, ReasonKind
from breachmodel.model import Classification, Incident, ServiceImpact
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes import _content, _sector
from breachmodel.regimes._base import Applicability
from breachmodel.regimes._findings import answer
from breachmodel.regimes.dora.authority import competent_authority
from breachmodel.regimes.dora.classification import MajorIncident, classify, recurring

__all__ = [
    "CONTENT",
    "FINAL_REPORT",
    "FINDINGS",
    "INFORM_CLIENTS",
    "INITIAL_NOTIFICATION",
    "INTERMEDIATE_REPORT",
    "KEYS",
    "NO_RELIEF",
    "VOLUNTARY_THREAT",
    "DoraOptions",
    "determinations",
    "relieved",
]

_ID = "dora"
INITIAL_NOTIFICATION = "dora.art19.initial_notification"
INTERMEDIATE_REPORT = "dora.art19.intermediate_report"
FINAL_REPORT = "dora.art19.final_report"
INFORM_CLIENTS = "dora.art19.inform_clients"
VOLUNTARY_THREAT = "dora.art19.voluntary_threat_notification"

KEYS: Final = {
    INITIAL_NOTIFICATION: ObligationKey(_ID, Duty.NOTIFY_AUTHORITY, "competent_authority"),
    INTERMEDIATE_REPORT: ObligationKey(_ID, Duty.INTERMEDIATE_REPORT, "competent_authority"),
    FINAL_REPORT: ObligationKey(_ID, Duty.FINAL_REPORT, "competent_authority"),
    INFORM_CLIENTS: ObligationKey(_ID, Duty.INFORM_INDIVIDUALS, "clients"),
    VOLUNTARY_THREAT: ObligationKey(_ID, Duty.NOTIFY_AUTHORITY, "competent_authority_voluntary"),
}
"""Each DORA determination's obligation key."""

NO_RELIEF: Final = frozenset({"credit_institution", "central_counterparty", "trading_venue"})
"""Entity types whose initial notification and intermediate report the weekend relief does not
cover (Art. 5(5) of 2025/301, as quoted; with entities identified as essential or important
under NIS2). Their final report is covered."""

_NIS2_CLASSES: Final = frozenset({"essential", "important"})

_NOON: Final = time(12, 0)


@frozen(kw_only=True)
class DoraOptions:
    """How to read the DORA time limits where the text is not verified.

    Attributes:
        weekend_relief: Apply the relief of Delegated Regulation 2025/301 Art. 5(4)-(6)
            for a report falling on a weekend day or bank holiday (submission by 12:00 of the
            next working day in the entity's member state), where Art. 5(5) leaves it open.
            Off by default: the conservative deadline is given and the relieved one is
            reported as information.
    """

    weekend_relief: bool = False


def rts(article: int, paragraph: int | None = None, point: str | None = None) -> Citation:
    """Cite Delegated Regulation (EU) 2025/301."""
    return cite("dora-rts-2025-301", article, paragraph, point)


def relieved(deadline: Deadline, state: str | None) -> datetime | None:
    """The relieved due instant if ``deadline`` falls on a non-working day (else None)."""
    if deadline.due is None or state is None:
        return None
    tz = zone(deadline.timezone)
    local = deadline.due.astimezone(tz)
    calendar = HolidayCalendar(state)
    if calendar.is_working_day(local.date()):
        return None
    day = roll_forward(local.date(), calendar)
    return datetime.combine(day, _NOON, tzinfo=tz).astimezone(deadline.due.tzinfo)


@frozen(kw_only=True)
class _Facts:
    incident: Incident
    classification: Classification | None
    major: MajorIncident
    state: str | None
    recipients: tuple[str, ...]
    routing: tuple[Reason, ...]
    options: DoraOptions


def _excluded(facts: _Facts, det_id: str) -> str | None:
    """Why Art. 5(5) keeps the relief from this report, or None if it is open to it."""
    if det_id == FINAL_REPORT:
        return None
    category = None if facts.classification is None else facts.classification.category
    if category in NO_RELIEF:
        return f"not open to a {category} for this report (Art. 5(5))"
    nis2 = facts.incident.controller.classification("nis2")
    if nis2 is not None and nis2.category in _NIS2_CLASSES:
        return f"not open to an entity identified as {nis2.category} under NIS2 for this report (Art. 5(5))"
    return None


def _with_relief(
    facts: _Facts, det_id: str, deadline: Deadline
) -> tuple[Deadline, tuple[Reason, ...]]:
    """Art. 5(4)-(6): a report due on a weekend day or bank holiday, by noon the next working day."""
    later = relieved(deadline, facts.state)
    if later is None:
        return deadline, ()
    shown = later.astimezone(zone(deadline.timezone)).strftime("%A %-d %B %Y, %H:%M %Z")
    citations = (rts(5, 4), rts(5, 5), rts(5, 6))
    excluded = _excluded(facts, det_id)
    caveat = (
        "the relief is read in quotations of Art. 5(4)-(6), not verified against the Official "
        "Journal, and a competent authority may exclude further entities (Art. 5(6))"
    )
    if facts.options.weekend_relief and excluded is None:
        text = (
            f"The time limit falls on a weekend day or bank holiday: the report may be made "
            f"by 12:00 on the next working day, {shown} (weekend_relief option; {caveat})."
        )
        moved = attrs.evolve(deadline, due=later, explanation=(*deadline.explanation, text))
        return moved, (Reason(kind=ReasonKind.INTERPRETATION, text=text, citations=citations),)
    why = excluded or "not applied (weekend_relief option off)"
    text = (
        f"The time limit falls on a weekend day or bank holiday; the relief to 12:00 on the "
        f"next working day ({shown}) is {why}; {caveat}."
    )
    return deadline, (Reason(kind=ReasonKind.INTERPRETATION, text=text, citations=citations),)


def _initial_deadline(facts: _Facts) -> tuple[Deadline, tuple[Reason, ...]]:
    """Four hours from classification, and no later than 24 hours from awareness."""
    aware = _sector.aware_at(facts.incident)
    impact = facts.incident.service_impact or ServiceImpact()
    outer = _clock(
        facts,
        INITIAL_NOTIFICATION,
        label="DORA initial notification, 24 hours from awareness",
        anchor=Anchor.AWARENESS,
        start=aware,
        period=Hours(n=24),
        citation=rts(5, 1, "a"),
    )
    if impact.classified_at is None:
        note = Reason(
            kind=ReasonKind.MISSING,
            text="When the incident was classified as major is not recorded: the outer limit "
            "(24 hours from awareness) is given; four hours from classification may be sooner.",
            citations=(rts(5, 1, "a"),),
        )
        return outer, (note,)
    inner = _clock(
        facts,
        INITIAL_NOTIFICATION,
        label="DORA initial notification, 4 hours from classification",
        anchor=Anchor.CLASSIFICATION,
        start=impact.classified_at,
        period=Hours(n=4),
        citation=rts(5, 1, "a"),
    )
    late = aware is not None and impact.classified_at > aware + timedelta(hours=24)
    if late:
        note = Reason(
            kind=ReasonKind.RULE,
            text="Classified as major only after 24 hours from awareness: the initial "
            "notification is due within four hours of the classification.",
            citations=(rts(5, 2),),
        )
        return inner, (note,)
    if outer.due is None or (inner.due is not None and inner.due <= outer.due):
        return inner, ()
    return outer, ()


def _clock(
    facts: _Facts,
    det_id: str,
    *,
    label: str,
    anchor: Anchor,
    start: datetime | None,
    period: Hours | Months,
    citation: Citation,
) -> Deadline:
    return _sector.clock(
        rule_id=det_id,
        label=label,
        anchor=anchor,
        start=start,
        period=period,
        state=facts.state,
        citations=(citation,),
    )


def _report(
    facts: _Facts,
    det_id: str,
    title: str,
    deadline: Deadline,
    notes: tuple[Reason, ...],
) -> Determination:
    major = facts.major
    route = (facts.recipients, facts.routing)
    finding = _sector.Finding.of(major.major, major, facts.incident, route)
    basis = (cite("dora", 19, 4), rts(5, 1))
    return _sector.staged_report(finding, det_id, KEYS[det_id], title, basis, deadline, notes)


def _initial(facts: _Facts) -> Determination:
    deadline, notes = _initial_deadline(facts)
    deadline, relief = _with_relief(facts, INITIAL_NOTIFICATION, deadline)
    notes = (*notes, *relief)
    rule = Reason(
        kind=ReasonKind.RULE,
        text="As early as possible, within four hours of classifying the incident as major "
        "and no later than 24 hours after becoming aware of it.",
        citations=(rts(5, 1, "a"), cite("dora", 19, 4, "a")),
    )
    notes = (rule, *notes)
    return _report(
        facts,
        INITIAL_NOTIFICATION,
        "Initial notification to the competent authority",
        deadline,
        notes,
    )


def _latest(facts: _Facts, key: ObligationKey) -> datetime | None:
    notices = _sector.filed(facts.incident, key)
    return notices[-1].at if notices else None


@frozen(kw_only=True)
class _FollowUp:
    """A report that follows the initial notification: its clock and its rule, as data."""

    title: str
    label: str
    period: Hours | Months
    citation: Citation
    article: Citation
    text: str


_INTERMEDIATE = _FollowUp(
    title="Intermediate report to the competent authority",
    label="DORA intermediate report, 72 hours from the initial notification",
    period=Hours(n=72),
    citation=rts(5, 1, "b"),
    article=cite("dora", 19, 4, "b"),
    text="Within 72 hours of the initial notification, even if nothing has changed; an "
    "updated report without undue delay, and in any case once regular activities are "
    "recovered.",
)
_FINAL = _FollowUp(
    title="Final report to the competent authority",
    label="DORA final report, one month from the latest intermediate report",
    period=Months(n=1),
    citation=rts(5, 1, "c"),
    article=cite("dora", 19, 4, "c"),
    text="No later than one month after the intermediate report or, where updated, the "
    "latest updated intermediate report (the month ends at the end of the same date of the "
    "next month, encoding note E3).",
)


def _follow_up(
    facts: _Facts, det_id: str, start: datetime | None, spec: _FollowUp
) -> Determination:
    deadline = _clock(
        facts,
        det_id,
        label=spec.label,
        anchor=Anchor.EARLIER_FILING,
        start=start,
        period=spec.period,
        citation=spec.citation,
    )
    deadline, notes = _with_relief(facts, det_id, deadline)
    rule = Reason(kind=ReasonKind.RULE, text=spec.text, citations=(spec.citation, spec.article))
    return _report(facts, det_id, spec.title, deadline, (rule, *notes))


def _intermediate(facts: _Facts) -> Determination:
    initial = _sector.first_filed(facts.incident, KEYS[INITIAL_NOTIFICATION])
    return _follow_up(facts, INTERMEDIATE_REPORT, initial, _INTERMEDIATE)


def _final(facts: _Facts) -> Determination:
    latest = _latest(facts, KEYS[INTERMEDIATE_REPORT])
    return _follow_up(facts, FINAL_REPORT, latest, _FINAL)


def _inform(facts: _Facts) -> Determination:
    major = facts.major.major
    clients = (facts.incident.service_impact or ServiceImpact()).clients_affected
    found: bool | None = major and bool(clients) if clients is not None else None
    if major is False:
        found = False
    missing = facts.major.missing_facts
    if found is None and not missing:
        missing = _sector.unknown_impact([("clients_affected", "Were clients affected?")])
    rule = Reason(
        kind=ReasonKind.RULE,
        text="Where a major incident has an impact on the financial interests of clients, "
        "they are told without undue delay of the incident and of the measures taken (read "
        "here as: clients were affected).",
        citations=(cite("dora", 19, 3),),
    )
    return _sector.determination(
        det_id=INFORM_CLIENTS,
        title="Inform the clients",
        key=KEYS[INFORM_CLIENTS],
        outcome=_sector.outcome_of(found),
        basis=(cite("dora", 19, 3),),
        reasons=(*facts.major.reasons[-1:], rule),
        missing=missing,
        recipients=("clients",) if found else (),
    )


FINDINGS: Final = {
    "counterparts_or_transactions": "Were more than 30 % of the financial counterparts, or "
    "more than 10 % of the daily average number or value of transactions of the affected "
    "service, or clients or counterparts identified as relevant, affected (Art. 9(1)(c)-(f) "
    "Delegated Regulation (EU) 2024/1772)?",
    "recurring_incidents": "Is this one of incidents that occurred at least twice within "
    "six months, with the same apparent root cause, which together meet the criteria of a "
    "major incident (Art. 8(2) Delegated Regulation (EU) 2024/1772)?",
    "significant_cyber_threat": "Has the entity identified a significant cyber threat "
    "(Art. 18(2) DORA) it may notify voluntarily (Art. 19(2))?",
}
"""The findings under ``dora`` the Art. 19 rules read (name -> question)."""


def _voluntary(facts: _Facts) -> Determination:
    """Art. 19(2): a significant cyber threat may be notified, on a voluntary basis."""
    threat = answer(facts.incident, "dora", "significant_cyber_threat")
    text = (
        "A significant cyber threat is recorded: the entity may, on a voluntary basis, notify "
        "it to the competent authority where it deems it relevant to the financial system, "
        "its clients or counterparts; nothing is owed and no time limit runs."
        if threat
        else "No significant cyber threat is recorded; where the entity identifies one, it may "
        "notify it on a voluntary basis (nothing is owed)."
    )
    reason = Reason(
        kind=ReasonKind.RULE,
        text=text + " (Art. 19(2) from memory of the text; not verified.)",
        citations=(cite("dora", 19, 2), cite("dora", 18, 2)),
    )
    return _sector.determination(
        det_id=VOLUNTARY_THREAT,
        title="Voluntary notification of a significant cyber threat",
        key=KEYS[VOLUNTARY_THREAT],
        outcome=Outcome.NOT_REQUIRED,
        basis=(cite("dora", 19, 2),),
        reasons=(reason,),
    )


def determinations(
    incident: Incident,
    classification: Classification | None,
    options: DoraOptions,
    scope: Applicability | None = None,
) -> tuple[tuple[Determination, ...], MajorIncident]:
    """Every Art. 19 obligation for the incident, and the classification analysis.

    ``scope``: the regime's applicability; while it is undetermined, so are the reports.
    """
    state = _sector.country(incident, classification)
    recipients, routing = competent_authority(state, classification)
    others = answer(incident, "dora", "counterparts_or_transactions")
    micro = classification is not None and classification.size == "micro"
    major = recurring(
        classify(incident.service_impact, others),
        answer(incident, "dora", "recurring_incidents"),
        micro=micro,
    )
    facts = _Facts(
        incident=incident,
        classification=classification,
        major=_sector.scoped(major, "major", scope),
        state=state,
        recipients=recipients,
        routing=routing,
        options=options,
    )
    dets = (_initial(facts), _intermediate(facts), _final(facts), _inform(facts), _voluntary(facts))
    return dets, major


CONTENT: Final[tuple[_content.Item, ...]] = (
    (
        "dora.initial.detected",
        "Date and time of detection and of classification",
        rts(2),
        lambda i: _content.impact(i).classified_at is not None,
        False,
    ),
    (
        "dora.initial.description",
        "Description of the incident",
        rts(2),
        lambda i: bool(i.description.strip()),
        False,
    ),
    (
        "dora.initial.criteria",
        "Classification criteria that triggered the report",
        rts(2),
        lambda i: i.service_impact is not None,
        False,
    ),
    (
        "dora.initial.member_states",
        "Member states affected, where applicable",
        rts(2),
        lambda i: _content.impact(i).member_states_affected is not None,
        False,
    ),
    (
        "dora.initial.origin",
        "How the incident was discovered and its origin, if known",
        rts(2),
        lambda i: bool(i.cause.vectors),
        True,
    ),
    (
        "dora.intermediate.impact",
        "Clients affected, duration and downtime, economic impact",
        rts(3),
        lambda i: (
            None not in (_content.impact(i).clients_affected, _content.impact(i).duration_hours)
        ),
        True,
    ),
    (
        "dora.final.root_cause",
        "Root cause, measures taken and lessons learned",
        rts(4),
        lambda i: bool(i.measures.subsequent) and bool(i.cause.vectors),
        True,
    ),
)
"""What the DORA reports contain (Delegated Regulation 2025/301 Arts. 2 to 4, with the
templates of Implementing Regulation 2025/302), summarised from the draft text and a
secondary source: not verified, and the article numbers are inferred from the final
text's order (Art. 1 general information, Art. 5 time limits)."""
