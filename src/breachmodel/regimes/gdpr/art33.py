"""Article 33 GDPR: notification of a personal data breach to the supervisory authority.

One function per paragraph:

* :func:`notify_authority` — Art. 33(1): notify within 72 hours of awareness, unless the
  breach is unlikely to result in a risk; reasons for any delay.
* :func:`processor_notice` — Art. 33(2): the processor tells the controller without undue
  delay.
* :func:`notification_content` — Art. 33(3) content, and Art. 33(4) phases.
* :func:`register_entry` — Art. 33(5): document every breach.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from breachmodel.citations import Citation, edpb, encoding_note, gdpr, recital, reg_1182_71
from breachmodel.clocks import (
    Anchor,
    Deadline,
    DeadlineRule,
    Duty,
    Filed,
    Hours,
    OpenEnded,
    compute_deadline,
    evaluate,
)
from breachmodel.determination import (
    ChecklistItem,
    Determination,
    MissingFact,
    Outcome,
    Reason,
    ReasonKind,
)
from breachmodel.model import AuthorityNotice, Incident, NoticeKind, RiskLevel
from breachmodel.regimes.gdpr.authority import AuthorityRouting
from breachmodel.regimes.gdpr.options import GdprOptions, Ruleset
from breachmodel.regimes.gdpr.risk import Level, RiskAnalysis
from breachmodel.regimes.gdpr.scope import ScopeResult

__all__ = [
    "NOTIFICATION_CONTENT",
    "NOTIFY_AUTHORITY",
    "PROCESSOR_NOTICE",
    "REGISTER_ENTRY",
    "controller_awareness",
    "counted_filings",
    "counted_notice",
    "notification_content",
    "notify_authority",
    "processor_notice",
    "processor_notices",
    "register_entry",
]

NOTIFY_AUTHORITY = "gdpr.art33.notify_authority"
PROCESSOR_NOTICE = "gdpr.art33.processor_notice"
NOTIFICATION_CONTENT = "gdpr.art33.notification_content"
REGISTER_ENTRY = "gdpr.art33.register"


def controller_awareness(incident: Incident) -> tuple[datetime | None, tuple[Reason, ...]]:
    """When the controller became aware (encoding notes E4 and E5).

    The controller is aware at the earlier of its own awareness and the processor's notice
    to it (EDPB 9/2022: the processor acts for the controller). Returns the instant and
    the reasons, including warnings for a long investigation or a slow processor.
    """
    t = incident.timeline
    candidates = [d for d in (t.controller_aware_at, t.processor_notified_controller_at) if d]
    reasons: list[Reason] = []
    if not candidates:
        return None, ()
    aware = min(candidates)
    if (
        t.processor_notified_controller_at is not None
        and aware == t.processor_notified_controller_at
    ):
        text = (
            f"The controller is taken to be aware from the processor's notice at "
            f"{aware.isoformat()}."
        )
    else:
        text = f"The controller became aware at {aware.isoformat()}."
    reasons.append(
        Reason(
            kind=ReasonKind.FACT,
            text=text,
            citations=(gdpr(33, 1), edpb("section II.A.2"), encoding_note("E5")),
        )
    )
    return aware, tuple(reasons)


def _awareness_warnings(incident: Incident, aware: datetime, opts: GdprOptions) -> list[Reason]:
    t = incident.timeline
    out: list[Reason] = []
    allowance = timedelta(hours=opts.investigation_allowance_hours)
    if t.detected_at is not None and aware - t.detected_at > allowance:
        gap = aware - t.detected_at
        out.append(
            Reason(
                kind=ReasonKind.WARNING,
                text=(
                    f"Awareness is dated {_hours(gap)} after the first detection, longer than the "
                    f"{opts.investigation_allowance_hours:g}-hour short investigation this project "
                    "allows; the authority may date awareness earlier."
                ),
                citations=(edpb("section II.A.2"), recital(87), encoding_note("E4")),
            )
        )
    if t.processor_aware_at is not None and aware - t.processor_aware_at > allowance:
        out.append(
            Reason(
                kind=ReasonKind.WARNING,
                text=(
                    f"The processor knew {_hours(aware - t.processor_aware_at)} before the "
                    "controller: an authority may hold the controller aware from the "
                    f"processor's awareness ({t.processor_aware_at.isoformat()}), as the Irish "
                    "DPC did in its Twitter decision (constructive awareness)."
                ),
                citations=(gdpr(33, 2), encoding_note("E5")),
            )
        )
    return out


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:.1f} hours" if hours < 48 else f"{hours / 24:.1f} days"


def _scoped(
    det_id: str, title: str, basis: tuple[Citation, ...], scope: ScopeResult
) -> Determination:
    assert scope.outcome is not None  # noqa: S101 - only called when out of scope
    return Determination(
        id=det_id,
        title=title,
        outcome=scope.outcome,
        legal_basis=basis,
        reasons=scope.reasons,
        missing_facts=scope.missing_facts,
    )


def notify_authority(
    incident: Incident,
    *,
    scope: ScopeResult,
    risk: RiskAnalysis,
    routing: AuthorityRouting,
    options: GdprOptions,
    as_of: datetime | None,
) -> Determination:
    """Art. 33(1): must the controller notify the supervisory authority, and by when?"""
    title = "Notify the supervisory authority"
    basis = (gdpr(33, 1),)
    if scope.outcome is not None:
        return _scoped(NOTIFY_AUTHORITY, title, basis, scope)
    if incident.controller.public_ecomms_provider and incident.ecomms_service:
        return _displaced_by_eprivacy(title, basis, scope)
    reasons = list(scope.reasons)
    interpretations: list[str] = []
    omnibus = options.ruleset is Ruleset.DIGITAL_OMNIBUS_PROPOSAL
    threshold = RiskLevel.HIGH if omnibus else RiskLevel.RISK
    if omnibus:
        interpretations.append(
            "E18: the Digital Omnibus proposal's high-risk threshold and 96 hours"
        )
    reasons.append(
        Reason(
            kind=ReasonKind.RULE,
            text=(
                "The controller must notify the competent supervisory authority without undue "
                f"delay and, where feasible, within {options.notification_hours} hours of "
                "becoming aware, unless the breach is unlikely to result in a risk to people's "
                "rights and freedoms."
                if not omnibus
                else "Under the Digital Omnibus proposal (not in force), notification is due only "
                "for breaches likely to result in a high risk, within 96 hours."
            ),
            citations=(gdpr(33, 1), recital(85))
            if not omnibus
            else (gdpr(33, 1), encoding_note("E18")),
        )
    )
    open_questions: tuple[MissingFact, ...] = (*scope.open_questions, *risk.open_questions)
    level = risk.level
    exception = (
        "the breach is unlikely to result in a risk"
        if not omnibus
        else "the breach is not likely to result in a high risk"
    )
    if level is None:
        low, high = risk.suggested_range
        if high.rank < threshold.rank:
            outcome = Outcome.NOT_REQUIRED
        elif low.rank >= threshold.rank:
            outcome = Outcome.REQUIRED
        else:
            outcome = Outcome.REQUIRED
            open_questions = risk.missing_facts
            facts = "; ".join(m.question for m in risk.missing_facts)
            reasons.append(
                Reason(
                    kind=ReasonKind.EXCEPTION_REJECTED,
                    text=(
                        f"Exception considered and not established: that {exception}. The "
                        f"controller bears the burden of showing it, and facts are missing "
                        f"({facts}); in doubt, notify."
                    ),
                    citations=(gdpr(33, 1), recital(85), encoding_note("E7")),
                )
            )
            interpretations.append("E7: unknown facts mean notify")
    elif level.rank >= threshold.rank:
        outcome = Outcome.REQUIRED
        reasons.append(
            Reason(
                kind=ReasonKind.EXCEPTION_REJECTED,
                text=f"Exception considered and rejected: the risk level is '{level.value}'{risk.source_note}, so "
                f"it cannot be said that {exception}.",
                citations=(gdpr(33, 1), edpb("section IV.B")),
            )
        )
    elif not omnibus and risk.judgment is None and risk.likelihood is not Level.NEGLIGIBLE:
        # E7/E8: the suggestion 'unlikely' rests on the nature of the data (a low severity)
        # while harm itself is not unlikely; only the controller's documented conclusion
        # establishes the exception (EDPB 9/2022 Annex B, example (ix): simple data sent to
        # 1,000+ recipients is notified).
        outcome = Outcome.REQUIRED
        reasons.append(
            Reason(
                kind=ReasonKind.EXCEPTION_REJECTED,
                text=(
                    f"Exception considered and not established: the facts suggest that "
                    f"{exception} only because the data concerned is of low sensitivity, while "
                    "harm is not unlikely. The controller bears the burden of showing it and "
                    "has recorded no conclusion to that effect; without one, notify."
                ),
                citations=(gdpr(33, 1), recital(85), encoding_note("E7"), encoding_note("E8")),
            )
        )
        open_questions = (
            *open_questions,
            MissingFact(
                path="$.judgment",
                question="Has the controller documented its conclusion that the breach is "
                "unlikely to result in a risk to people's rights and freedoms, and why?",
            ),
        )
        interpretations.append("E7/E8: the exception needs a documented conclusion")
    else:
        outcome = Outcome.NOT_REQUIRED
        reasons.append(
            Reason(
                kind=ReasonKind.EXCEPTION_APPLIED,
                text=(
                    f"Exception applied: the risk level is '{level.value}'{risk.source_note}, so {exception}; "
                    "no notification is due, but the breach and this reasoning must be "
                    "documented."
                ),
                citations=(gdpr(33, 1), gdpr(33, 5), edpb("Annex B")),
            )
        )
    if outcome is Outcome.NOT_REQUIRED:
        return Determination(
            id=NOTIFY_AUTHORITY,
            title=title,
            outcome=outcome,
            legal_basis=basis,
            reasons=tuple(reasons),
            open_questions=open_questions,
            interpretations=tuple(interpretations),
        )
    aware, aware_reasons = controller_awareness(incident)
    reasons.extend(aware_reasons)
    if aware is not None:
        reasons.extend(_awareness_warnings(incident, aware, options))
    deadline, clock_reasons = _notification_clock(incident, aware, routing, options)
    reasons.extend(clock_reasons)
    if aware is None:
        open_questions = (*open_questions, _AWARENESS_QUESTION)
    interpretations.append(f"E2: hours counted by the '{options.counting.value}' convention")
    interpretations.append("E3: no weekend or holiday extension for hour periods")
    reasons.extend(_high_risk_warning(risk))
    filings, filing_reasons = counted_filings(incident, routing)
    reasons.extend(filing_reasons)
    first = incident.timeline.first_notice(NoticeKind.INITIAL)
    reasons_recorded = None if first is None else bool(first.reasons_for_delay)
    status = evaluate(
        deadline,
        filings,
        kind=NoticeKind.INITIAL.value,
        as_of=as_of,
        reasons_for_delay_recorded=reasons_recorded,
    )
    if status.late_by is not None:
        cited = (gdpr(33, 1), encoding_note("E10"))
        if reasons_recorded:
            text = (
                "The initial notification was late; reasons for the delay accompany it, as "
                "required. They do not make it on time: the authority judges them."
            )
        else:
            text = (
                "The initial notification was late and records no reasons for the delay, which "
                "Art. 33(1) requires."
            )
        reasons.append(Reason(kind=ReasonKind.WARNING, text=text, citations=cited))
    if routing.determined:
        names = ", ".join(str(a) for a in routing.authorities)
        reasons.append(
            Reason(kind=ReasonKind.FACT, text=f"Recipient: {names}.", citations=routing.legal_basis)
        )
    else:
        reasons.append(
            Reason(
                kind=ReasonKind.WARNING,
                text="The competent authority is not yet determined; see the routing.",
                citations=routing.legal_basis,
            )
        )
        open_questions = (*open_questions, *routing.missing_facts)
    reasons.extend(_joint_controllers(incident))
    reasons.extend(_e_privacy_warning(incident))
    return Determination(
        id=NOTIFY_AUTHORITY,
        title=title,
        outcome=outcome,
        legal_basis=basis,
        reasons=tuple(reasons),
        open_questions=open_questions,
        deadline=deadline,
        status=status,
        recipients=routing.ids,
        interpretations=tuple(interpretations),
    )


_AWARENESS_QUESTION = MissingFact(
    path="$.timeline.controller_aware_at",
    question="When did the controller become aware of the breach with a reasonable degree "
    "of certainty?",
)


def _notification_clock(
    incident: Incident, aware: datetime | None, routing: AuthorityRouting, opts: GdprOptions
) -> tuple[Deadline, list[Reason]]:
    """The Art. 33(1) deadline: from awareness, or provisionally from detection (E4)."""
    detected = incident.timeline.detected_at
    provisional = aware is None and detected is not None
    rule = DeadlineRule(
        id=NOTIFY_AUTHORITY,
        label="Notify the supervisory authority"
        + (" (provisional, counted from detection)" if provisional else ""),
        anchor=Anchor.DETECTION if provisional else Anchor.AWARENESS,
        period=Hours(n=opts.notification_hours),
        timezone=routing.timezone,
        convention=opts.counting,
        citations=(gdpr(33, 1), reg_1182_71("Art. 3")),
    )
    deadline = compute_deadline(rule, {Anchor.AWARENESS: aware, Anchor.DETECTION: detected})
    if aware is None and detected is None:
        text = "The deadline cannot be computed: when the controller became aware is not recorded."
        missing = Reason(
            kind=ReasonKind.MISSING, text=text, citations=(gdpr(33, 1), edpb("section II.A.2"))
        )
        return deadline, [missing]
    counted = (
        gdpr(33, 1),
        reg_1182_71("Art. 3(3) and (4)"),
        encoding_note("E2"),
        encoding_note("E3"),
    )
    out = [Reason(kind=ReasonKind.RULE, text=deadline.describe(), citations=counted)]
    if provisional:
        assert detected is not None  # noqa: S101 - provisional implies a detection instant
        latest = detected + timedelta(hours=opts.investigation_allowance_hours)
        text = (
            "When the controller became aware is not recorded, so the deadline is counted "
            f"provisionally from the first detection ({detected.isoformat()}), the earliest "
            "awareness can be. Awareness cannot reasonably come later than a short "
            f"investigation allows ({opts.investigation_allowance_hours:g} hours, so by "
            f"{latest.isoformat()}); record when it came."
        )
        warned = (gdpr(33, 1), edpb("section II.A.2"), recital(87), encoding_note("E4"))
        out.append(Reason(kind=ReasonKind.WARNING, text=text, citations=warned))
    return deadline, out


def _high_risk_warning(risk: RiskAnalysis) -> list[Reason]:
    """Recital 87: the graver the breach, the sooner 'without undue delay' falls."""
    if risk.level is not RiskLevel.HIGH:
        return []
    text = (
        "The risk is high: 'without undue delay' is judged by the nature and gravity of the "
        "breach and may fall well before the 72 hours. Notify as soon as the essentials are "
        "known; the rest may follow in phases."
    )
    cites = (gdpr(33, 1), recital(87), gdpr(33, 4))
    return [Reason(kind=ReasonKind.WARNING, text=text, citations=cites)]


def counted_filings(
    incident: Incident, routing: AuthorityRouting
) -> tuple[list[Filed], list[Reason]]:
    """The notices that satisfy Art. 33(1), as filings, with warnings about the others.

    A notice filed with an authority that is not competent does not count. Where several
    authorities are competent (EDPB 9/2022, para. 73), the duty is done when the last of
    them has been notified. A notice that does not record its authority counts for all.
    """
    notices = incident.timeline.authority_notices
    initial = [n for n in notices if n.kind is NoticeKind.INITIAL]
    others = [Filed(n.kind.value, n.at) for n in notices if n.kind is not NoticeKind.INITIAL]
    if not routing.determined:
        return [*others, *(Filed(n.kind.value, n.at) for n in initial)], []
    competent = routing.ids
    reasons = [
        Reason(
            kind=ReasonKind.WARNING,
            text=(
                f"The initial notification of {n.at.isoformat()} went to '{n.authority}', which "
                f"is not competent for this breach ({', '.join(competent)}): it does not "
                "satisfy Art. 33(1). Notify the competent authority."
            ),
            citations=(gdpr(33, 1), *routing.legal_basis),
        )
        for n in initial
        if n.authority is not None and n.authority not in competent
    ]
    firsts = {
        a: min((n.at for n in initial if n.authority in (a, None)), default=None) for a in competent
    }
    missing = [a for a, at in firsts.items() if at is None]
    if missing and len(missing) < len(competent):
        text = (
            f"Not yet notified: {', '.join(missing)}. Each competent authority must receive "
            "the notification."
        )
        reasons.append(
            Reason(kind=ReasonKind.WARNING, text=text, citations=(gdpr(33, 1), edpb("para. 73")))
        )
    done = [at for at in firsts.values() if at is not None]
    if missing or not done:
        return others, reasons
    return [*others, Filed(NoticeKind.INITIAL.value, max(done))], reasons


def counted_notice(incident: Incident, notify: Determination) -> AuthorityNotice | None:
    """The initial notice that satisfied Art. 33(1), as judged in ``notify``.

    Without a judged status (no notification owed), the first initial notice made.
    """
    first = incident.timeline.first_notice(NoticeKind.INITIAL)
    if notify.status is None:
        return first
    met = notify.status.met_at
    if met is None:
        return None
    initial = [n for n in incident.timeline.authority_notices if n.kind is NoticeKind.INITIAL]
    return next((n for n in initial if n.at == met), first)


def _joint_controllers(incident: Incident) -> list[Reason]:
    if not incident.joint_controllers:
        return []
    if incident.designated_notifier is not None:
        text = (
            f"Joint controllers: under their Art. 26 arrangement, '{incident.designated_notifier}' "
            "notifies for all of them."
        )
        kind = ReasonKind.FACT
    else:
        text = (
            "Joint controllers with no designated notifier recorded: each of them carries the "
            "duty to notify; record who notifies under the Art. 26 arrangement."
        )
        kind = ReasonKind.WARNING
    return [
        Reason(
            kind=kind,
            text=text,
            citations=(gdpr(26, 1), edpb("section II.A.3"), encoding_note("E12")),
        )
    ]


def _e_privacy_warning(incident: Incident) -> list[Reason]:
    if not incident.controller.public_ecomms_provider or incident.ecomms_service is not None:
        return []
    return [
        Reason(
            kind=ReasonKind.WARNING,
            text=(
                "The controller provides public electronic communications services and it is "
                "not recorded whether the breach arose in providing them ($.ecomms_service). "
                "If it did, Regulation 611/2013 applies instead of Art. 33: every breach to "
                "the competent national authority within 24 hours of detection (see "
                "eprivacy.reg611.notify_authority)."
            ),
            citations=(gdpr(95), encoding_note("E16")),
        )
    ]


def _displaced_by_eprivacy(
    title: str, basis: tuple[Citation, ...], scope: ScopeResult
) -> Determination:
    """Art. 95: for a public e-communications service's own breach, Reg. 611/2013 governs."""
    text = (
        "The breach arose in providing a publicly available electronic communications "
        "service: Regulation 611/2013 governs its notification (every breach, to the "
        "competent national authority, within 24 hours of detection; see "
        "eprivacy.reg611.notify_authority), and Art. 33 does not add to it."
    )
    return Determination(
        id=NOTIFY_AUTHORITY,
        title=title,
        outcome=Outcome.NOT_APPLICABLE,
        legal_basis=basis,
        reasons=(
            *scope.reasons,
            Reason(kind=ReasonKind.RULE, text=text, citations=(gdpr(95), encoding_note("E16"))),
        ),
        interpretations=("E16: Reg. 611/2013 instead of Art. 33 for the service itself",),
    )


def processor_notices(
    incident: Incident, *, scope: ScopeResult, options: GdprOptions, as_of: datetime | None
) -> tuple[Determination, ...]:
    """Art. 33(2), with Art. 28(4) down the chain: each processor tells whom it acts for.

    One determination per processor link, in the incident's order: the first keeps the id
    :data:`PROCESSOR_NOTICE`, the others add the processor's id
    (``gdpr.art33.processor_notice.<id>``).
    """
    if not incident.processors:
        return (
            Determination(
                id=PROCESSOR_NOTICE,
                title="Processor informs the controller",
                outcome=Outcome.NOT_APPLICABLE,
                legal_basis=(gdpr(33, 2),),
                reasons=(
                    Reason(
                        kind=ReasonKind.FACT,
                        text="No processor is involved in the incident.",
                        citations=(gdpr(33, 2),),
                    ),
                ),
            ),
        )
    return tuple(
        _link_notice(incident, i, scope=scope, options=options, as_of=as_of)
        for i in range(len(incident.processors))
    )


def processor_notice(
    incident: Incident, *, scope: ScopeResult, options: GdprOptions, as_of: datetime | None
) -> Determination:
    """Art. 33(2) for the first processor (see :func:`processor_notices` for the chain)."""
    return processor_notices(incident, scope=scope, options=options, as_of=as_of)[0]


def _organisation_name(incident: Incident, org_id: str) -> str:
    orgs = [incident.controller, *incident.joint_controllers]
    orgs += [p.organisation for p in incident.processors]
    return next((o.name for o in orgs if o.id == org_id), org_id)


def _link_times(incident: Incident, index: int) -> tuple[datetime | None, datetime | None]:
    """When the processor became aware, and when it told whom it acts for."""
    link, t = incident.processors[index], incident.timeline
    if index > 0:
        return link.aware_at, link.notified_at
    return (
        link.aware_at or t.processor_aware_at,
        link.notified_at or t.processor_notified_controller_at,
    )


def _target_reason(contract_hours: float | None, policy_hours: float) -> tuple[float, Reason]:
    """The target the notice is judged against (E6), and why.

    "Without undue delay" is the statute's; a contract may shorten the time, never extend
    it (Art. 28(3)(f) makes the processor assist the controller in meeting Art. 33).
    """
    cites = (gdpr(33, 2), gdpr(28, 3, "f"), encoding_note("E6"))
    if contract_hours is None:
        text = (
            "No contractual limit is recorded; this project flags a notice later than "
            f"{policy_hours:g} hours as an undue delay (the GDPR sets no hours)."
        )
        return policy_hours, Reason(kind=ReasonKind.INTERPRETATION, text=text, citations=cites)
    if contract_hours <= policy_hours:
        text = f"The contract sets {contract_hours:g} hours for the notice: that is the target."
        return contract_hours, Reason(kind=ReasonKind.FACT, text=text, citations=cites)
    text = (
        f"The contract allows {contract_hours:g} hours, but a contract cannot extend the "
        "statutory duty to tell the controller without undue delay: the notice is judged on "
        f"its own, against the {policy_hours:g} hours this project reads into that duty."
    )
    return policy_hours, Reason(kind=ReasonKind.INTERPRETATION, text=text, citations=cites)


def _learnt_elsewhere(incident: Incident, index: int, notified: datetime | None) -> list[Reason]:
    own = incident.timeline.controller_aware_at
    if index > 0 or own is None or (notified is not None and own >= notified):
        return []
    told = "was told" if notified is not None else "has been told"
    text = (
        f"The controller learnt of the breach by other means at {own.isoformat()}, before it "
        f"{told} by its processor: the processor's notice did not come first, as Art. 33(2) "
        "intends."
    )
    return [
        Reason(kind=ReasonKind.WARNING, text=text, citations=(gdpr(33, 2), encoding_note("E5")))
    ]


def _link_notice(
    incident: Incident,
    index: int,
    *,
    scope: ScopeResult,
    options: GdprOptions,
    as_of: datetime | None,
) -> Determination:
    """Art. 33(2) (Art. 28(4) for a sub-processor): one processor's notice up the chain."""
    link = incident.processors[index]
    det_id = PROCESSOR_NOTICE if index == 0 else f"{PROCESSOR_NOTICE}.{link.organisation.id}"
    upstream = _organisation_name(incident, link.acts_for)
    title = (
        "Processor informs the controller"
        if index == 0
        else f"{link.organisation.name} informs {upstream}"
    )
    basis = (gdpr(33, 2),) if index == 0 else (gdpr(33, 2), gdpr(28, 4))
    if scope.outcome in (Outcome.NOT_APPLICABLE, Outcome.NOT_REQUIRED):
        return _scoped(det_id, title, basis, scope)
    contract_hours = link.contract.notice_within_hours if link.contract else None
    target_hours, target_reason = _target_reason(
        contract_hours, options.processor_notice_target_hours
    )
    reasons = [
        Reason(
            kind=ReasonKind.RULE,
            text=(
                f"The processor ({link.organisation.name}) must notify {upstream} without "
                "undue delay after becoming aware of any breach, without first judging the risk."
            ),
            citations=(*basis, edpb("section II.A.4")),
        ),
        target_reason,
    ]
    rule = DeadlineRule(
        id=det_id,
        label=title,
        anchor=Anchor.PROCESSOR_AWARENESS,
        # A contract term of 0 hours (or less than a microsecond) means immediately.
        period=OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY, target=timedelta(hours=target_hours))
        if timedelta(hours=target_hours) > timedelta(0)
        else OpenEnded(duty=Duty.IMMEDIATELY),
        timezone="UTC",
        citations=basis,
    )
    aware, notified = _link_times(incident, index)
    deadline = compute_deadline(rule, {Anchor.PROCESSOR_AWARENESS: aware})
    filings = [] if notified is None else [Filed("processor_notice", notified)]
    status = evaluate(deadline, filings, kind="processor_notice", as_of=as_of, target_binds=True)
    if status.beyond_target_by is not None:
        reasons.append(
            Reason(
                kind=ReasonKind.WARNING,
                text=(
                    f"The processor's notice {'came' if notified else 'is'} "
                    f"{_hours(status.beyond_target_by)} past the {target_hours:g}-hour target: "
                    "late, whatever the contract allows."
                ),
                citations=(gdpr(33, 2), encoding_note("E5"), encoding_note("E6")),
            )
        )
    reasons.extend(_learnt_elsewhere(incident, index, notified))
    path = "$.timeline.processor_aware_at" if index == 0 else f"$.processors[{index}].aware_at"
    return Determination(
        id=det_id,
        title=title,
        outcome=Outcome.REQUIRED,
        legal_basis=basis,
        reasons=tuple(reasons),
        open_questions=()
        if aware is not None
        else (
            MissingFact(path=path, question="When did the processor become aware of the breach?"),
        ),
        deadline=deadline,
        status=status,
        recipients=(link.acts_for,),
        interpretations=("E5/E6: processor notice target",),
    )


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
        ChecklistItem(
            id="art33.3.c.consequences",
            label="Likely consequences of the breach",
            citation=gdpr(33, 3, "c"),
            provided=bool(incident.consequences),
            may_follow_later=True,
            value=", ".join(sorted(c.value for c in incident.consequences)) or None,
        ),
        ChecklistItem(
            id="art33.3.d.measures",
            label="Measures taken or proposed, including mitigation",
            citation=gdpr(33, 3, "d"),
            provided=bool(incident.measures.subsequent),
            may_follow_later=True,
            value=", ".join(m.kind.value for m in incident.measures.subsequent) or None,
        ),
    )


def notification_content(
    incident: Incident, *, notify: Determination, options: GdprOptions, as_of: datetime | None
) -> Determination:
    """Art. 33(3) and (4): what the notification must contain, and what may follow later."""
    title = "Content of the notification"
    basis = (gdpr(33, 3), gdpr(33, 4))
    if notify.outcome is not Outcome.REQUIRED:
        return Determination(
            id=NOTIFICATION_CONTENT,
            title=title,
            outcome=Outcome.NOT_APPLICABLE
            if notify.outcome is not Outcome.UNDETERMINED
            else Outcome.UNDETERMINED,
            legal_basis=basis,
            reasons=(
                Reason(
                    kind=ReasonKind.RULE,
                    text=f"Content is owed only with a notification ({notify.id}: {notify.outcome.value}).",
                    citations=basis,
                ),
            ),
            missing_facts=notify.missing_facts,
        )
    items = content_items(incident)
    missing = [i for i in items if not i.provided]
    reasons = [
        Reason(
            kind=ReasonKind.RULE,
            text=(
                "The notification must at least describe the nature of the breach (with the "
                "categories and approximate numbers of people and records), give a contact "
                "point, describe the likely consequences and the measures taken or proposed."
            ),
            citations=(gdpr(33, 3), edpb("paras. 51-53")),
        )
    ]
    if missing:
        reasons.append(
            Reason(
                kind=ReasonKind.FACT,
                text=(
                    f"To be completed: {', '.join(i.label.lower() for i in missing)}. Where they "
                    "cannot be given at once, they may follow in phases without undue further "
                    "delay; an exact count must never hold up the initial notification."
                ),
                citations=(gdpr(33, 4), edpb("paras. 51-53"), encoding_note("E20")),
            )
        )
    else:
        reasons.append(
            Reason(
                kind=ReasonKind.FACT,
                text="The record holds every Art. 33(3) item.",
                citations=(gdpr(33, 3),),
            )
        )
    deadline = None
    status = None
    first = incident.timeline.first_notice(NoticeKind.INITIAL)
    if missing and first is not None:
        rule = DeadlineRule(
            id=NOTIFICATION_CONTENT,
            label="Complete the notification (follow-up)",
            anchor=Anchor.EARLIER_FILING,
            period=OpenEnded(
                duty=Duty.WITHOUT_UNDUE_DELAY,
                target=timedelta(hours=options.follow_up_target_hours),
            ),
            timezone="UTC",
            citations=(gdpr(33, 4),),
        )
        deadline = compute_deadline(rule, {Anchor.EARLIER_FILING: first.at})
        status = evaluate(
            deadline,
            incident.timeline.authority_notices,
            kind=NoticeKind.FOLLOW_UP.value,
            as_of=as_of,
        )
        reasons.append(
            Reason(
                kind=ReasonKind.INTERPRETATION,
                text=(
                    f"Follow-up target: {options.follow_up_target_hours:g} hours after the initial "
                    "notification (a soft target in line with CNIL practice)."
                ),
                citations=(gdpr(33, 4), encoding_note("E9")),
            )
        )
    return Determination(
        id=NOTIFICATION_CONTENT,
        title=title,
        outcome=Outcome.REQUIRED,
        legal_basis=basis,
        reasons=tuple(reasons),
        deadline=deadline,
        status=status,
        recipients=notify.recipients,
        checklist=items,
        interpretations=("E9: phased notification, follow-up soft target",) if deadline else (),
    )


def register_entry(
    incident: Incident, *, scope: ScopeResult, notify: Determination
) -> Determination:
    """Art. 33(5): document every breach, notified or not, with the reasoning."""
    title = "Record the breach in the register"
    basis = (gdpr(33, 5),)
    if scope.outcome is Outcome.NOT_APPLICABLE:
        return _scoped(REGISTER_ENTRY, title, basis, scope)
    t = incident.timeline
    first = t.first_notice(NoticeKind.INITIAL)
    late = notify.status is not None and getattr(notify.status, "late_by", None) is not None
    decision = incident.judgment is not None or notify.outcome is not Outcome.UNDETERMINED
    items = (
        ChecklistItem(
            id="art33.5.facts",
            label="The facts of the breach",
            citation=gdpr(33, 5),
            provided=bool(incident.effects.types and incident.data),
        ),
        ChecklistItem(
            id="art33.5.effects",
            label="Its effects",
            citation=gdpr(33, 5),
            provided=bool(incident.consequences or incident.subjects),
        ),
        ChecklistItem(
            id="art33.5.remedial_action",
            label="The remedial action taken",
            citation=gdpr(33, 5),
            provided=bool(incident.measures.subsequent),
        ),
        ChecklistItem(
            id="art33.5.decision_rationale",
            label="The reasoning behind the notification decision",
            citation=edpb("section V.A"),
            provided=decision,
        ),
        ChecklistItem(
            id="art33.5.delay_reasons",
            label="Reasons for a late notification",
            citation=gdpr(33, 1),
            provided=not late or bool(first and first.reasons_for_delay),
        ),
    )
    not_a_breach = scope.outcome is Outcome.NOT_REQUIRED
    reasons = [
        Reason(
            kind=ReasonKind.RULE,
            text=(
                "Every personal data breach must be documented, notified or not: the facts, "
                "its effects and the remedial action, so that the authority can verify "
                "compliance; the reasoning behind decisions should be recorded too."
            ),
            citations=(gdpr(33, 5), edpb("section V.A"), encoding_note("E15")),
        )
    ]
    if not_a_breach:
        reasons.append(
            Reason(
                kind=ReasonKind.FACT,
                text="Record the decision that the incident is not a personal data breach, and why.",
                citations=(gdpr(33, 5), encoding_note("E15")),
            )
        )
    return Determination(
        id=REGISTER_ENTRY,
        title=title,
        outcome=Outcome.REQUIRED,
        legal_basis=basis,
        reasons=tuple(reasons),
        recipients=(incident.controller.id,),
        checklist=items,
        interpretations=("E15: every incident is registered",),
    )
