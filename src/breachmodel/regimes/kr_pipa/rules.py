"""PIPA Art. 34: notice to data subjects and the report to the PIPC or KISA.

* **Notice** (Art. 34(1), Decree Art. 39): every loss, theft or leak ("divulgence") of
  personal information, without delay and within 72 hours of awareness, with the five
  items of Art. 34(1); where contact details are unknown, a substitute measure (Decree).
* **Report** (Art. 34(3), Decree Art. 40): to the PIPC or KISA within 72 hours where
  1,000 or more data subjects are concerned, where sensitive or unique identifying
  information is concerned, or where the leak came from unauthorised access from outside;
  not where the data was retrieved or deleted so that the risk is substantially removed.
* Hours run as elapsed time (weekends and holidays count); shown in Korea's time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from attrs import frozen

from breachmodel.clocks import Deadline, Hours
from breachmodel.determination import ChecklistItem, Determination, MissingFact, Outcome, Reason
from breachmodel.model import ActorOrigin, Count, Incident, Intent, MeasureKind, Vector
from breachmodel.obligations import Duty
from breachmodel.regimes import _booked, _content, _national, _sector
from breachmodel.regimes._national import (
    Test,
    above,
    answer_word,
    any_met,
    established_in,
    local_clock,
    test,
)
from breachmodel.regimes.kr_pipa._law import AT_LEAST, HOURS, UNIQUE_IDS, act, decree, dla_piper

__all__ = [
    "CONTENT",
    "KEYS",
    "NOTICE",
    "RECIPIENTS",
    "REGIME_ID",
    "REPORT",
    "SEOUL",
    "Grounds",
    "content_items",
    "determinations",
    "grounds",
]

REGIME_ID: Final = "kr_pipa"
SEOUL: Final = "Asia/Seoul"
RECIPIENTS: Final = ("kr-pipc", "kr-kisa")
NOTICE: Final = "kr_pipa.art34.notify_data_subjects"
REPORT: Final = "kr_pipa.art34.report"
CONTENT: Final = "kr_pipa.art34.report_content"

_BOOK: Final = _national.book(REGIME_ID, {
    NOTICE: (Duty.INFORM_INDIVIDUALS, "data_subjects", "Notify the data subjects (Korea)", (act(34, 1), decree(39))),
    REPORT: (Duty.NOTIFY_AUTHORITY, "pipc_or_kisa", "Report to the PIPC or KISA (Korea)", (act(34, 3), decree(40))),
    CONTENT: (Duty.CONTENT, "pipc_or_kisa", "Content of the notice and the report (Korea)", (act(34, 3), act(34, 1))),
})  # fmt: skip
"""Each determination's obligation: its duty and recipient, its title, its legal basis."""

KEYS: Final = {d: entry.key for d, entry in _BOOK.items()}
"""Each determination's obligation key."""

_HACKING: Final = frozenset(
    {
        Vector.MALWARE,
        Vector.RANSOMWARE,
        Vector.EXPLOITED_VULNERABILITY,
        Vector.CREDENTIAL_STUFFING,
        Vector.STOLEN_CREDENTIALS,
        Vector.PHISHING,
    }
)
"""Vectors read as unauthorised access to the processing system from outside."""


@frozen(kw_only=True)
class Grounds:
    """Whether a report is owed (the ``"reportable"`` analysis)."""

    divulged: Test
    reportable: bool | None
    tests: tuple[Test, ...]
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...]
    kind: str = "reportable"
    title: str = "Report grounds (Korea, PIPA Decree Art. 40)"

    @property
    def summary(self) -> str:
        """The headline for the views."""
        word = answer_word(self.reportable)
        return f"Report to the PIPC or KISA: {word}"


def _divulged(incident: Incident) -> Test:
    cite = act(34, 1)
    effects = incident.effects
    lost = effects.availability is not None and effects.availability.permanent is True
    if effects.confidentiality is not None or lost:
        return test("divulgence", True, "Personal information was lost, stolen or leaked.", cite)
    if effects.unknown or not effects.types:
        question = (
            "Was personal information lost, stolen or leaked (out of the controller's control)?"
        )
        return test(
            "divulgence",
            None,
            "What happened to the data is not recorded.",
            cite,
            MissingFact(path="$.effects", question=question),
        )
    return test(
        "divulgence",
        False,
        "No loss, theft or leak is recorded (only alteration or a temporary loss of access).",
        cite,
    )


def people(incident: Incident) -> Count:
    """The data subjects counted: all for a controller in Korea, else those living there."""
    return (
        incident.total_subjects if established_in(incident, "KR") else incident.residents_in("KR")
    )


def _scale(incident: Incident) -> Test:
    count = people(incident)
    met = above(count, AT_LEAST, inclusive=True)
    text = f"Data subjects concerned: {count.describe()} (a report is owed from {AT_LEAST:,})."
    missing = (
        ()
        if met is not None
        else (MissingFact(path="$.subjects", question="How many data subjects were concerned?"),)
    )
    return test("scale", met, text, decree(40), *missing)


def _kinds(incident: Incident) -> Test:
    hits = [
        d.category
        for d in incident.data
        if d.category in UNIQUE_IDS
        or incident.category_info(d.category).special_category
        or incident.category_info(d.category).criminal
        or d.reveals_special_category
    ]
    if hits:
        kinds = ", ".join(incident.category_info(c).label.lower() for c in hits)
        return test(
            "sensitive",
            True,
            f"Sensitive or unique identifying information is concerned ({kinds}).",
            decree(40),
        )
    if not incident.data:
        return test(
            "sensitive",
            None,
            "No data categories are recorded.",
            decree(40),
            MissingFact(
                path="$.data", question="Which categories of personal information were concerned?"
            ),
        )
    return test(
        "sensitive",
        False,
        "No sensitive (Art. 23) or unique identifying (Art. 24) information is concerned.",
        decree(40),
    )


def _outside(incident: Incident) -> Test:
    cause = incident.cause
    if cause.actor is ActorOrigin.EXTERNAL and cause.vectors & _HACKING:
        return test(
            "outside_access",
            True,
            "The leak came from unauthorised access from outside (an external actor and an intrusion vector are recorded).",
            decree(40),
        )
    if (
        cause.actor in (ActorOrigin.INTERNAL, ActorOrigin.PARTNER)
        or cause.intent is Intent.ACCIDENTAL
    ):
        return test(
            "outside_access",
            False,
            "The cause is recorded as internal, a partner's, or accidental: not access from outside.",
            decree(40),
        )
    question = "Did the leak come from unauthorised access to the processing system from outside (hacking)?"
    return test(
        "outside_access",
        None,
        "Whether outsiders broke into the system is not recorded.",
        decree(40),
        MissingFact(path="$.cause.actor", question=question),
    )


def _retrieved(incident: Incident) -> Reason | None:
    aware = _sector.aware_at(incident)
    kinds = {MeasureKind.DATA_RETRIEVED, MeasureKind.DELETED_BY_RECIPIENT}
    for m in incident.measures.subsequent:
        timely = aware is not None and m.at is not None and m.at - aware <= timedelta(hours=HOURS)
        if m.kind in kinds and m.confirmed and timely:
            text = f"Exception applied: the data was retrieved or deleted (confirmed) within {HOURS} hours of awareness, so the risk is substantially removed and no report is owed (Decree Art. 40; secondary source, NOT verified)."
            return Reason.exception_applied(text, (decree(40), dla_piper()))
    return None


def grounds(incident: Incident) -> Grounds:
    """Art. 34(3) and Decree Art. 40: whether a report is owed, and why."""
    divulged = _divulged(incident)
    rule = Reason.rule(
        "Art. 34(3) PIPA with Decree Art. 40: a divulgence is reported to the PIPC or KISA where 1,000 or more data subjects, sensitive or unique identifying information, or unauthorised access from outside are concerned (72 hours; secondary source).",
        (act(34, 3), decree(40), dla_piper()),
    )
    if divulged.met is not True:
        return Grounds(
            divulged=divulged,
            reportable=divulged.met,
            tests=(),
            reasons=(rule, divulged.reason),
            missing_facts=divulged.missing,
        )
    tests = (_scale(incident), _kinds(incident), _outside(incident))
    reportable, missing = any_met(tests)
    reasons = (rule, divulged.reason, *(t.reason for t in tests))
    exception = _retrieved(incident) if reportable is not False else None
    if exception is not None:
        return Grounds(
            divulged=divulged,
            reportable=False,
            tests=tests,
            reasons=(*reasons, exception),
            missing_facts=(),
        )
    return Grounds(
        divulged=divulged,
        reportable=reportable,
        tests=tests,
        reasons=reasons,
        missing_facts=missing,
    )


def _clock(incident: Incident, det_id: str) -> Deadline:
    return local_clock(
        rule_id=det_id,
        label=_BOOK[det_id].title,
        period=Hours(n=HOURS),
        timezone=SEOUL,
        start=_sector.aware_at(incident),
        citations=(act(34), decree(39 if det_id == NOTICE else 40), dla_piper()),
    )


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Art. 34(1)(i)-(v): the notice's five items (the report gives the same)."""
    t = incident.timeline
    items: list[_content.Item] = [
        (
            "kr.items",
            "The personal information divulged",
            act(34, 1),
            lambda i: bool(i.data),
            False,
        ),
        (
            "kr.when_how",
            "When and how the divulgence happened",
            act(34, 1),
            lambda i: (
                t.occurred.start is not None
                and (bool(i.cause.vectors) or i.cause.actor is not ActorOrigin.UNKNOWN)
            ),
            False,
        ),
        (
            "kr.self_help",
            "What the data subjects can do to minimise the damage",
            act(34, 1),
            lambda i: bool(i.consequences),
            False,
        ),
        (
            "kr.countermeasures",
            "The controller's countermeasures and remedial procedure",
            act(34, 1),
            lambda i: bool(i.measures.subsequent),
            False,
        ),
        (
            "kr.help_desk",
            "Help desk and contact to report damage",
            act(34, 1),
            lambda i: i.controller.contact is not None,
            False,
        ),
    ]
    return _content.checklist(incident, items)


def notice(incident: Incident, found: Grounds) -> Determination:
    """Art. 34(1): tell the data subjects within 72 hours of awareness."""
    met = found.divulged.met
    outcome = _sector.outcome_of(met)
    note = Reason.rule(
        f"Every divulgence is notified to the data subjects without delay, within {HOURS} hours of awareness (Decree Art. 39, secondary source); where their contact details are unknown, a substitute measure such as a notice on the controller's website (Art. 34(1) proviso). Urgent containment (blocking access, retrieving data) may come first, then notice without delay (Decree, memory, NOT verified).",
        (act(34, 1), decree(39), dla_piper()),
    )
    return _booked.determination(
        _BOOK,
        NOTICE,
        outcome=outcome,
        reasons=(found.divulged.reason,),
        when_owed=(note,),
        recipients=("data_subjects",),
        checklist=content_items(incident) if outcome is Outcome.REQUIRED else (),
        missing=found.divulged.missing,
        deadline=_clock(incident, NOTICE),
        incident=incident,
    )


def report(incident: Incident, found: Grounds) -> Determination:
    """Art. 34(3): report to the PIPC or KISA within 72 hours where a ground is met."""
    outcome = _sector.outcome_of(found.reportable)
    who = Reason.fact(
        "Recipients: the Personal Information Protection Commission (PIPC) or the Korea Internet & Security Agency (KISA), its designated institution; one report to either suffices (secondary source).",
        (act(34, 3), decree(40), dla_piper()),
    )
    return _booked.determination(
        _BOOK,
        REPORT,
        outcome=outcome,
        reasons=found.reasons,
        when_owed=(who,),
        recipients=RECIPIENTS,
        missing=found.missing_facts,
        deadline=_clock(incident, REPORT),
        incident=incident,
    )


def content(incident: Incident, reported: Determination) -> Determination:
    """Art. 34(3): the report states the items of Art. 34(1)."""
    return _booked.content_of(_BOOK, CONTENT, on=reported, items=content_items, incident=incident)


def aware_at(incident: Incident) -> datetime | None:
    """When the controller became aware (its awareness, else detection)."""
    return _sector.aware_at(incident)


def determinations(incident: Incident, found: Grounds) -> tuple[Determination, ...]:
    """The notice, the report and its content."""
    reported = report(incident, found)
    return notice(incident, found), reported, content(incident, reported)
