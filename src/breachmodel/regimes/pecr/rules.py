"""PECR reg. 5A: a public electronic communications service's personal data breach.

* **Who** (:func:`applicability`): a provider of a public electronic communications service
  (``controller.public_ecomms_provider``) in the UK, for a breach in connection with that
  service (``ecomms_service``). For such a breach reg. 5A takes the place of Art. 33 UK
  GDPR (Art. 95 UK GDPR; the ICO's guide says the same): recorded as an :class:`Overlap`.
* **Notify the ICO** (:func:`notify_ico`): every breach, no risk threshold; within the
  period in force when the breach was detected (:data:`~._law.NOTICE_PERIODS`).
* **Content** (:func:`notice_content`): the ICO's list for the initial notice, the rest of
  Annex I of Reg. 611/2013 in a second notice.
* **Tell subscribers and users** (:func:`inform_subscribers`): when the breach is likely to
  adversely affect their personal data or privacy, unless the data was unintelligible.
* **Breach inventory** (:func:`inventory`): every breach (reg. 5A(8)).

The ePrivacy regime's rule functions (Reg. 611/2013 in the EU) are not reused: its
authority is chosen per Member State and its clock is the EU's 24 hours, where PECR has one
authority and a dated period; only the shared risk analysis is.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from breachmodel.authorities import IP_COMPLETION_DAY
from breachmodel.citations import Citation, gdpr, reg_611_2013
from breachmodel.clocks import Anchor, Check, DeadlineRule, Filed, Hours, compute_deadline
from breachmodel.determination import (
    ChecklistItem,
    Determination,
    MissingFact,
    Outcome,
    Reason,
)
from breachmodel.model import Incident, NoticeKind, RiskLevel
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes.eprivacy._cite import directive
from breachmodel.regimes.eprivacy.authorities import national_authority
from breachmodel.regimes.eprivacy.keys import NOTIFY_AUTHORITY as EPRIVACY_NOTIFY
from breachmodel.regimes.eprivacy.scope import in_service
from breachmodel.regimes.gdpr.risk import RiskAnalysis
from breachmodel.regimes.pecr._law import (
    ICO_PECR_BREACHES,
    NOTICE_PERIODS,
    NoticePeriod,
    pecr,
    period_at,
    reg_611,
)
from breachmodel.regimes.uk_gdpr._law import ICO_ID, ico, uk_gdpr
from breachmodel.regimes.uk_gdpr.scope import in_uk

__all__ = [
    "INFORM_SUBSCRIBERS",
    "INVENTORY",
    "NOTICE_CONTENT",
    "NOTIFY_ICO",
    "REGIME_ID",
    "applicability",
    "detected",
    "inform_subscribers",
    "inventory",
    "notice_content",
    "notify_ico",
    "same_duties",
]

REGIME_ID = "pecr"
NOTIFY_ICO = "pecr.reg5a.notify_ico"
NOTICE_CONTENT = "pecr.reg5a.notice_content"
INFORM_SUBSCRIBERS = "pecr.reg5a.inform_subscribers"
INVENTORY = "pecr.reg5a.inventory"

KEYS = {
    NOTIFY_ICO: ObligationKey(REGIME_ID, Duty.NOTIFY_AUTHORITY, "competent_authority"),
    NOTICE_CONTENT: ObligationKey(REGIME_ID, Duty.CONTENT, "competent_authority"),
    INFORM_SUBSCRIBERS: ObligationKey(REGIME_ID, Duty.INFORM_INDIVIDUALS, "subscribers"),
    INVENTORY: ObligationKey(REGIME_ID, Duty.RECORD, "register"),
}
"""Each determination's obligation key."""

_BASIS = {
    NOTIFY_ICO: pecr("reg. 5A(2)"),
    NOTICE_CONTENT: pecr("reg. 5A(4)"),
    INFORM_SUBSCRIBERS: pecr("reg. 5A(3)"),
    INVENTORY: pecr("reg. 5A(8)"),
}

_TITLES = {
    NOTIFY_ICO: "Notify the ICO (PECR)",
    NOTICE_CONTENT: "Content of the notice to the ICO (PECR)",
    INFORM_SUBSCRIBERS: "Tell the subscribers and users concerned (PECR)",
    INVENTORY: "Record the breach in the breach inventory (PECR)",
}


def _applies(reach: Reach, text: str, *, missing: tuple[MissingFact, ...] = ()) -> Applicability:
    found = Reason.missing if missing else Reason.fact
    reason = found(text, (pecr("reg. 5A"), ICO_PECR_BREACHES))
    return Applicability(regime=REGIME_ID, reach=reach, reasons=(reason,), missing_facts=missing)


def applicability(incident: Incident) -> Applicability:
    """Whether reg. 5A reaches the incident: a UK public service's own breach."""
    ctrl = incident.controller
    if not ctrl.public_ecomms_provider:
        text = "The controller does not provide a public electronic communications service."
        return _applies(Reach.NOT_APPLICABLE, text)
    uk = any(in_uk(e.country) for e in ctrl.establishments)
    if not uk and not any(in_uk(c) for c in incident.subject_countries):
        return _applies(Reach.NOT_APPLICABLE, "The provider's service is not recorded in the UK.")
    if incident.ecomms_service is None:
        question = (
            "Did the breach occur in connection with the provision of the public electronic "
            "communications service?"
        )
        return _applies(
            Reach.UNDETERMINED,
            question,
            missing=(MissingFact(path="$.ecomms_service", question=question),),
        )
    general = _general_law(incident)
    if not incident.ecomms_service:
        text = f"The breach arose outside the provision of the service: {general} governs it."
        return _applies(Reach.NOT_APPLICABLE, text)
    text = (
        "A provider of a public electronic communications service in the UK, for a breach in "
        f"connection with that service: reg. 5A applies, in place of Art. 33 of {general}."
    )
    return _applies(Reach.APPLICABLE, text)


def detected(incident: Incident) -> datetime | None:
    """When the provider detected the breach or, failing that, became aware of it.

    The instant the notice period is picked at, and the version of Regulation 611/2013
    cited (the EU's own before IP completion day, the retained one after).
    """
    t = incident.timeline
    known = [d for d in (t.detected_at, t.controller_aware_at) if d is not None]
    return min(known) if known else None


def _before_exit(incident: Incident) -> bool:
    """Whether the GDPR itself, not the UK GDPR, was the UK's general law for this breach."""
    on = incident.timeline.latest_breach_date
    return on is not None and on < IP_COMPLETION_DAY


def same_duties(incident: Incident) -> bool:
    """Whether the ePrivacy regime's duties for this breach are reg. 5A's, owed to the ICO.

    True when the ePrivacy rules govern the breach (a provider's breach in its service,
    within the Union's territory at the breach's date: so before IP completion day for the
    United Kingdom) and their competent authority is the United Kingdom's.
    """
    return in_service(incident) and national_authority(incident)[0] == "GB"


def _one_notice() -> Reason:
    text = (
        "Before IP completion day reg. 5A was the United Kingdom's transposition of Art. 4(3) "
        "of Directive 2002/58/EC, and Regulation 611/2013 applied beside it directly: this "
        "is the provider's one notice to the ICO, under both; the ePrivacy regime's notice "
        f"for the United Kingdom ({EPRIVACY_NOTIFY}) is this one and gives way to it."
    )
    return Reason.rule(text, (pecr("reg. 5A(2)"), directive("Art. 4(3)"), reg_611_2013("Art. 2")))


def _general_law(incident: Incident) -> str:
    return "the GDPR" if _before_exit(incident) else "the UK GDPR"


def _art33_1(incident: Incident) -> Citation:
    return gdpr(33, 1) if _before_exit(incident) else uk_gdpr(33, 1)


def _determination(
    det_id: str, outcome: Outcome, reasons: tuple[Reason, ...], **fields: Any
) -> Determination:
    """A determination under ``det_id``'s key, title and legal basis, with ``fields``."""
    fields.setdefault("legal_basis", (_BASIS[det_id],))
    return Determination(
        id=det_id,
        title=_TITLES[det_id],
        outcome=outcome,
        reasons=reasons,
        key=KEYS[det_id],
        **fields,
    )


def _outside(det_id: str, applies: Applicability) -> Determination:
    outcome = {
        Reach.NOT_APPLICABLE: Outcome.NOT_APPLICABLE,
        Reach.UNDETERMINED: Outcome.UNDETERMINED,
    }[applies.reach]
    basis, missing = (pecr("reg. 5A"),), applies.missing_facts
    return _determination(
        det_id, outcome, applies.reasons, legal_basis=basis, missing_facts=missing
    )


def _picked(incident: Incident) -> tuple[NoticePeriod | None, datetime | None]:
    """The notice period in force when the provider detected (or became aware of) the breach."""
    when = detected(incident)
    return (NOTICE_PERIODS[-1], None) if when is None else (period_at(when), when)


def _period_reason(period: NoticePeriod, when: datetime | None) -> Reason:
    at = f"detected {when.isoformat()}" if when else "no detection date recorded: the current rule"
    text = (
        f"The provider must notify every personal data breach to the ICO, whatever the risk, "
        f"without undue delay: the period in force for this breach ({at}) is {period.label}."
    )
    return Reason.rule(text, (*period.citations, ICO_PECR_BREACHES))


def _clock(incident: Incident, period: NoticePeriod) -> Check:
    t = incident.timeline
    rule = DeadlineRule(
        id=NOTIFY_ICO,
        label=_TITLES[NOTIFY_ICO],
        anchor=period.anchor,
        period=Hours(n=period.hours),
        timezone=ico().timezone,
        citations=period.citations,
    )
    anchors = {Anchor.DETECTION: t.detected_at, Anchor.AWARENESS: t.controller_aware_at}
    deadline = compute_deadline(rule, anchors)
    filings = tuple(
        Filed(n.kind.value, n.at) for n in t.authority_notices if n.authority in (None, ICO_ID)
    )
    first = t.first_notice(NoticeKind.INITIAL)
    recorded = None if first is None or not period.delay_reasons else bool(first.reasons_for_delay)
    return Check(
        deadline=deadline,
        filings=filings,
        kinds=frozenset({NoticeKind.INITIAL.value}),
        reasons_for_delay_recorded=recorded,
    )


def notify_ico(incident: Incident) -> Determination:
    """Reg. 5A(2): notify the ICO of every breach, within the period in force."""
    applies = applicability(incident)
    if applies.reach is not Reach.APPLICABLE:
        return _outside(NOTIFY_ICO, applies)
    period, when = _picked(incident)
    if period is None:
        text = "Before 25 August 2013 reg. 5A(2) set no hours: without undue delay."
        reason = Reason.rule(text, (pecr("reg. 5A(2)"),))
        return _required(NOTIFY_ICO, (*applies.reasons, reason))
    clock = _clock(incident, period)
    text = "Recipient: ICO (GB), the only authority under PECR."
    recipient = Reason.fact(text, (pecr("reg. 5A(2)"), ICO_PECR_BREACHES))
    union = (_one_notice(),) if same_duties(incident) else ()
    reasons = (*applies.reasons, _period_reason(period, when), *union, recipient)
    start = _START[period.anchor]
    missing = (
        ()
        if clock.deadline.due is not None
        else (MissingFact(path=start[0], question=f"When was the breach {start[1]}?"),)
    )
    return _required(NOTIFY_ICO, reasons, clock=clock, open_questions=missing)


_START = {
    Anchor.DETECTION: ("$.timeline.detected_at", "detected"),
    Anchor.AWARENESS: ("$.timeline.controller_aware_at", "known to the provider"),
}


def _required(
    det_id: str,
    reasons: tuple[Reason, ...],
    *,
    clock: Check | None = None,
    open_questions: tuple[MissingFact, ...] = (),
    checklist: tuple[ChecklistItem, ...] = (),
) -> Determination:
    return _determination(
        det_id,
        Outcome.REQUIRED,
        reasons,
        open_questions=open_questions,
        deadline=None if clock is None else clock.deadline,
        clock=clock,
        recipients=(ICO_ID,) if det_id in (NOTIFY_ICO, NOTICE_CONTENT) else (),
        checklist=checklist,
    )


def _item(
    item_id: str, label: str, provided: bool, *, later: Citation | None = None
) -> ChecklistItem:
    """An item of the ICO's list, or (``later``: the Annex I citation) one that may follow."""
    return ChecklistItem(
        id=item_id,
        label=label,
        citation=later or ICO_PECR_BREACHES,
        provided=provided,
        may_follow_later=later is not None,
    )


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """The ICO's list for the initial notice, then Annex I items that may follow."""
    t = incident.timeline
    annex = reg_611(2, " and Annex I", on=detected(incident))
    return (
        _item("pecr.contact", "Name and contact details", incident.controller.contact is not None),
        _item(
            "pecr.breach_time",
            "Date and time of the breach (or an estimate)",
            t.occurred.start is not None,
        ),
        _item("pecr.detected_time", "Date and time it was detected", t.detected_at is not None),
        _item(
            "pecr.nature",
            "Basic information about the type of breach",
            bool(incident.effects.types),
        ),
        _item(
            "pecr.data", "Basic information about the personal data concerned", bool(incident.data)
        ),
        _item(
            "pecr.subscribers",
            "Number of subscribers or individuals concerned",
            any(g.count.known for g in incident.subjects),
            later=annex,
        ),
        _item(
            "pecr.consequences",
            "Potential consequences and adverse effects",
            bool(incident.consequences),
            later=annex,
        ),
        _item(
            "pecr.measures",
            "Measures taken to mitigate the breach",
            bool(incident.measures.subsequent),
            later=annex,
        ),
    )


def notice_content(incident: Incident, *, notify: Determination) -> Determination:
    """Reg. 5A(4) with Reg. 611/2013 Annex I: what the ICO notice contains."""
    if notify.outcome is not Outcome.REQUIRED:
        return _dependent(NOTICE_CONTENT, notify)
    items = content_items(incident)
    missing = [i.label.lower() for i in items if not i.provided]
    text = "The notice gives the ICO's essentials at once; the rest of Annex I may follow in a second notice."
    on = detected(incident)
    reasons = [Reason.rule(text, (pecr("reg. 5A(4)"), reg_611(2, "(3)", on=on), ICO_PECR_BREACHES))]
    if missing:
        text = f"To be completed: {', '.join(missing)}."
        reasons.append(Reason.fact(text, (reg_611(2, " and Annex I", on=on),)))
    return _required(NOTICE_CONTENT, tuple(reasons), checklist=items)


def _dependent(det_id: str, notify: Determination) -> Determination:
    """A dependent determination where the ICO notice is not owed."""
    outcome = notify.outcome if notify.outcome is not Outcome.REQUIRED else Outcome.NOT_REQUIRED
    return _determination(det_id, outcome, notify.reasons, missing_facts=notify.missing_facts)


def inventory(incident: Incident, *, notify: Determination) -> Determination:
    """Reg. 5A(8): every breach goes in the provider's inventory."""
    if notify.outcome is not Outcome.REQUIRED:
        return _dependent(INVENTORY, notify)
    text = (
        "Every breach goes in the provider's breach inventory: its facts, its effects and the "
        "remedial action taken, enough for the ICO to verify compliance."
    )
    items = (
        ChecklistItem(
            id="pecr.inventory.facts",
            label="The facts of the breach",
            citation=pecr("reg. 5A(8)(a)"),
            provided=bool(incident.effects.types),
        ),
        ChecklistItem(
            id="pecr.inventory.effects",
            label="Its effects",
            citation=pecr("reg. 5A(8)(b)"),
            provided=bool(incident.consequences or incident.subjects),
        ),
        ChecklistItem(
            id="pecr.inventory.remedial",
            label="The remedial action taken",
            citation=pecr("reg. 5A(8)(c)"),
            provided=bool(incident.measures.subsequent),
        ),
    )
    reason = Reason.rule(text, (pecr("reg. 5A(8)"), ICO_PECR_BREACHES))
    return _required(INVENTORY, (reason,), checklist=items)


def _adverse(incident: Incident, risk: RiskAnalysis) -> tuple[bool | None, Reason]:
    """Whether the breach is likely to adversely affect the people (this project's reading)."""
    low, high = risk.suggested_range
    adverse: bool | None
    if risk.level is not None:
        adverse = risk.level is not RiskLevel.UNLIKELY
    elif low is RiskLevel.UNLIKELY and high is not RiskLevel.UNLIKELY:
        adverse = None if risk.missing_facts else True
    else:
        adverse = low is not RiskLevel.UNLIKELY
    text = (
        f"Read here as at least a risk in {_general_law(incident)}'s sense (a lower bar than "
        "high risk): "
        + {
            True: "the breach is likely to adversely affect them.",
            False: "it is unlikely to affect them adversely.",
            None: "facts are missing to tell.",
        }[adverse]
    )
    on = detected(incident)
    cites = (pecr("reg. 5A(3)"), reg_611(3, "(2)", on=on), _art33_1(incident))
    return adverse, Reason.interpretation(text, cites)


def inform_subscribers(
    incident: Incident, *, notify: Determination, risk: RiskAnalysis
) -> Determination:
    """Reg. 5A(3) and (6): tell subscribers and users when likely adversely affected."""
    if notify.outcome is not Outcome.REQUIRED:
        return _dependent(INFORM_SUBSCRIBERS, notify)
    text = "Where the breach is likely to adversely affect the personal data or privacy of a subscriber or user, the provider must also tell them without undue delay."
    rule = Reason.rule(text, (pecr("reg. 5A(3)"), ICO_PECR_BREACHES))
    enc = incident.measures.encryption
    if enc is not None and enc.renders_unintelligible:
        text = "Exception applied: the data was unintelligible to anyone not authorised (to be shown to the ICO's satisfaction)."
        unintelligible = reg_611(4, on=detected(incident))
        reason = Reason.exception_applied(text, (pecr("reg. 5A(6)"), unintelligible))
        return _decided(INFORM_SUBSCRIBERS, Outcome.NOT_REQUIRED, (rule, reason))
    adverse, why = _adverse(incident, risk)
    if adverse is None:
        return _decided(
            INFORM_SUBSCRIBERS, Outcome.UNDETERMINED, (rule, why), missing_facts=risk.missing_facts
        )
    return _decided(
        INFORM_SUBSCRIBERS, Outcome.REQUIRED if adverse else Outcome.NOT_REQUIRED, (rule, why)
    )


def _decided(
    det_id: str, outcome: Outcome, reasons: tuple[Reason, ...], **fields: Any
) -> Determination:
    """A determination owed to the subscribers when required."""
    recipients = ("subscribers",) if outcome is Outcome.REQUIRED else ()
    return _determination(det_id, outcome, reasons, recipients=recipients, **fields)
