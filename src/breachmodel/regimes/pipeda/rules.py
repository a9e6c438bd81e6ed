"""PIPEDA ss. 10.1-10.3 with the Breach of Security Safeguards Regulations (SOR/2018-64).

* **Who** (:func:`applicability`): an organisation's breach concerning people in Canada, or
  an organisation established there, in the course of commercial activity (or a federal
  work, undertaking or business). Where every Canadian concerned is counted in Québec,
  Alberta or British Columbia, which have substantially similar laws, PIPEDA reaches the
  breach only if the information crossed a provincial or national border.
* **Report to the OPC** (:func:`report_opc`) and **notify individuals**
  (:func:`notify_individuals`) of a breach creating a real risk of significant harm, as
  soon as feasible after determining it occurred: an open-ended duty (s. 10.1).
* **Notify organisations** that may reduce the harm (:func:`notify_organisations`,
  s. 10.2) and **keep a record** of every breach for 24 months (:func:`record`, s. 10.3).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from dateutil.relativedelta import relativedelta

from breachmodel.citations import Citation
from breachmodel.clocks import Anchor, Deadline
from breachmodel.clocks import Duty as OpenDuty
from breachmodel.determination import Assumption, ChecklistItem, Determination, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes import _national
from breachmodel.regimes._base import Applicability
from breachmodel.regimes.pipeda._law import OPC_ID, OPC_ZONE, REGIME_ID, pipeda, regs
from breachmodel.regimes.pipeda.harm import FINDINGS, RealRisk

__all__ = [
    "BREACH_PROVISIONS_FROM",
    "CONTENT",
    "INDIVIDUALS",
    "KEYS",
    "ORGANISATIONS",
    "RECORD",
    "REPORT",
    "SIMILAR_PROVINCES",
    "applicability",
    "content_items",
    "determinations",
    "prefilter",
]

REPORT: Final = "pipeda.s10_1.report_opc"
CONTENT: Final = "pipeda.s10_1.report_content"
INDIVIDUALS: Final = "pipeda.s10_1.notify_individuals"
ORGANISATIONS: Final = "pipeda.s10_2.notify_organisations"
RECORD: Final = "pipeda.s10_3.record"

_LAW: Final = _national.Law(zone=OPC_ZONE, book=_national.book(REGIME_ID, {
    REPORT: (Duty.NOTIFY_AUTHORITY, "opc", "Report the breach to the Privacy Commissioner (PIPEDA)", (pipeda("10.1", "(1)"), pipeda("10.1", "(2)"))),
    CONTENT: (Duty.CONTENT, "opc", "Content of the report to the Commissioner (PIPEDA)", (pipeda("10.1", "(2)"), regs("s. 2(1)"))),
    INDIVIDUALS: (Duty.INFORM_INDIVIDUALS, "individuals", "Notify the individuals (PIPEDA)", (pipeda("10.1", "(3)"), pipeda("10.1", "(6)"))),
    ORGANISATIONS: (Duty.NOTIFY_THIRD_PARTY, "organisations", "Notify organisations that may reduce the harm (PIPEDA)", (pipeda("10.2", "(1)"),)),
    RECORD: (Duty.RECORD, "register", "Keep a record of the breach for 24 months (PIPEDA)", (pipeda("10.3", "(1)"), regs("s. 6"))),
}))  # fmt: skip
"""Each determination's obligation (duty, recipient, title, legal basis), in Ottawa time."""

KEYS: Final = _LAW.keys
"""Each determination's obligation key."""

BREACH_PROVISIONS_FROM: Final = date(2018, 11, 1)
"""Sections 10.1-10.3 in force (secondary sources: Mondaq/Blakes, Lexology)."""
SIMILAR_PROVINCES: Final = frozenset({"CA-QC", "CA-AB", "CA-BC"})
"""Provinces with private-sector laws declared substantially similar (secondary source)."""
RETENTION: Final = relativedelta(months=24)
"""Reg. 6: the record is kept 24 months after the day the breach is determined to have
occurred (secondary sources)."""

_TERRITORY: Final = _national.Territory(
    regime=REGIME_ID,
    country="CA",
    name="Canada",
    law="PIPEDA",
    citation=pipeda("10.1", "(1)"),
)

_BORDER_QUESTION: Final = FINDINGS["interprovincial"]


def _provinces(incident: Incident) -> frozenset[str]:
    """The Canadian provinces where people concerned are counted (empty: none recorded)."""
    return frozenset(
        s.subdivision
        for g in incident.subjects
        for s in g.by_subdivision
        if s.country == "CA" and s.count.best != 0
    )


def _category(incident: Incident) -> str | None:
    found = incident.controller.classification(REGIME_ID)
    return None if found is None else found.category


def _in_scope(incident: Incident) -> Applicability | None:
    """Not applicable or undetermined for the organisation's kind or the provinces, else None."""
    if incident.controller.public_authority:
        text = "The organisation is a public body: PIPEDA's breach rules govern organisations in commercial activity (from memory, not verified)."
        return _national.not_applicable(_TERRITORY, text)
    category = _category(incident)
    if category == "not_commercial":
        text = "The organisation does not collect, use or disclose the information in the course of commercial activity (recorded classification)."
        return _national.not_applicable(_TERRITORY, text)
    provinces = _provinces(incident)
    if category == "federal_work" or not provinces or not provinces <= SIMILAR_PROVINCES:
        return None
    border = _national.answer(incident, REGIME_ID, "interprovincial")
    if border is None:
        text = (
            f"Everyone concerned in Canada is counted in {', '.join(sorted(provinces))}, whose "
            "private-sector laws are substantially similar: PIPEDA applies only if the "
            "information crossed a provincial or national border, which is not recorded."
        )
        missing = (_national.unrecorded(REGIME_ID, "interprovincial", _BORDER_QUESTION),)
        return _national.undetermined(_TERRITORY, text, missing)
    if not border:
        text = f"The information stayed within {', '.join(sorted(provinces))}: the substantially similar provincial law applies instead."
        return _national.not_applicable(_TERRITORY, text)
    return None


prefilter: Final = _national.quick(_TERRITORY)
"""Not applicable, at once, with no one counted in Canada and no establishment there."""


def applicability(incident: Incident) -> Applicability:
    """People in Canada or a Canadian establishment; commercial activity; the provinces."""
    return _national.territorial(incident, _TERRITORY, _reached)


def _reached(incident: Incident, where: str) -> Applicability:
    excluded = _in_scope(incident)
    if excluded is not None:
        return excluded
    known = incident.timeline.controller_aware_at or incident.timeline.detected_at
    if known is not None and known.date() < BREACH_PROVISIONS_FROM:
        text = "The breach was known before 1 November 2018, when ss. 10.1-10.3 came into force."
        return _national.not_applicable(_TERRITORY, text)
    return _national.applicable(_TERRITORY, f"{where} PIPEDA's breach rules apply.")


def _assumptions(incident: Incident) -> tuple[Assumption, ...]:
    out = []
    if _category(incident) is None:
        out.append(
            Assumption(
                path=_national.CLASSIFIED,
                assumed="the organisation handles the information in the course of commercial activity",
                why="the ordinary case for a business; record a 'pipeda' classification "
                "('commercial_activity', 'federal_work' or 'not_commercial') to decide it",
            )
        )
    if not _provinces(incident) and _category(incident) != "federal_work":
        out.append(
            Assumption(
                path="$.subjects[*].by_subdivision",
                assumed="people outside Québec, Alberta and British Columbia are concerned, or "
                "the information crossed a provincial or national border",
                why="no province is recorded; record by_subdivision (CA-QC, CA-ON...) to decide it",
            )
        )
    return tuple(out)


def _determined(incident: Incident) -> tuple[datetime | None, tuple[Assumption, ...]]:
    found = incident.finding(REGIME_ID, "determined")
    if found is not None and found.at is not None:
        return found.at, ()
    aware = incident.timeline.controller_aware_at
    if aware is None:
        return None, ()
    assumed = Assumption(
        path=_national.finding_path(REGIME_ID, "determined"),
        assumed="the organisation determined that the breach occurred when it became aware of it",
        why="no later determination is recorded",
    )
    return aware, (assumed,)


def _feasible(
    incident: Incident, det_id: str, citation: Citation
) -> tuple[Deadline, tuple[Assumption, ...]]:
    start, assumed = _determined(incident)
    duty = OpenDuty.AS_SOON_AS_FEASIBLE
    anchor = Anchor.DETERMINATION
    return _LAW.open_clock(det_id, anchor=anchor, start=start, duty=duty, cite=citation), assumed


_FEASIBLE: Final = Reason.rule(
    (
        "As soon as feasible after the organisation determines that the breach occurred: the "
        "Act sets no number of days, so there is no due instant; the duty stays open until done, "
        "and any time taken should be explainable by the work needed to report accurately."
    ),
    (pipeda("10.1", "(2)"), pipeda("10.1", "(6)")),
)


def report_opc(incident: Incident, risk: RealRisk) -> Determination:
    """Section 10.1(1)-(2): report to the Commissioner as soon as feasible."""
    deadline, assumed = _feasible(incident, REPORT, pipeda("10.1", "(2)"))
    rule = Reason.rule(
        (
            "The organisation reports to the Privacy Commissioner any breach of security "
            "safeguards involving personal information under its control (including at its "
            "service providers) where it is reasonable to believe the breach creates a real risk "
            "of significant harm to an individual, in writing, by any secure means."
        ),
        (pipeda("10.1", "(1)"), regs("s. 2(3)")),
    )
    return _LAW.owed_if(
        REPORT,
        incident,
        risk.rrosh,
        rule,
        *risk.reasons,
        then=(_FEASIBLE,),
        deadline=deadline,
        missing=risk.missing_facts,
        recipients=(OPC_ID,),
        assumptions=(*_assumptions(incident), *assumed),
    )


_REPORT: Final[tuple[_national.Point, ...]] = (
    ("a", "The circumstances of the breach and, if known, its cause", lambda i: bool(i.effects.types)),
    ("b", "The day or period of the breach (or an approximate period)", lambda i: i.timeline.occurred.earliest is not None),
    ("c", "The personal information concerned, as far as known", lambda i: bool(i.data)),
    ("d", "The number of individuals affected (or an approximate number)", lambda i: i.total_subjects.known),
    ("e", "The steps taken to reduce the risk of harm or mitigate it", lambda i: bool(i.measures.subsequent)),
    ("f", "The steps taken or intended to notify the individuals", lambda i: bool(i.timeline.subject_communications)),
    ("g", "A contact person who can answer the Commissioner's questions", lambda i: i.controller.contact is not None),
)  # fmt: skip
"""Reg. 2(1)(a)-(g) of SOR/2018-64, point by point."""


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Reg. 2(1) of SOR/2018-64: what the report to the Commissioner contains."""
    return _national.points(incident, "pipeda.report", lambda p: regs(f"s. 2(1)({p})"), _REPORT)


def report_content(incident: Incident, report: Determination) -> Determination:
    """Reg. 2 of SOR/2018-64: the report's content; new information may follow (reg. 2(2))."""
    text = (
        "The report states the items of reg. 2(1); information learnt later may be sent afterwards."
    )
    reason = Reason.rule(text, (regs("s. 2(1)"), regs("s. 2(2)")))
    return _LAW.content(CONTENT, report, incident, reason, content_items)


def _indirect(incident: Incident) -> Reason:
    c = incident.contact
    if c.contact_details_available is False or c.disproportionate_effort is True:
        text = (
            "Direct notification is not possible or would be unduly hard: notify indirectly, "
            "by a conspicuous public communication or advertisement (reg. 5; circumstances "
            "from memory, not verified)."
        )
        return Reason.fact(text, (pipeda("10.1", "(5)"), regs("s. 5")))
    text = (
        "Notify each individual directly and conspicuously (in person, by telephone, mail, "
        "email or another reasonable means), with enough to understand the significance of "
        "the breach and to reduce or mitigate the harm."
    )
    return Reason.rule(text, (pipeda("10.1", "(4)"), pipeda("10.1", "(5)"), regs("s. 4")))


def notify_individuals(incident: Incident, risk: RealRisk) -> Determination:
    """Section 10.1(3)-(6): the individuals, unless a law prohibits it."""
    deadline, _assumed = _feasible(incident, INDIVIDUALS, pipeda("10.1", "(6)"))
    text = "A law prohibits notifying the individuals."
    bar = Reason.exception_applied(text, (pipeda("10.1", "(3)"),))
    prohibited = _national.answer(incident, REGIME_ID, "prohibited_by_law")
    return _LAW.owed_if(
        INDIVIDUALS,
        incident,
        risk.rrosh,
        *risk.reasons,
        lifted=bar if prohibited else None,
        then=(_indirect(incident), _FEASIBLE),
        deadline=deadline,
        missing=risk.missing_facts,
        recipients=("individuals",),
    )


def notify_organisations(incident: Incident, risk: RealRisk) -> Determination:
    """Section 10.2: organisations or government institutions that may reduce the harm."""
    deadline, _assumed = _feasible(incident, ORGANISATIONS, pipeda("10.2", "(2)"))
    rule = Reason.rule(
        (
            "An organisation that notifies individuals also notifies any other organisation, "
            "or government institution, that it believes may be able to reduce the risk of harm "
            "or mitigate it (a bank, a credit bureau, the police), as soon as feasible."
        ),
        (pipeda("10.2", "(1)"), pipeda("10.2", "(2)")),
    )
    outcome, missing = _national.outcome_of(risk.rrosh), risk.missing_facts
    if outcome is Outcome.REQUIRED:
        believes = _national.answer(incident, REGIME_ID, "can_reduce_harm")
        if believes is None:
            outcome = Outcome.UNDETERMINED
            question = FINDINGS["can_reduce_harm"]
            missing = (_national.unrecorded(REGIME_ID, "can_reduce_harm", question),)
        elif not believes:
            outcome = Outcome.NOT_REQUIRED
    return _LAW.decide(
        ORGANISATIONS,
        incident,
        outcome,
        rule,
        *risk.reasons,
        deadline=deadline,
        missing=missing,
        recipients=("organisations",),
    )


def record(incident: Incident) -> Determination:
    """Section 10.3 and reg. 6: a record of every breach, kept 24 months after the determination."""
    start, assumed = _determined(incident)
    until = "" if start is None else f", here until {(start + RETENTION).date().isoformat()}"
    text = (
        "Every breach of security safeguards involving personal information under the "
        "organisation's control is recorded, whether or not it is reported, with enough to "
        "show whether it created a real risk of significant harm, and the record is kept for "
        f"24 months after the day the breach was determined to have occurred{until}; the "
        "Commissioner may ask for it."
    )
    reason = Reason.rule(text, (pipeda("10.3", "(1)"), regs("s. 6")))
    return _LAW.decide(RECORD, incident, Outcome.REQUIRED, reason, assumptions=assumed)


def determinations(incident: Incident, risk: RealRisk) -> tuple[Determination, ...]:
    """Every PIPEDA determination: the OPC, its content, individuals, organisations, record."""
    return _LAW.within(applicability(incident), incident, lambda: _owed(incident, risk))


def _owed(incident: Incident, risk: RealRisk) -> tuple[Determination, ...]:
    report = report_opc(incident, risk)
    return (
        report,
        report_content(incident, report),
        notify_individuals(incident, risk),
        notify_organisations(incident, risk),
        record(incident),
    )
