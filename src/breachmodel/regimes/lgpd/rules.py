"""LGPD Art. 48 with Resolution CD/ANPD 15/2024: the ANPD, the data subjects, the record.

* **Who** (:func:`applicability`): the controller of an incident concerning people who live
  in Brazil, or a controller established there (Art. 3 LGPD: processing in Brazil, or of
  data of individuals located in Brazil; from memory, not verified).
* **Notify the ANPD** (:func:`notify_anpd`) and **the data subjects**
  (:func:`inform_subjects`) of an incident that may cause relevant risk or damage
  (:mod:`.risk`), within 3 working days of the controller's knowledge that personal data
  were affected (Res. 15/2024, Arts. 6 and 9; 6 working days for small processing agents).
* **Content** (:func:`content_items`): the minimum of Art. 48, § 1.
* **Record** (:func:`record`): every incident, notified or not, kept at least 5 years
  (Res. 15/2024, Art. 10).
"""

from __future__ import annotations

from datetime import date
from typing import Final

from breachmodel.clocks import Anchor, Convention, Deadline, WorkingDays
from breachmodel.clocks import Duty as OpenDuty
from breachmodel.determination import ChecklistItem, Determination, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes import _content, _national
from breachmodel.regimes._base import Applicability
from breachmodel.regimes.lgpd._law import ANPD_ID, ANPD_ZONE, REGIME_ID, lgpd, res15, small_agents
from breachmodel.regimes.lgpd.options import LgpdOptions
from breachmodel.regimes.lgpd.risk import RelevantRisk

__all__ = [
    "CONTENT",
    "INFORM",
    "KEYS",
    "NOTIFY",
    "RECORD",
    "RES_15_FROM",
    "applicability",
    "content_items",
    "determinations",
    "prefilter",
]

NOTIFY: Final = "lgpd.art48.notify_anpd"
INFORM: Final = "lgpd.art48.inform_subjects"
CONTENT: Final = "lgpd.art48.content"
RECORD: Final = "lgpd.res15.record"

_LAW: Final = _national.Law(zone=ANPD_ZONE, book=_national.book(REGIME_ID, {
    NOTIFY: (Duty.NOTIFY_AUTHORITY, "anpd", "Communicate the incident to the ANPD (LGPD)", (lgpd("Art. 48, caput"), res15("Art. 6"))),
    INFORM: (Duty.INFORM_INDIVIDUALS, "data_subjects", "Communicate the incident to the data subjects (LGPD)", (lgpd("Art. 48, caput"), res15("Art. 9"))),
    CONTENT: (Duty.CONTENT, "anpd", "Content of the communication to the ANPD (LGPD)", (lgpd("Art. 48, § 1"),)),
    RECORD: (Duty.RECORD, "register", "Record the incident in the incident register (LGPD)", (res15("Art. 10"),)),
}))  # fmt: skip
"""Each determination's obligation (duty, recipient, title, legal basis), in Brasília time."""

KEYS: Final = _LAW.keys
"""Each determination's obligation key."""

LGPD_FROM: Final = date(2020, 9, 18)
"""The LGPD in force (from memory, not verified)."""
RES_15_FROM: Final = date(2024, 4, 26)
"""Resolution CD/ANPD 15/2024 published (secondary sources: Trench Rossi, Rolim)."""

_TERRITORY: Final = _national.Territory(
    regime=REGIME_ID,
    country="BR",
    name="Brazil",
    law="the LGPD",
    citation=lgpd("Art. 3"),
)


prefilter: Final = _national.quick(_TERRITORY)
"""Not applicable, at once, with no one counted in Brazil and no establishment there."""


def applicability(incident: Incident) -> Applicability:
    """Art. 3 LGPD: people in Brazil, or a controller established there."""
    return _national.territorial(incident, _TERRITORY, _in_force)


def _in_force(incident: Incident, where: str) -> Applicability:
    known = _national.started(incident)
    if known is not None and known < LGPD_FROM:
        text = "The incident predates 18 September 2020, when the LGPD came into force."
        return _national.not_applicable(_TERRITORY, text)
    return _national.applicable(_TERRITORY, f"{where} The LGPD applies (Art. 3).")


def _small_agent(incident: Incident) -> bool:
    found = incident.controller.classification(REGIME_ID)
    return found is not None and found.category == "small_agent"


def _deadline(incident: Incident, det_id: str, options: LgpdOptions) -> tuple[Deadline, Reason]:
    """3 working days (6 for a small agent) from the controller's knowledge."""
    start = incident.timeline.controller_aware_at
    known = _national.started(incident)
    if known is not None and known < RES_15_FROM:
        text = "Before Resolution CD/ANPD 15/2024 the law set no period: a reasonable time (Art. 48, § 1)."
        cite = lgpd("Art. 48, § 1")
        duty = OpenDuty.WITHOUT_UNDUE_DELAY
        deadline = _LAW.open_clock(
            det_id, anchor=Anchor.AWARENESS, start=start, duty=duty, cite=cite
        )
        return deadline, Reason.rule(text, (cite,))
    days = 6 if _small_agent(incident) else 3
    entry = _LAW.book[det_id]
    doubled = res15("Art. 6, § 8") if det_id == NOTIFY else res15("Art. 9, § 6")
    cites = (entry.basis[1], *((doubled, small_agents()) if days == 6 else ()))
    cal = options.calendar.calendar()
    deadline = _LAW.clock(
        det_id,
        anchor=Anchor.AWARENESS,
        start=start,
        period=WorkingDays(n=days),
        label=f"{entry.title} within {days} working days",
        citations=cites,
        convention=Convention.BRAZIL,
        calendar=cal,
    )
    who = "a small processing agent: the period is doubled, " if days == 6 else ""
    text = (
        f"Within {days} working days ({who}Brazilian calendar {cal.name!r}, option "
        f"{options.calendar.value!r}) of the controller's knowledge that the incident affected "
        "personal data; the first day is excluded and a non-working last day rolls forward."
    )
    return deadline, Reason.rule(text, (*cites, *Convention.BRAZIL.citations))


_UNINTELLIGIBLE: Final = Reason.interpretation(
    (
        "The data were made unintelligible to anyone not authorised: the law weighs this in "
        "the incident's gravity (Art. 48, § 3) but grants no exemption; it bears on whether "
        "the incident may significantly affect the data subjects."
    ),
    (lgpd("Art. 48, § 3"),),
)
_PUBLIC_NOTICE: Final = Reason.fact(
    (
        "The data subjects' contact details are not available: a public notice on the "
        "controller's channels, kept up for at least three months, takes the place of "
        "individual communication."
    ),
    (res15("Art. 9"),),
)


def _communicate(
    incident: Incident,
    risk: RelevantRisk,
    options: LgpdOptions,
    det_id: str,
    *reasons: Reason,
    then: tuple[Reason, ...],
    to: str,
) -> Determination:
    """A communication to ``to``, owed for relevant risk, within the :func:`_deadline` period."""
    deadline, when = _deadline(incident, det_id, options)
    recipients, missing = (to,), risk.missing_facts
    return _LAW.owed_if(
        det_id,
        incident,
        risk.relevant,
        *reasons,
        then=(when, *then),
        deadline=deadline,
        missing=missing,
        recipients=recipients,
    )


def notify_anpd(incident: Incident, risk: RelevantRisk, options: LgpdOptions) -> Determination:
    """Art. 48 and Res. 15/2024 Art. 6: the communication to the ANPD."""
    text = (
        "The controller communicates to the ANPD an incident that may cause relevant risk or "
        "damage to the data subjects, through the ANPD's electronic form; it may complete the "
        "information within 20 working days of the communication, and must give the reasons "
        "for any delay."
    )
    rule = Reason.rule(text, (lgpd("Art. 48, caput"), lgpd("Art. 48, § 1, V"), res15("Art. 6")))
    text = "Recipient: the Autoridade Nacional de Proteção de Dados (ANPD)."
    recipient = Reason.fact(text, (lgpd("Art. 48, caput"),))
    enc = incident.measures.encryption
    unintelligible = (_UNINTELLIGIBLE,) if enc is not None and enc.renders_unintelligible else ()
    reasons = (rule, *risk.reasons, *unintelligible)
    return _communicate(incident, risk, options, NOTIFY, *reasons, then=(recipient,), to=ANPD_ID)


def inform_subjects(incident: Incident, risk: RelevantRisk, options: LgpdOptions) -> Determination:
    """Art. 48 and Res. 15/2024 Art. 9: the communication to the data subjects."""
    text = (
        "The controller also communicates the incident to the data subjects, in plain "
        "language, directly and individually where they can be identified; where they "
        "cannot all be reached, by a public notice on its own channels (website, apps, "
        "social media) kept up for at least three months."
    )
    rule = Reason.rule(text, (lgpd("Art. 48, caput"), res15("Art. 9")))
    unreachable = incident.contact.contact_details_available is False
    then = (_PUBLIC_NOTICE,) if unreachable else ()
    return _communicate(
        incident, risk, options, INFORM, rule, *risk.reasons, then=then, to="data_subjects"
    )


def _delay_reasons(incident: Incident) -> bool:
    """Whether a communication to the ANPD gives the reasons for its delay."""
    notices = incident.timeline.authority_notices
    return any(n.reasons_for_delay for n in notices if n.obligation == KEYS[NOTIFY])


_MINIMUM: Final[tuple[_national.Point, ...]] = (
    ("I", "The nature of the personal data affected", lambda i: bool(i.data)),
    ("II", "Information on the data subjects involved", lambda i: bool(i.subjects)),
    ("III", "The technical and security measures used to protect the data (trade secrets kept)", lambda i: i.measures.encryption is not None or i.measures.pseudonymised is not None),
    ("IV", "The risks related to the incident", lambda i: bool(i.consequences)),
    ("V", "The reasons for the delay, if the communication was not immediate", _delay_reasons),
    ("VI", "The measures taken or to be taken to reverse or mitigate the effects", lambda i: bool(i.measures.subsequent)),
)  # fmt: skip
"""Art. 48, § 1, I-VI, point by point; the reasons for a delay (V) may follow later."""


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Art. 48, § 1: the minimum content of the communication."""
    return _national.points(
        incident, "lgpd.content", lambda n: lgpd(f"Art. 48, § 1, {n}"), _MINIMUM, later={"V"}
    )


def content(incident: Incident, notify: Determination) -> Determination:
    """Art. 48, § 1: what the communication to the ANPD contains."""
    text = (
        "The communication states at least the items of Art. 48, § 1; the ANPD's form asks "
        "for more (Res. 15/2024, Art. 6)."
    )
    cites = (lgpd("Art. 48, § 1"), res15("Art. 6"))
    return _LAW.content(CONTENT, notify, incident, Reason.rule(text, cites), content_items)


def record(incident: Incident) -> Determination:
    """Res. 15/2024 Art. 10: every incident goes in the register, kept at least 5 years."""
    text = (
        "Every security incident with personal data goes in the controller's register, "
        "whether or not it is communicated, and is kept for at least five years: the date "
        "it became known, its circumstances, the data and data subjects affected, the risk "
        "assessment, the measures taken, and the communication made or the reasons for none."
    )
    reason = Reason.rule(text, (res15("Art. 10"),))
    items: tuple[_content.Item, ...] = (
        (
            "lgpd.record.known",
            "Date the incident became known",
            res15("Art. 10"),
            lambda i: i.timeline.controller_aware_at is not None,
            False,
        ),
        (
            "lgpd.record.circumstances",
            "General description of the circumstances",
            res15("Art. 10"),
            lambda i: bool(i.effects.types),
            False,
        ),
        (
            "lgpd.record.affected",
            "The data and the data subjects affected",
            res15("Art. 10"),
            lambda i: bool(i.data) and bool(i.subjects),
            False,
        ),
        (
            "lgpd.record.measures",
            "The measures taken to correct and mitigate",
            res15("Art. 10"),
            lambda i: bool(i.measures.subsequent),
            False,
        ),
    )
    checklist = _content.checklist(incident, items)
    return _national.decide(
        _LAW.book,
        det_id=RECORD,
        outcome=Outcome.REQUIRED,
        reasons=(reason,),
        incident=incident,
        checklist=checklist,
    )


def determinations(
    incident: Incident, risk: RelevantRisk, options: LgpdOptions
) -> tuple[Determination, ...]:
    """Every LGPD determination, in order: ANPD, content, data subjects, record."""
    return _LAW.within(applicability(incident), incident, lambda: _owed(incident, risk, options))


def _owed(
    incident: Incident, risk: RelevantRisk, options: LgpdOptions
) -> tuple[Determination, ...]:
    notify = notify_anpd(incident, risk, options)
    return (
        notify,
        content(incident, notify),
        inform_subjects(incident, risk, options),
        record(incident),
    )
