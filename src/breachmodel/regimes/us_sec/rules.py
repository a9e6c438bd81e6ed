"""Form 8-K Item 1.05: the materiality determination, the report, its content, the amendment.

* **Determine** (Instruction 1): whether a cybersecurity incident is material, without
  unreasonable delay after its discovery.
* **File** (Item 1.05(a), General Instruction B.1): within four business days after the
  determination (US federal holidays; EDGAR's 17:30 New York cutoff), unless the Attorney
  General's written determination under Item 1.05(c) delays it; then when the delay ends.
* **Content** (Item 1.05(a)): the material aspects of the incident's nature, scope and timing
  and its material impact or reasonably likely material impact.
* **Amend** (Instruction 2): information not determined or unavailable at filing, by an
  amendment within four business days after it is determined or becomes available.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from attrs import frozen

from breachmodel.clocks import (
    Anchor,
    Convention,
    Deadline,
    DeadlineRule,
    Elapsed,
    compute_deadline,
)
from breachmodel.clocks import Duty as OpenDuty
from breachmodel.determination import ChecklistItem, Determination, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes import _content, _national
from breachmodel.regimes._findings import finding_fact
from breachmodel.regimes._recipients import registered
from breachmodel.regimes.us_sec._law import REGIME_ID, SEC_ID, ZONE, filing_rule, form, release

__all__ = [
    "AMEND",
    "CONTENT",
    "DETERMINE",
    "FILE",
    "FINDINGS",
    "KEYS",
    "Materiality",
    "content_items",
    "determinations",
    "materiality",
]

DETERMINE: Final = "us_sec.item105.determine_materiality"
FILE: Final = "us_sec.item105.file_8k"
CONTENT: Final = "us_sec.item105.content"
AMEND: Final = "us_sec.item105.amend_8k"

_LAW: Final = _national.Law(zone=ZONE, book=_national.book(REGIME_ID, {
    DETERMINE: (Duty.ASSESS, "registrant", "Determine whether the incident is material (SEC)", (form("Item 1.05, Instruction 1"),)),
    FILE: (Duty.NOTIFY_AUTHORITY, "sec", "File Form 8-K Item 1.05 within four business days (SEC)", (form("Item 1.05(a)"), form("General Instruction B.1"))),
    CONTENT: (Duty.CONTENT, "sec", "Content of the Item 1.05 report (SEC)", (form("Item 1.05(a)"),)),
    AMEND: (Duty.INTERMEDIATE_REPORT, "sec", "File a Form 8-K/A with the information then unavailable (SEC)", (form("Item 1.05, Instruction 2"),)),
}))  # fmt: skip
"""Each determination's obligation (duty, recipient, title, legal basis), in New York time."""

KEYS: Final = _LAW.keys
"""Each determination's obligation key."""
_TITLES: Final = {d: entry.title for d, entry in _LAW.book.items()}
_BASIS: Final = {d: entry.basis for d, entry in _LAW.book.items()}

FINDINGS: Final = {
    "material": "Has the registrant determined that the cybersecurity incident is material? "
    "Record the answer, the date of the determination in 'at' and who decided in 'by'.",
    "attorney_general_delay": "Has the US Attorney General determined that disclosure poses a "
    "substantial risk to national security or public safety and notified the Commission in "
    "writing (Item 1.05(c))? Record the answer and the end of the delay in 'until'.",
    "information_unavailable": "Did the Item 1.05 report state that required information was "
    "not determined or unavailable? Record the answer and, once it is determined or "
    "available, when in 'at' (Instruction 2).",
}
"""The findings the SEC regime reads (``Incident.findings`` under ``"us_sec"``)."""


@frozen(kw_only=True)
class Materiality:
    """The registrant's materiality determination (the ``"materiality"`` analysis)."""

    material: bool | None
    at: datetime | None
    reasons: tuple[Reason, ...]
    kind: str = "materiality"
    title: str = "Materiality determination (Form 8-K Item 1.05)"

    @property
    def summary(self) -> str:
        """The headline for the views."""
        word = {True: "material", False: "not material", None: "not determined"}[self.material]
        when = "" if self.at is None else f" on {self.at.date().isoformat()}"
        return f"Cybersecurity incident: {word}{when}"


def materiality(incident: Incident) -> Materiality:
    """The recorded determination: material (when, by whom), not material, or none yet."""
    found = incident.finding(REGIME_ID, "material")
    cite = (form("Item 1.05(a)"),)
    if found is None or found.answer is None:
        text = "The registrant has not recorded whether it determined the incident to be material; the four business days run from that determination."
        return Materiality(
            material=None,
            at=None,
            reasons=(Reason.missing(text, cite),),
        )
    who = "" if found.by is None else " by the person or body recorded"
    when = "" if found.at is None else f" on {found.at.isoformat()}"
    word = "material" if found.answer else "not material"
    text = f"The registrant determined{who}{when} that the incident is {word}."
    return Materiality(
        material=found.answer,
        at=found.at,
        reasons=(Reason.fact(text, cite),),
    )


def determine(incident: Incident, found: Materiality) -> Determination:
    """Instruction 1: determine materiality without unreasonable delay after discovery."""
    t = incident.timeline
    deadline = _LAW.open_clock(
        DETERMINE,
        anchor=Anchor.DETECTION,
        start=t.detected_at or t.controller_aware_at,
        duty=OpenDuty.WITHOUT_UNREASONABLE_DELAY,
        cite=form("Item 1.05, Instruction 1"),
    )
    text = "The registrant determines whether a cybersecurity incident is material without unreasonable delay after discovering it (secondary source: the adopting release)."
    reason = Reason.rule(text, (*_BASIS[DETERMINE], release("Item 1.05")))
    return _LAW.assessment(
        DETERMINE, incident, reason, *found.reasons, deadline=deadline, done=found.at
    )


def _filing_clock(incident: Incident, found: Materiality) -> tuple[Deadline, tuple[Reason, ...]]:
    normal = compute_deadline(filing_rule(FILE, _TITLES[FILE]), {Anchor.DETERMINATION: found.at})
    delay = incident.finding(REGIME_ID, "attorney_general_delay")
    if delay is None or not delay.answer or delay.until is None or found.at is None:
        return normal, ()
    if normal.due is not None and delay.until <= normal.due:
        return normal, ()
    rule = DeadlineRule(
        id=FILE,
        label=_TITLES[FILE],
        anchor=Anchor.DETERMINATION,
        period=Elapsed(duration=delay.until - found.at),
        timezone=ZONE,
        convention=Convention.ELAPSED,
        citations=(form("Item 1.05(c)"),),
    )
    text = f"The Attorney General determined that disclosure poses a substantial risk to national security or public safety and notified the Commission: the report may be delayed for the period specified, until {delay.until.isoformat()} (an initial period of up to 30 days after it was otherwise due)."
    why = Reason.exception_applied(text, (form("Item 1.05(c)"),))
    return compute_deadline(rule, {Anchor.DETERMINATION: found.at}), (why,)


def file_8k(incident: Incident, found: Materiality) -> Determination:
    """Item 1.05(a): within four business days after the materiality determination."""
    deadline, delayed = _filing_clock(incident, found)
    text = "A registrant that determines a cybersecurity incident to be material files Form 8-K Item 1.05 within four business days after the determination; a determination on a Saturday, Sunday or holiday starts the period on the next business day, and a submission after 17:30 New York time is filed the next business day. A day the federal government is closed by executive order is not a business day: the Commission is not open and EDGAR accepts no filings (17 CFR 201.104; the SEC's closure announcements, secondary)."
    rule = Reason.rule(text, _BASIS[FILE])
    ids, why = registered(REGIME_ID, "US", _BASIS[FILE])
    missing = (
        ()
        if found.material is not None
        else (finding_fact(REGIME_ID, "material", FINDINGS["material"]),)
    )
    return _LAW.owed_if(
        FILE,
        incident,
        found.material,
        rule,
        *found.reasons,
        *delayed,
        *why,
        deadline=deadline,
        missing=missing,
        recipients=ids or (SEC_ID,),
    )


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Item 1.05(a): the material aspects of nature, scope and timing; the material impact."""
    cite = form("Item 1.05(a)")
    impact = incident.service_impact
    rows: tuple[_content.Item, ...] = (
        (
            "us_sec.content.nature",
            "The material aspects of the incident's nature",
            cite,
            lambda i: bool(i.effects.types) or bool(i.cause.vectors),
            False,
        ),
        (
            "us_sec.content.scope",
            "The material aspects of its scope",
            cite,
            lambda i: i.total_subjects.known or i.service_impact is not None,
            False,
        ),
        (
            "us_sec.content.timing",
            "The material aspects of its timing",
            cite,
            lambda i: i.timeline.occurred.earliest is not None,
            False,
        ),
        (
            "us_sec.content.impact",
            "Its material impact or reasonably likely material impact, including on financial condition and results of operations",
            cite,
            lambda _i: impact is not None and impact.economic_impact_eur is not None,
            True,
        ),
    )
    return _content.checklist(incident, rows)


def content(incident: Incident, filed: Determination) -> Determination:
    """What the report describes; technical detail that would impede the response is not required."""
    text = "The report describes the material aspects of the incident's nature, scope and timing and its material impact or reasonably likely impact; information not yet determined is stated as such and supplied by amendment."
    reason = Reason.rule(text, _BASIS[CONTENT])
    return _LAW.content(CONTENT, filed, incident, reason, content_items)


def amend(incident: Incident, filed: Determination) -> Determination:
    """Instruction 2: a Form 8-K/A within four business days after the information is available."""
    if filed.outcome is not Outcome.REQUIRED:
        return _national.dependent(_LAW.book, det_id=AMEND, on=filed, incident=incident)
    found = incident.finding(REGIME_ID, "information_unavailable")
    if found is None or not found.answer:
        text = "No information is recorded as not determined or unavailable when the report was filed: no amendment is owed under Instruction 2 (record the finding if the report left items open)."
        reason = Reason.fact(text, _BASIS[AMEND])
        return _LAW.decide(AMEND, incident, Outcome.NOT_REQUIRED, reason)
    deadline = compute_deadline(
        filing_rule(AMEND, _TITLES[AMEND]), {Anchor.DETERMINATION: found.at}
    )
    text = "The report left information not determined or unavailable: an amendment on Form 8-K/A is filed within four business days after the information is determined or becomes available."
    reason = Reason.rule(text, _BASIS[AMEND])
    owed = Outcome.REQUIRED
    return _LAW.decide(
        AMEND, incident, owed, reason, deadline=deadline, recipients=filed.recipients
    )


def determinations(incident: Incident, found: Materiality) -> tuple[Determination, ...]:
    """The determination, the report, its content and the amendment."""
    filed = file_8k(incident, found)
    return determine(incident, found), filed, content(incident, filed), amend(incident, filed)


def outside_book() -> _national.Book:
    """Every determination, for :func:`breachmodel.regimes._national.outside`."""
    return _LAW.book
