"""Article 34 GDPR: communication of a personal data breach to the data subject.

* :func:`communicate_subjects` — Art. 34(1): tell the people concerned without undue
  delay when the breach is likely to result in a high risk; the Art. 34(3) exemptions
  (a) unintelligible data, (b) subsequent measures, (c) disproportionate effort; an
  authority's Art. 34(4) decision overrides.
* :func:`public_communication` — Art. 34(3)(c): where individual communication would need
  disproportionate effort, a public communication informing people as effectively.
* :func:`communication_content` — Art. 34(2): what the communication must say.
"""

from __future__ import annotations

from attrs import evolve

from breachmodel.citations import Citation, edpb, encoding_note, gdpr, recital
from breachmodel.clocks import Anchor, Check, DeadlineRule, Duty, Filed, OpenEnded, compute_deadline
from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import AuthorityDecision, AuthorityDecisionKind, Incident, RiskLevel
from breachmodel.regimes.gdpr._build import content_not_owed, decided
from breachmodel.regimes.gdpr.art33 import controller_awareness
from breachmodel.regimes.gdpr.content import communication_items
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.gdpr.risk import RiskAnalysis
from breachmodel.regimes.gdpr.scope import ScopeResult

__all__ = [
    "COMMUNICATE_SUBJECTS",
    "COMMUNICATION_CONTENT",
    "PUBLIC_COMMUNICATION",
    "communicate_subjects",
    "communication_content",
    "communication_items",
    "public_communication",
]

COMMUNICATE_SUBJECTS = "gdpr.art34.communicate_subjects"
PUBLIC_COMMUNICATION = "gdpr.art34.public_communication"
COMMUNICATION_CONTENT = "gdpr.art34.communication_content"

_Facts = tuple[MissingFact, ...]


def _exemption_c(incident: Incident) -> tuple[bool, Reason]:
    facts = incident.contact
    applies = bool(facts.disproportionate_effort) or facts.contact_details_available is False
    if applies:
        why = (
            "the controller has no means of contacting them"
            if facts.contact_details_available is False
            else "the controller documented that contacting them individually would involve "
            "disproportionate effort"
        )
        return True, Reason(
            kind=ReasonKind.EXCEPTION_APPLIED,
            text=(
                f"Art. 34(3)(c) considered and applied: {why}. This does not remove the duty: "
                "a public communication or similar measure must inform people as effectively."
            ),
            citations=(gdpr(34, 3, "c"), encoding_note("E13")),
        )
    return False, Reason(
        kind=ReasonKind.EXCEPTION_REJECTED,
        text=(
            "Art. 34(3)(c) considered and rejected: no documented conclusion that individual "
            "communication would involve disproportionate effort."
        ),
        citations=(gdpr(34, 3, "c"),),
    )


def _uncovered_loss(incident: Incident) -> str | None:
    """The loss or alteration no backup makes good, described; None if there is none.

    Art. 34(3)(a) speaks of data made unintelligible to unauthorised persons: it answers a
    confidentiality breach. Data lost with no backup, or altered beyond repair, is a harm
    encryption does nothing against (EDPB 9/2022, section I.B, on the three breach types).
    """
    effects, backup = incident.effects, incident.measures.backup_available
    lost = effects.availability
    if lost is not None and lost.restored_from_backup is not True and backup is not True:
        return "made data unavailable or destroyed it, with no backup recorded"
    altered = effects.integrity
    if altered is not None and altered.altered is not False and altered.reversible is not True:
        return "altered data that is not recorded as restorable"
    return None


def _exemption_a(incident: Incident) -> tuple[bool, Reason, list[MissingFact]]:
    """Art. 34(3)(a): whether it applies, why, and the question it leaves open."""
    enc = incident.measures.encryption
    unintelligible = enc.renders_unintelligible if enc is not None else False
    loss = _uncovered_loss(incident)
    if unintelligible and loss is not None:
        text = (
            "Art. 34(3)(a) considered and rejected: the encryption keeps the data "
            "confidential, but the exemption protects confidentiality only, and the breach "
            f"also {loss}; a high risk from that loss is not removed by the data being "
            "unintelligible."
        )
        cites = (gdpr(34, 3, "a"), edpb("section III.B"), edpb("section I.B"))
        return False, Reason(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=cites), []
    if unintelligible:
        text = (
            "Art. 34(3)(a) considered and applied: the breached data was protected by "
            "state-of-the-art encryption whose key was not compromised, so it is "
            "unintelligible to anyone not authorised."
        )
        cites = (gdpr(34, 3, "a"), edpb("section III.B"), encoding_note("E13"))
        return True, Reason(kind=ReasonKind.EXCEPTION_APPLIED, text=text, citations=cites), []
    questions: list[MissingFact] = []
    if unintelligible is None:
        questions.append(
            MissingFact(
                path="$.measures.encryption",
                question="Was the encryption state of the art, applied to the breached data, "
                "with a key that was not compromised?",
            )
        )
        why = "the encryption facts are incomplete, and the exemption needs evidence"
    else:
        why = "the breached data was not rendered unintelligible (no effective encryption)"
    reason = Reason(
        kind=ReasonKind.EXCEPTION_REJECTED,
        text=f"Art. 34(3)(a) considered and rejected: {why}.",
        citations=(gdpr(34, 3, "a"), encoding_note("E13")),
    )
    return False, reason, questions


def _exemptions(incident: Incident) -> tuple[str | None, list[Reason], list[MissingFact]]:
    """Art. 34(3): which exemption applies (a or b), with reasons for each considered."""
    a_applies, a_reason, questions = _exemption_a(incident)
    reasons = [a_reason]
    if a_applies:
        return "a", reasons, questions
    neutralised = incident.measures.high_risk_no_longer_likely
    if neutralised and incident.measures.subsequent:
        reasons.append(
            Reason(
                kind=ReasonKind.EXCEPTION_APPLIED,
                text=(
                    "Art. 34(3)(b) considered and applied: the controller documented that its "
                    "subsequent measures ("
                    + ", ".join(
                        m.kind.value.replace("_", " ") for m in incident.measures.subsequent
                    )
                    + ") mean the high risk is no longer likely to materialise."
                ),
                citations=(gdpr(34, 3, "b"), encoding_note("E13")),
            )
        )
        return "b", reasons, questions
    if neutralised:
        why = (
            "the conclusion is recorded but no subsequent measure is, and the exemption needs them"
        )
    else:
        why = "no documented conclusion that subsequent measures removed the high risk"
        if neutralised is None and incident.measures.subsequent:
            questions.append(
                MissingFact(
                    path="$.measures.high_risk_no_longer_likely",
                    question="Do the measures taken mean the high risk is no longer likely to "
                    "materialise?",
                )
            )
    reasons.append(
        Reason(
            kind=ReasonKind.EXCEPTION_REJECTED,
            text=f"Art. 34(3)(b) considered and rejected: {why}.",
            citations=(gdpr(34, 3, "b"),),
        )
    )
    return None, reasons, questions


def _base(
    incident: Incident, scope: ScopeResult, risk: RiskAnalysis
) -> tuple[Outcome | None, list[Reason], tuple[MissingFact, ...], tuple[MissingFact, ...]]:
    """Art. 34(1) threshold, before exemptions: (outcome if final, reasons, missing, open)."""
    reasons = list(scope.reasons)
    if scope.outcome is not None:
        return scope.outcome, reasons, scope.missing_facts, ()
    reasons.append(
        Reason(
            kind=ReasonKind.RULE,
            text=(
                "When a breach is likely to result in a high risk to people's rights and "
                "freedoms, the controller must communicate it to them without undue delay."
            ),
            citations=(gdpr(34, 1), recital(86)),
        )
    )
    reasons.extend(risk.judgment_warnings)
    level = risk.level
    if level is None:
        low, high = risk.suggested_range
        if high is not RiskLevel.HIGH:
            level = high
        else:
            reasons.append(
                Reason(
                    kind=ReasonKind.MISSING,
                    text=(
                        f"Whether the risk is high cannot be told: the facts allow {low.value} "
                        f"to {high.value}."
                    ),
                    citations=(gdpr(34, 1), edpb("section IV.B")),
                )
            )
            return Outcome.UNDETERMINED, reasons, risk.missing_facts, ()
    if level is not RiskLevel.HIGH:
        reasons.append(
            Reason(
                kind=ReasonKind.FACT,
                text=f"The risk level is '{level.value}'{risk.source_note}, below the high-risk threshold.",
                citations=(gdpr(34, 1),),
            )
        )
        return Outcome.NOT_REQUIRED, reasons, (), risk.open_questions
    reasons.append(
        Reason(
            kind=ReasonKind.FACT,
            text=f"The risk level is 'high'{risk.source_note}: the threshold is met.",
            citations=(gdpr(34, 1), edpb("section IV.B")),
        )
    )
    return None, reasons, (), risk.open_questions


_TITLE = "Communicate the breach to the people concerned"


def _authority_decided(
    decision: AuthorityDecision, reasons: list[Reason]
) -> tuple[Outcome, list[Reason]]:
    """Art. 34(4): the authority's decision overrides the controller's own assessment."""
    when = decision.at.isoformat()
    if decision.kind is AuthorityDecisionKind.REQUIRE_COMMUNICATION:
        text = (
            f"The supervisory authority required the communication on {when}; its decision "
            "overrides the controller's own assessment."
        )
        cites = (gdpr(34, 4), gdpr(58, 2, "e"), encoding_note("E13"))
        return Outcome.REQUIRED, [
            *reasons,
            Reason(kind=ReasonKind.RULE, text=text, citations=cites),
        ]
    text = (
        f"The supervisory authority decided on {when} that the condition of "
        f"Art. 34(3)({decision.exemption}) is met; its decision overrides the controller's own "
        "assessment."
    )
    out = [
        *reasons,
        Reason(kind=ReasonKind.RULE, text=text, citations=(gdpr(34, 4), encoding_note("E13"))),
    ]
    if decision.exemption == "c":
        # The authority's finding settles (c), whatever the controller documented; it turns
        # into a public communication (E13), never into silence.
        text = (
            "Art. 34(3)(c) applied by the authority's decision: individual communication is "
            "replaced by a public communication or similar measure informing people as "
            "effectively."
        )
        cites = (gdpr(34, 3, "c"), gdpr(34, 4), encoding_note("E13"))
        out.append(Reason(kind=ReasonKind.EXCEPTION_APPLIED, text=text, citations=cites))
    return Outcome.NOT_REQUIRED, out


def communicate_subjects(
    incident: Incident,
    *,
    scope: ScopeResult,
    risk: RiskAnalysis,
    options: GdprOptions,
) -> Determination:
    """Art. 34(1), (3) and (4): must the people concerned be told individually?"""
    del options  # the same options as Art. 33; kept for a uniform signature
    basis = (gdpr(34, 1),)
    outcome, reasons, missing, open_q = _base(incident, scope, risk)
    decision = incident.authority_decision
    if decision is not None and scope.outcome is None:
        outcome, reasons = _authority_decided(decision, reasons)
        return _with_clock(
            incident,
            COMMUNICATE_SUBJECTS,
            _TITLE,
            (gdpr(34, 1), gdpr(34, 4)),
            outcome,
            reasons,
            (),
            open_q,
        )
    if outcome is not None:
        return _with_clock(
            incident, COMMUNICATE_SUBJECTS, _TITLE, basis, outcome, reasons, missing, open_q
        )
    exemption, ex_reasons, questions = _exemptions(incident)
    reasons.extend(ex_reasons)
    # The risk analysis may already ask the same question (e.g. about the encryption).
    open_q = tuple({m.path: m for m in (*open_q, *questions)}.values())
    interpretations = ("E13: exemptions need evidence",)
    if exemption is None:
        c_applies, c_reason = _exemption_c(incident)
        reasons.append(c_reason)
        if c_applies:
            exemption = "c"
            interpretations = ("E13: Art. 34(3)(c) becomes a public communication",)
    return _with_clock(
        incident,
        COMMUNICATE_SUBJECTS,
        _TITLE,
        basis if exemption is None else (gdpr(34, 1), gdpr(34, 3, exemption)),
        Outcome.REQUIRED if exemption is None else Outcome.NOT_REQUIRED,
        reasons,
        (),
        open_q,
        interpretations=interpretations,
    )


def _with_clock(  # noqa: PLR0917 - internal helper, called positionally in this module only
    incident: Incident,
    det_id: str,
    title: str,
    basis: tuple[Citation, ...],
    outcome: Outcome,
    reasons: list[Reason],
    missing: tuple[MissingFact, ...],
    open_q: tuple[MissingFact, ...],
    *,
    public: bool = False,
    interpretations: tuple[str, ...] = (),
) -> Determination:
    plain = decided(
        det_id,
        title,
        outcome,
        basis,
        reasons,
        missing_facts=missing,
        open_questions=open_q,
        interpretations=interpretations,
    )
    if outcome is not Outcome.REQUIRED:
        return plain
    aware, aware_reasons = controller_awareness(incident)
    reasons.extend(aware_reasons)
    rule = DeadlineRule(
        id=det_id,
        label=title,
        anchor=Anchor.AWARENESS,
        period=OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY),
        timezone="UTC",
        citations=(gdpr(34, 1), recital(86)),
    )
    deadline = compute_deadline(rule, {Anchor.AWARENESS: aware})
    t = incident.timeline
    kind = "public" if public else "individual"
    made = t.public_communications if public else t.subject_communications
    clock = Check(
        deadline=deadline, filings=tuple(Filed(kind, c.at) for c in made), kinds=frozenset({kind})
    )
    status = clock.judge(None)
    reasons.append(
        Reason(
            kind=ReasonKind.RULE,
            text=(
                "No fixed hours: 'without undue delay', promptly where harm is imminent, in "
                "cooperation with the authority; it may come before the notification to the "
                "authority."
            ),
            citations=(gdpr(34, 1), recital(86), edpb("para. 59")),
        )
    )
    return evolve(
        plain,
        reasons=tuple(reasons),
        deadline=deadline,
        status=status,
        recipients=("public",) if public else ("data_subjects",),
        clock=clock,
    )


def _via_c(incident: Incident, individual: Determination) -> bool:
    """Whether Art. 34(3)(c) replaced the individual communication (or the authority said so)."""
    if gdpr(34, 3, "c") in individual.legal_basis and individual.outcome is Outcome.NOT_REQUIRED:
        return True
    decision = incident.authority_decision
    return (
        decision is not None
        and decision.kind is AuthorityDecisionKind.EXEMPTION_MET
        and decision.exemption == "c"
    )


def public_communication(incident: Incident, *, individual: Determination) -> Determination:
    """Art. 34(3)(c): a public communication instead of individual ones."""
    title = "Public communication instead of individual ones"
    basis = (gdpr(34, 3, "c"),)

    def ruled(outcome: Outcome, text: str, missing: _Facts = ()) -> Determination:
        reason = Reason(kind=ReasonKind.RULE, text=text, citations=basis)
        return _with_clock(
            incident, PUBLIC_COMMUNICATION, title, basis, outcome, [reason], missing, ()
        )

    if individual.outcome is Outcome.NOT_APPLICABLE:
        # Art. 34 does not reach the incident (e.g. before 25 May 2018): nor does (3)(c).
        reasons = list(individual.reasons)
        return _with_clock(
            incident, PUBLIC_COMMUNICATION, title, basis, Outcome.NOT_APPLICABLE, reasons, (), ()
        )
    if individual.outcome is Outcome.UNDETERMINED:
        text = "Depends on whether individual communication is owed, which is undetermined."
        return ruled(Outcome.UNDETERMINED, text, individual.missing_facts)
    if not _via_c(incident, individual):
        text = (
            "A public communication replaces individual ones only where these would involve "
            "disproportionate effort; that is not the case here."
        )
        return ruled(Outcome.NOT_REQUIRED, text)
    text = (
        "Individual communication would involve disproportionate effort: a public "
        "communication or similar measure must inform the people concerned in an equally "
        "effective manner (a prominent website banner, press notices)."
    )
    cites = (gdpr(34, 3, "c"), edpb("section III.B"), encoding_note("E13"))
    return _with_clock(
        incident,
        PUBLIC_COMMUNICATION,
        title,
        basis,
        Outcome.REQUIRED,
        [Reason(kind=ReasonKind.RULE, text=text, citations=cites)],
        (),
        (),
        public=True,
        interpretations=("E13: Art. 34(3)(c) becomes a public communication",),
    )


def communication_content(
    incident: Incident, *, individual: Determination, public: Determination
) -> Determination:
    """Art. 34(2): what the communication to people must contain."""
    title = "Content of the communication to people"
    basis = (gdpr(34, 2),)
    owed = Outcome.REQUIRED in (individual.outcome, public.outcome)
    if not owed:
        undetermined = Outcome.UNDETERMINED in (individual.outcome, public.outcome)
        return content_not_owed(
            COMMUNICATION_CONTENT,
            title,
            basis,
            "Content is owed only with a communication to people.",
            individual.missing_facts if undetermined else None,
        )
    items = communication_items(incident)
    missing = [i.label.lower() for i in items if not i.provided]
    reasons = [
        Reason(
            kind=ReasonKind.RULE,
            text=(
                "The communication must describe the nature of the breach in clear and plain "
                "language and give at least the contact point, the likely consequences and the "
                "measures taken or proposed; a dedicated message, not part of routine news."
            ),
            citations=(gdpr(34, 2), edpb("section III.A")),
        )
    ]
    if missing:
        reasons.append(
            Reason(
                kind=ReasonKind.FACT,
                text=f"To be completed before sending: {', '.join(missing)}.",
                citations=(gdpr(34, 2),),
            )
        )
    return decided(
        COMMUNICATION_CONTENT,
        title,
        Outcome.REQUIRED,
        basis,
        reasons,
        recipients=public.recipients
        if public.outcome is Outcome.REQUIRED
        else individual.recipients,
        checklist=items,
    )
