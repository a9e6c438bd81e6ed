"""HIPAA Breach Notification Rule: the individuals, the media, the Secretary, the covered entity.

For a **covered entity**, following the discovery of a breach of unsecured PHI:

* **Individuals** (§ 164.404): without unreasonable delay and no later than 60 calendar days
  after discovery, by first-class mail (or e-mail if agreed), with the content of
  § 164.404(c); a substitute notice where contact information is out of date (§ 164.404(d)(2)).
* **Media** (§ 164.406): prominent media outlets serving each State or jurisdiction with more
  than 500 affected residents, within the same 60 days; one determination per State.
* **The Secretary** (§ 164.408): for 500 or more individuals contemporaneously with the
  individual notice; for fewer, in the log submitted within 60 days after the end of the
  calendar year of discovery, on the HHS portal.

For a **business associate** (§ 164.410): the covered entity, no later than 60 calendar days
after discovery, identifying each individual. Either keeps the documentation that carries its
burden of proof (§ 164.414(b)). A law enforcement statement delays every notice (§ 164.412).
"""

from __future__ import annotations

from typing import Final

from breachmodel.clocks import Deadline, Filing
from breachmodel.determination import ChecklistItem, Determination, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes import _content, _national
from breachmodel.regimes._national import above
from breachmodel.regimes._recipients import registered
from breachmodel.regimes.hipaa import clocks, scope
from breachmodel.regimes.hipaa._law import HHS_ID, REGIME_ID, SECRETARY_AT_LEAST, ZONE, cfr
from breachmodel.regimes.hipaa.breach import BreachTest
from breachmodel.regimes.hipaa.media import media
from breachmodel.regimes.hipaa.substitute import substitute

__all__ = [
    "BOOK",
    "CONTENT",
    "INFORM",
    "KEYS",
    "NOTIFY_CE",
    "NOTIFY_CE_CONTENT",
    "RECORD",
    "SECRETARY",
    "business_associate",
    "content_items",
    "covered_entity",
    "outcome_of",
    "outside_book",
    "record",
]

INFORM: Final = "hipaa.s164_404.notify_individuals"
CONTENT: Final = "hipaa.s164_404c.content"
SECRETARY: Final = "hipaa.s164_408.notify_secretary"
NOTIFY_CE: Final = "hipaa.s164_410.notify_covered_entity"
NOTIFY_CE_CONTENT: Final = "hipaa.s164_410c.content"
RECORD: Final = "hipaa.s164_414.documentation"

BOOK: Final = _national.book(REGIME_ID, {
    INFORM: (Duty.INFORM_INDIVIDUALS, "individuals", "Notify the affected individuals within 60 days of discovery (HIPAA)", (cfr("164.404", "(a)"), cfr("164.404", "(b)"))),
    CONTENT: (Duty.CONTENT, "individuals", "Content of the notice to individuals (HIPAA)", (cfr("164.404", "(c)"),)),
    SECRETARY: (Duty.NOTIFY_AUTHORITY, "hhs", "Notify the Secretary of HHS (HIPAA)", (cfr("164.408"),)),
    NOTIFY_CE: (Duty.NOTIFY_CONTROLLER, "covered_entity", "Notify the covered entity within 60 days of discovery (HIPAA)", (cfr("164.410", "(a)"), cfr("164.410", "(b)"))),
    NOTIFY_CE_CONTENT: (Duty.CONTENT, "covered_entity", "Content of the notice to the covered entity (HIPAA)", (cfr("164.410", "(c)"),)),
    RECORD: (Duty.RECORD, "register", "Document the breach assessment and the notices (HIPAA)", (cfr("164.414", "(b)"), cfr("164.408", "(c)"))),
})  # fmt: skip
"""Each fixed determination's obligation (duty, recipient, title, legal basis); the media
ones are keyed per State (:mod:`.media`)."""

_LAW: Final = _national.Law(book=BOOK, zone=ZONE)

KEYS: Final = _LAW.keys
"""Each fixed determination's obligation key."""
_TITLES: Final = {d: entry.title for d, entry in BOOK.items()}
_BASIS: Final = {d: entry.basis for d, entry in BOOK.items()}


def outcome_of(found: BreachTest) -> Outcome:
    """Required for a breach, not required when there is none, else undetermined."""
    return _national.outcome_of(found.breach)


def _notified_hhs(incident: Incident) -> tuple[Filing, ...]:
    """Notices to HHS recorded without an obligation key (e.g. imported from the portal)."""
    t = incident.timeline
    return tuple(n for n in t.authority_notices if n.obligation is None and n.authority == HHS_ID)


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """§ 164.404(c)(1)(A)-(E) and (2), for the individuals and the media (§ 164.406(c))."""

    def item(n: str, label: str, point: str, held: bool) -> _content.Item:
        return (f"hipaa.content.{n}", label, cfr("164.404", f"(c){point}"), lambda _i: held, False)

    t, found = incident.timeline, clocks.discovery(incident).at
    rows = (
        ("what", "A brief description of what happened", "(1)(A)", bool(incident.description)),
        (
            "date_breach",
            "The date of the breach, if known",
            "(1)(A)",
            t.occurred.earliest is not None,
        ),
        ("date_discovery", "The date of discovery of the breach", "(1)(A)", found is not None),
        ("types", "The types of unsecured PHI involved", "(1)(B)", bool(incident.data)),
        (
            "steps",
            "Steps individuals should take to protect themselves",
            "(1)(C)",
            bool(incident.consequences),
        ),
        (
            "doing",
            "What the entity is doing to investigate, mitigate harm and protect against further breaches",
            "(1)(D)",
            bool(incident.measures.subsequent),
        ),
        (
            "contact",
            "Contact procedures: a toll-free number, an e-mail address, web site or postal address",
            "(1)(E)",
            incident.controller.contact is not None,
        ),
    )
    return _content.checklist(incident, (item(*row) for row in rows))


def _sixty_days(
    incident: Incident,
    found: BreachTest,
    start: clocks.Discovery,
    *,
    det_id: str,
    text: str,
    recipient: str,
) -> Determination:
    """A notice due within 60 days of discovery (§§ 164.404(b), 164.410(b)).

    The clock is held while a law-enforcement delay runs (§ 164.412).
    """
    until, delay, delay_missing = clocks.held_until(incident)
    deadline = clocks.sixty_days(det_id, _TITLES[det_id], start.at, until)
    return _LAW.owed_if(
        det_id,
        incident,
        found.breach,
        Reason.rule(text, _BASIS[det_id]),
        *found.reasons,
        *delay,
        clocks.MIDNIGHT,
        deadline=deadline,
        missing=(*found.missing_facts, *delay_missing),
        recipients=(recipient,),
        assumptions=start.assumed,
    )


def _inform(incident: Incident, found: BreachTest, start: clocks.Discovery) -> Determination:
    text = "A covered entity notifies each individual whose unsecured PHI has been, or is reasonably believed to have been, accessed, acquired, used or disclosed, without unreasonable delay and in no case later than 60 calendar days after discovery (by first-class mail, or e-mail if agreed)."
    return _sixty_days(incident, found, start, det_id=INFORM, text=text, recipient="individuals")


def _secretary(incident: Incident, found: BreachTest, start: clocks.Discovery) -> Determination:
    count = incident.total_subjects
    large = above(count, SECRETARY_AT_LEAST, inclusive=True)
    outcome = outcome_of(found)
    missing = found.missing_facts
    reasons: list[Reason] = []
    deadline: Deadline | None = None
    if large is True:
        until, delay, _ = clocks.held_until(incident)
        deadline = clocks.sixty_days(
            SECRETARY,
            "Notify the Secretary contemporaneously with the individuals",
            start.at,
            until,
        )
        text = f"{count.describe()} individuals are affected, 500 or more: the Secretary is notified contemporaneously with the individuals (no later than 60 days after discovery), in the manner the HHS web site specifies."
        reasons += [
            Reason.fact(text, (cfr("164.408", "(b)"),)),
            *delay,
        ]
    elif large is False:
        deadline = clocks.year_end_log(
            SECRETARY, "Submit the log of breaches to the Secretary", start.at
        )
        text = f"{count.describe()} individuals are affected, fewer than 500: the breach is entered in the log and submitted no later than 60 days after the end of the calendar year of discovery."
        reasons.append(Reason.fact(text, (cfr("164.408", "(c)"),)))
    else:
        text = f"Whether 500 or more individuals are affected is not known ({count.describe()}): it decides between the contemporaneous notice and the annual log."
        reasons.append(Reason.missing(text, _BASIS[SECRETARY]))
        missing = (*missing, _national.UNCOUNTED)
        outcome = Outcome.UNDETERMINED if outcome is Outcome.REQUIRED else outcome
    ids, why = registered(REGIME_ID, "US", _BASIS[SECRETARY])
    return _national.decide(
        BOOK,
        det_id=SECRETARY,
        outcome=outcome,
        reasons=(*found.reasons, *reasons, *why, clocks.MIDNIGHT),
        incident=incident,
        deadline=deadline,
        missing=missing,
        recipients=ids or (HHS_ID,),
        assumptions=start.assumed,
        extra_filings=_notified_hhs(incident),
    )


def _notice_content(incident: Incident, inform: Determination) -> Determination:
    text = "The notice includes, to the extent possible, the elements of § 164.404(c)(1), in plain language (§ 164.404(c)(2))."
    reason = Reason.rule(text, _BASIS[CONTENT])
    return _LAW.content(CONTENT, inform, incident, reason, content_items)


def record(incident: Incident, found: BreachTest) -> Determination:
    """§ 164.414(b): the entity proves the notices were made or that there was no breach."""
    text = "The entity bears the burden of demonstrating that all notifications were made or that the use or disclosure was not a breach: it keeps the risk assessment, the exclusion relied on, or the notices (and, for fewer than 500 individuals, the log of § 164.408(c)). Six years' retention (§ 164.530(j), from memory, not verified)."
    rule = Reason.rule(text, _BASIS[RECORD])
    owed = Outcome.REQUIRED
    return _LAW.decide(RECORD, incident, owed, rule, *found.reasons, recipients=("register",))


def covered_entity(incident: Incident, found: BreachTest) -> tuple[Determination, ...]:
    """A covered entity's determinations: individuals, content, substitute, media, HHS, record."""
    start = clocks.discovery(incident)
    inform = _inform(incident, found, start)
    return (
        inform,
        _notice_content(incident, inform),
        substitute(incident, inform),
        *media(incident, found, start),
        _secretary(incident, found, start),
        record(incident, found),
    )


def _ce_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    known = incident.total_subjects.known
    first = (
        "hipaa.content.ba.individuals",
        "The identification of each individual whose unsecured PHI has been, or is reasonably believed to have been, accessed, acquired, used or disclosed",
        cfr("164.410", "(c)(1)"),
        lambda _i: known,
        False,
    )
    rest = tuple(
        (f"{c.id}.ba", c.label, cfr("164.410", "(c)(2)"), lambda _i, held=c.provided: held, True)
        for c in content_items(incident)
    )
    return _content.checklist(incident, (first, *rest))


def business_associate(incident: Incident, found: BreachTest) -> tuple[Determination, ...]:
    """A business associate's determinations: the covered entity, its content, the record."""
    start = clocks.discovery(incident)
    text = "A business associate notifies the covered entity of a breach of unsecured PHI without unreasonable delay and in no case later than 60 calendar days after discovery."
    notify = _sixty_days(
        incident, found, start, det_id=NOTIFY_CE, text=text, recipient="covered_entity"
    )
    why = "The notice identifies each individual affected and gives the covered entity what it needs for its notice to individuals, at the time of the notice or promptly as it becomes available."
    reason = Reason.rule(why, _BASIS[NOTIFY_CE_CONTENT])
    content = _LAW.content(NOTIFY_CE_CONTENT, notify, incident, reason, _ce_items)
    return notify, content, record(incident, found)


def outside_book(incident: Incident) -> _national.Book:
    """The main duties of the recorded role, for a rule that does not (or may not) apply.

    A business associate's notice to the covered entity; otherwise (a covered entity, or no
    role recorded) the individuals, the Secretary and the documentation.
    """
    ba = scope.role(incident) == scope.BUSINESS_ASSOCIATE
    kept = (NOTIFY_CE, RECORD) if ba else (INFORM, SECRETARY, RECORD)
    return {d: BOOK[d] for d in kept}
