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

import functools
from datetime import UTC, date, datetime, timedelta

from attrs import frozen

from breachmodel.citations import Citation, edpb, encoding_note, gdpr, recital, reg_1182_71
from breachmodel.clocks import (
    Anchor,
    Check,
    Convention,
    Deadline,
    DeadlineRule,
    DeadlineStatus,
    Duty,
    Filed,
    Hours,
    OpenEnded,
    compute_deadline,
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
from breachmodel.regimes.gdpr._build import content_not_owed, decided
from breachmodel.regimes.gdpr.authority import AuthorityRouting
from breachmodel.regimes.gdpr.content import content_items
from breachmodel.regimes.gdpr.options import (
    Art33Variant,
    GdprOptions,
    ProcessorAwareness,
    art33_variant,
)
from breachmodel.regimes.gdpr.risk import Level, RiskAnalysis
from breachmodel.regimes.gdpr.scope import ScopeResult

__all__ = [
    "NOTIFICATION_CONTENT",
    "NOTIFY_AUTHORITY",
    "PROCESSOR_NOTICE",
    "REGISTER_ENTRY",
    "content_items",
    "controller_awareness",
    "counted_filings",
    "counted_notice",
    "notification_content",
    "notification_rule",
    "notify_authority",
    "processor_notice",
    "processor_notices",
    "register_entry",
]

NOTIFY_AUTHORITY = "gdpr.art33.notify_authority"
PROCESSOR_NOTICE = "gdpr.art33.processor_notice"
NOTIFICATION_CONTENT = "gdpr.art33.notification_content"
REGISTER_ENTRY = "gdpr.art33.register"

_Facts = tuple[MissingFact, ...]


def controller_awareness(
    incident: Incident, options: GdprOptions | None = None
) -> tuple[datetime | None, tuple[Reason, ...]]:
    """When the controller became aware (encoding notes E4 and E5).

    The controller is aware at the earlier of its own awareness and the processor's notice
    to it (EDPB 9/2022: the processor acts for the controller). Under the option
    ``processor_awareness = imputed`` the processor's own awareness counts too (the Irish
    DPC's Twitter decision). Returns the instant and the reasons.
    """
    t = incident.timeline
    imputed = options is not None and options.processor_awareness is ProcessorAwareness.IMPUTED
    candidates = {  # in order of preference when two fall at the same instant
        "notice": t.processor_notified_controller_at,
        "own": t.controller_aware_at,
        "processor": t.processor_aware_at if imputed else None,
    }
    known = {k: v for k, v in candidates.items() if v is not None}
    if not known:
        return None, ()
    by, aware = min(known.items(), key=lambda kv: kv[1])
    texts = {
        "own": f"The controller became aware at {aware.isoformat()}.",
        "notice": f"The controller is taken to be aware from the processor's notice at "
        f"{aware.isoformat()}.",
        "processor": f"The controller is held aware from its processor's own awareness at "
        f"{aware.isoformat()} (option processor_awareness = imputed: the Irish DPC's reading "
        "in its Twitter decision, 2020; the EDPB's default dates awareness from the "
        "processor's notice).",
    }
    cites = (gdpr(33, 1), edpb("section II.A.2"), encoding_note("E5"))
    if by == "processor":
        cites = (gdpr(33, 1), gdpr(33, 2), encoding_note("E5"))
    return aware, (Reason(kind=ReasonKind.FACT, text=texts[by], citations=cites),)


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
    return decided(
        det_id, title, scope.outcome, basis, scope.reasons, missing_facts=scope.missing_facts
    )


@frozen
class _Threshold:
    """Where the risk stands against the Art. 33(1) threshold, and why."""

    outcome: Outcome
    reasons: tuple[Reason, ...]
    open_questions: tuple[MissingFact, ...]
    interpretations: tuple[str, ...]


def _undetermined_level(risk: RiskAnalysis, variant: Art33Variant, open_q: _Facts) -> _Threshold:
    """No risk level recorded: the suggested range decides, and in doubt, notify (E7)."""
    low, high = risk.suggested_range
    if high.rank < variant.threshold.rank:
        return _Threshold(Outcome.NOT_REQUIRED, (), open_q, ())
    if low.rank >= variant.threshold.rank:
        return _Threshold(Outcome.REQUIRED, (), open_q, ())
    facts = "; ".join(m.question for m in risk.missing_facts)
    text = (
        f"Exception considered and not established: that {variant.exception}. The "
        f"controller bears the burden of showing it, and facts are missing "
        f"({facts}); in doubt, notify."
    )
    cites = (gdpr(33, 1), recital(85), encoding_note("E7"))
    reason = Reason(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=cites)
    return _Threshold(
        Outcome.REQUIRED, (reason,), risk.missing_facts, ("E7: unknown facts mean notify",)
    )


_JUDGMENT_QUESTION = MissingFact(
    path="$.judgment",
    question="Has the controller documented its conclusion that the breach is "
    "unlikely to result in a risk to people's rights and freedoms, and why?",
)


def _threshold(risk: RiskAnalysis, variant: Art33Variant, open_q: _Facts) -> _Threshold:
    """Art. 33(1): is the breach above the variant's threshold, or does the exception hold?"""
    level = risk.level
    if level is None:
        return _undetermined_level(risk, variant, open_q)
    said = f"the risk level is '{level.value}'{risk.source_note}"
    if level.rank >= variant.threshold.rank:
        text = f"Exception considered and rejected: {said}, so it cannot be said that {variant.exception}."
        cites: tuple[Citation, ...] = (gdpr(33, 1), edpb("section IV.B"))
        reason = Reason(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=cites)
        return _Threshold(Outcome.REQUIRED, (reason,), open_q, ())
    if (
        variant.conclusion_needed
        and (risk.judgment is None or not risk.judgment_followed)
        and risk.likelihood is not Level.NEGLIGIBLE
    ):
        # E7/E8: the suggestion 'unlikely' rests on the nature of the data (a low severity)
        # while harm itself is not unlikely; only the controller's documented conclusion
        # establishes the exception (EDPB 9/2022 Annex B, example (ix): simple data sent to
        # 1,000+ recipients is notified).
        text = (
            f"Exception considered and not established: the facts suggest that "
            f"{variant.exception} only because the data concerned is of low sensitivity, while "
            "harm is not unlikely. The controller bears the burden of showing it and "
            + (
                "has recorded no conclusion to that effect; without one, notify."
                if risk.judgment is None
                else "its documented conclusion rests on the low sensitivity of the data alone, "
                "which the reading documented_conclusion = tested does not accept; notify."
            )
        )
        cites = (gdpr(33, 1), recital(85), encoding_note("E7"), encoding_note("E8"))
        reason = Reason(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=cites)
        return _Threshold(
            Outcome.REQUIRED,
            (reason,),
            (*open_q, _JUDGMENT_QUESTION),
            ("E7/E8: the exception needs a documented conclusion",),
        )
    text = (
        f"Exception applied: {said}, so {variant.exception}; no notification is due, but "
        "the breach and this reasoning must be documented."
    )
    cites = (gdpr(33, 1), gdpr(33, 5), edpb("Annex B"))
    reason = Reason(kind=ReasonKind.EXCEPTION_APPLIED, text=text, citations=cites)
    return _Threshold(Outcome.NOT_REQUIRED, (reason,), open_q, ())


def _day(instant: datetime | None) -> date | None:
    return None if instant is None else instant.astimezone(UTC).date()


def notify_authority(
    incident: Incident,
    *,
    scope: ScopeResult,
    risk: RiskAnalysis,
    routing: AuthorityRouting,
    options: GdprOptions,
) -> Determination:
    """Art. 33(1): must the controller notify the supervisory authority, and by when?

    The threshold, the hours and the wording come from the version of the GDPR that
    applies (:func:`~breachmodel.regimes.gdpr.options.art33_variant`). The status is
    judged with no ``as_of``; the assessment judges :attr:`Determination.clock` again.
    """
    title = "Notify the supervisory authority"
    basis = (gdpr(33, 1),)
    if scope.outcome is not None:
        return _scoped(NOTIFY_AUTHORITY, title, basis, scope)
    aware, aware_reasons = controller_awareness(incident, options)
    variant = art33_variant(options.ruleset, _day(aware or incident.timeline.detected_at))
    rule = Reason(kind=ReasonKind.RULE, text=variant.rule, citations=variant.rule_citations)
    judged = _threshold(risk, variant, (*scope.open_questions, *risk.open_questions))
    reasons = [*scope.reasons, rule, *risk.judgment_warnings, *judged.reasons]
    interpretations = (*((variant.interpretation,) if variant.interpretation else ()),)
    interpretations += judged.interpretations
    if judged.outcome is Outcome.NOT_REQUIRED:
        return decided(
            NOTIFY_AUTHORITY,
            title,
            judged.outcome,
            basis,
            reasons,
            open_questions=judged.open_questions,
            interpretations=interpretations,
        )
    return _notification_due(
        incident,
        _Due(
            title,
            variant,
            aware,
            (*reasons, *aware_reasons),
            judged.open_questions,
            interpretations,
        ),
        risk=risk,
        routing=routing,
        options=options,
    )


@frozen
class _Due:
    """What :func:`notify_authority` has established when a notification is owed."""

    title: str
    variant: Art33Variant
    aware: datetime | None
    reasons: tuple[Reason, ...]
    open_questions: _Facts
    interpretations: tuple[str, ...]


def _notification_due(
    incident: Incident,
    due: _Due,
    *,
    risk: RiskAnalysis,
    routing: AuthorityRouting,
    options: GdprOptions,
) -> Determination:
    """Art. 33(1) when a notification is owed: the clock, the filings, the recipient."""
    reasons = list(due.reasons)
    open_questions = due.open_questions
    if due.aware is not None:
        reasons.extend(_awareness_warnings(incident, due.aware, options))
    deadline, clock_reasons = _notification_clock(
        incident, due.aware, routing, options, due.variant
    )
    reasons.extend(clock_reasons)
    if due.aware is None:
        open_questions = (*open_questions, _AWARENESS_QUESTION)
    reasons.extend(_high_risk_warning(risk, due.variant))
    filings, filing_reasons = counted_filings(incident, routing)
    reasons.extend(filing_reasons)
    first = incident.timeline.first_notice(NoticeKind.INITIAL)
    recorded = None if first is None else bool(first.reasons_for_delay)
    clock = Check(
        deadline=deadline,
        filings=tuple(filings),
        kinds=frozenset({NoticeKind.INITIAL.value}),
        reasons_for_delay_recorded=recorded,
        notes=functools.partial(_late_notice, recorded=recorded),
        notes_at=len(reasons),
    )
    status = clock.judge(None)
    reasons.extend(_late_notice(status, recorded=recorded))
    reasons.extend(_recipient(routing))
    if not routing.determined:
        open_questions = (*open_questions, *routing.missing_facts)
    reasons.extend(_joint_controllers(incident))
    reasons.extend(_e_privacy_warning(incident))
    return decided(
        NOTIFY_AUTHORITY,
        due.title,
        Outcome.REQUIRED,
        (gdpr(33, 1),),
        reasons,
        open_questions=open_questions,
        deadline=deadline,
        status=status,
        recipients=routing.ids,
        interpretations=(*due.interpretations, *_counting(options)),
        clock=clock,
    )


def _counting(options: GdprOptions) -> tuple[str, ...]:
    return (
        f"E2: hours counted by the '{options.counting.value}' convention",
        "E3: no weekend or holiday extension for hour periods",
    )


def _late_notice(status: DeadlineStatus, *, recorded: bool | None) -> tuple[Reason, ...]:
    """Art. 33(1): a late notification must give reasons, which do not make it on time."""
    if status.late_by is None:
        return ()
    if recorded:
        text = (
            "The initial notification was late; reasons for the delay accompany it, as "
            "required. They do not make it on time: the authority judges them."
        )
    else:
        text = (
            "The initial notification was late and records no reasons for the delay, which "
            "Art. 33(1) requires."
        )
    cited = (gdpr(33, 1), encoding_note("E10"))
    return (Reason(kind=ReasonKind.WARNING, text=text, citations=cited),)


def _recipient(routing: AuthorityRouting) -> tuple[Reason, ...]:
    if routing.determined:
        names = ", ".join(str(a) for a in routing.authorities)
        text = f"Recipient: {names}."
        return (Reason(kind=ReasonKind.FACT, text=text, citations=routing.legal_basis),)
    text = "The competent authority is not yet determined; see the routing."
    return (Reason(kind=ReasonKind.WARNING, text=text, citations=routing.legal_basis),)


def notification_rule(
    timezone: str,
    *,
    convention: Convention = Convention.ELAPSED,
    hours: int = 72,
    anchor: Anchor = Anchor.AWARENESS,
    label: str = "Notify the supervisory authority (Art. 33(1) GDPR)",
) -> DeadlineRule:
    """The Art. 33(1) deadline rule: notify the supervisory authority within 72 hours.

    Args:
        timezone: The supervisory authority's IANA zone, e.g. ``"Europe/Paris"`` (CNIL).
        convention: ``ELAPSED`` (default, encoding note E2) or ``REG_1182_71``.
        hours: The limit (72 under the GDPR as adopted; see :func:`art33_variant`).
        anchor: The start event: awareness, or detection for a provisional deadline (E4).
        label: What the deadline asks for.

    >>> notification_rule("Europe/London").period
    Hours(n=72)
    """
    return DeadlineRule(
        id=NOTIFY_AUTHORITY,
        label=label,
        anchor=anchor,
        period=Hours(n=hours),
        timezone=timezone,
        convention=convention,
        citations=(gdpr(33, 1), reg_1182_71("Art. 3")),
    )


_AWARENESS_QUESTION = MissingFact(
    path="$.timeline.controller_aware_at",
    question="When did the controller become aware of the breach with a reasonable degree "
    "of certainty?",
)


def _notification_clock(
    incident: Incident,
    aware: datetime | None,
    routing: AuthorityRouting,
    opts: GdprOptions,
    variant: Art33Variant,
) -> tuple[Deadline, list[Reason]]:
    """The Art. 33(1) deadline: from awareness, or provisionally from detection (E4)."""
    detected = incident.timeline.detected_at
    provisional = aware is None and detected is not None
    rule = notification_rule(
        routing.timezone,
        convention=opts.counting,
        hours=variant.hours,
        anchor=Anchor.DETECTION if provisional else Anchor.AWARENESS,
        label="Notify the supervisory authority"
        + (" (provisional, counted from detection)" if provisional else ""),
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


def _high_risk_warning(risk: RiskAnalysis, variant: Art33Variant) -> list[Reason]:
    """Recital 87: the graver the breach, the sooner 'without undue delay' falls."""
    if risk.level is not RiskLevel.HIGH:
        return []
    text = (
        "The risk is high: 'without undue delay' is judged by the nature and gravity of the "
        f"breach and may fall well before the {variant.hours} hours. Notify as soon as the "
        "essentials are known; the rest may follow in phases."
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


def processor_notices(
    incident: Incident, *, scope: ScopeResult, options: GdprOptions
) -> tuple[Determination, ...]:
    """Art. 33(2), with Art. 28(4) down the chain: each processor tells whom it acts for.

    One determination per processor link, in the incident's order: the first keeps the id
    :data:`PROCESSOR_NOTICE`, the others add the processor's id
    (``gdpr.art33.processor_notice.<id>``).
    """
    if not incident.processors:
        return (
            decided(
                PROCESSOR_NOTICE,
                "Processor informs the controller",
                Outcome.NOT_APPLICABLE,
                (gdpr(33, 2),),
                (
                    Reason(
                        kind=ReasonKind.FACT,
                        text="No processor is involved in the incident.",
                        citations=(gdpr(33, 2),),
                    ),
                ),
            ),
        )
    return tuple(
        _link_notice(incident, i, scope=scope, options=options)
        for i in range(len(incident.processors))
    )


def processor_notice(
    incident: Incident, *, scope: ScopeResult, options: GdprOptions
) -> Determination:
    """Art. 33(2) for the first processor (see :func:`processor_notices` for the chain)."""
    return processor_notices(incident, scope=scope, options=options)[0]


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
    notes = functools.partial(_beyond_target, notified=notified, target_hours=target_hours)
    clock = Check(
        deadline=deadline,
        filings=() if notified is None else (Filed("processor_notice", notified),),
        kinds=frozenset({"processor_notice"}),
        target_binds=True,
        notes=notes,
        notes_at=len(reasons),
    )
    status = clock.judge(None)
    reasons.extend(notes(status))
    reasons.extend(_learnt_elsewhere(incident, index, notified))
    path = "$.timeline.processor_aware_at" if index == 0 else f"$.processors[{index}].aware_at"
    return decided(
        det_id,
        title,
        Outcome.REQUIRED,
        basis,
        reasons,
        open_questions=()
        if aware is not None
        else (
            MissingFact(path=path, question="When did the processor become aware of the breach?"),
        ),
        deadline=deadline,
        status=status,
        recipients=(link.acts_for,),
        interpretations=("E5/E6: processor notice target",),
        clock=clock,
    )


def _beyond_target(
    status: DeadlineStatus, *, notified: datetime | None, target_hours: float
) -> tuple[Reason, ...]:
    """E5/E6: a processor's notice past the target is late, whatever the contract says."""
    if status.beyond_target_by is None:
        return ()
    text = (
        f"The processor's notice {'came' if notified else 'is'} "
        f"{_hours(status.beyond_target_by)} past the {target_hours:g}-hour target: "
        "late, whatever the contract allows."
    )
    cites = (gdpr(33, 2), encoding_note("E5"), encoding_note("E6"))
    return (Reason(kind=ReasonKind.WARNING, text=text, citations=cites),)


def notification_content(
    incident: Incident, *, notify: Determination, options: GdprOptions
) -> Determination:
    """Art. 33(3) and (4): what the notification must contain, and what may follow later."""
    title = "Content of the notification"
    basis = (gdpr(33, 3), gdpr(33, 4))
    if notify.outcome is not Outcome.REQUIRED:
        return content_not_owed(
            NOTIFICATION_CONTENT,
            title,
            basis,
            "Content is owed only with a notification; the notification is "
            f"{notify.outcome.value.replace('_', ' ')} ({notify.id}).",
            notify.missing_facts if notify.outcome is Outcome.UNDETERMINED else None,
        )
    items = content_items(incident)
    missing = [i for i in items if not i.provided]
    text = (
        "The notification must at least describe the nature of the breach (with the "
        "categories and approximate numbers of people and records), give a contact "
        "point, describe the likely consequences and the measures taken or proposed."
    )
    reasons = [
        Reason(kind=ReasonKind.RULE, text=text, citations=(gdpr(33, 3), edpb("paras. 51-53")))
    ]
    if missing:
        text = (
            f"To be completed: {', '.join(i.label.lower() for i in missing)}. Where they "
            "cannot be given at once, they may follow in phases without undue further "
            "delay; an exact count must never hold up the initial notification."
        )
        cites: tuple[Citation, ...] = (gdpr(33, 4), edpb("paras. 51-53"), encoding_note("E20"))
    else:
        text, cites = "The record holds every Art. 33(3) item.", (gdpr(33, 3),)
    reasons.append(Reason(kind=ReasonKind.FACT, text=text, citations=cites))
    first = incident.timeline.first_notice(NoticeKind.INITIAL)
    clock = _follow_up(incident, first.at, options) if missing and first is not None else None
    if clock is not None:
        text = (
            f"Follow-up target: {options.follow_up_target_hours:g} hours after the initial "
            "notification (a soft target in line with CNIL practice)."
        )
        cites = (gdpr(33, 4), encoding_note("E9"))
        reasons.append(Reason(kind=ReasonKind.INTERPRETATION, text=text, citations=cites))
    return decided(
        NOTIFICATION_CONTENT,
        title,
        Outcome.REQUIRED,
        basis,
        reasons,
        deadline=None if clock is None else clock.deadline,
        status=None if clock is None else clock.judge(None),
        recipients=notify.recipients,
        checklist=items,
        interpretations=("E9: phased notification, follow-up soft target",) if clock else (),
        clock=clock,
    )


def _follow_up(incident: Incident, initial: datetime, options: GdprOptions) -> Check:
    """Art. 33(4): the rest follows without undue further delay (E9: a soft target)."""
    target = timedelta(hours=options.follow_up_target_hours)
    rule = DeadlineRule(
        id=NOTIFICATION_CONTENT,
        label="Complete the notification (follow-up)",
        anchor=Anchor.EARLIER_FILING,
        period=OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY, target=target),
        timezone="UTC",
        citations=(gdpr(33, 4),),
    )
    return Check(
        deadline=compute_deadline(rule, {Anchor.EARLIER_FILING: initial}),
        filings=incident.timeline.authority_notices,
        kinds=frozenset({NoticeKind.FOLLOW_UP.value}),
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
    return decided(
        REGISTER_ENTRY,
        title,
        Outcome.REQUIRED,
        basis,
        reasons,
        recipients=(incident.controller.id,),
        checklist=items,
        interpretations=("E15: every incident is registered",),
    )
