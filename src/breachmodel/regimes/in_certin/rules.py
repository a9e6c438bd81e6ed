"""CERT-In Directions of 28 April 2022, para. (ii): report a listed incident within 6 hours.

* **Who** (:func:`applicability`): service providers, intermediaries, data centres, body
  corporate and government organisations (para. (ii)), recorded as a classification under
  the scheme ``in_certin``, for an incident linked to India (an establishment there or
  people counted there; the directions' FAQ reads them as reaching foreign entities serving
  users in India, secondary).
* **What** (:func:`incident_type`): one of the twenty types of Annexure I. The assessor's
  finding ``in_certin/incident_type`` (its ``value``, the Annexure's roman numeral) decides;
  without it the type is inferred from the cause and the effects and the reason says so.
  Loss or theft of paper is not a cyber security incident.
* **When**: within 6 hours of noticing the incident or its being brought to notice, elapsed
  time, shown in India's time (Asia/Kolkata).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from breachmodel.clocks import Anchor, Deadline, Hours
from breachmodel.determination import ChecklistItem, Determination, MissingFact, Reason
from breachmodel.model import ActorOrigin, Incident, Intent, Vector
from breachmodel.obligations import Duty
from breachmodel.regimes import _booked, _checklists, _findings, _national, _sector
from breachmodel.regimes._base import Applicability
from breachmodel.regimes._national import Test, local_clock, test, unlinked
from breachmodel.regimes.in_certin._law import ANNEXURE, HOURS, direction

__all__ = [
    "CONTENT",
    "FINDINGS",
    "IN_SCOPE",
    "KEYS",
    "REGIME_ID",
    "REPORT",
    "applicability",
    "content_items",
    "determinations",
    "incident_type",
    "noticed_at",
]

REGIME_ID: Final = "in_certin"
REPORT: Final = "in_certin.dir2.report"
CONTENT: Final = "in_certin.dir2.report_content"
KOLKATA: Final = "Asia/Kolkata"
IN_SCOPE: Final = frozenset(
    {
        "service_provider",
        "intermediary",
        "data_centre",
        "body_corporate",
        "government_organisation",
    }
)
"""The classes of para. (ii) (Classification scheme ``in_certin``, its category)."""

FINDINGS: Final = {
    "incident_type": "Which type of Annexure I is the incident (its roman numeral, e.g. 'xi' "
    "for a data breach)?",
}
_BOOK: Final = _national.book(REGIME_ID, {
    REPORT: (Duty.NOTIFY_AUTHORITY, "cert_in", "Report to CERT-In within 6 hours (India)", (direction("(ii)"),)),
    CONTENT: (Duty.CONTENT, "cert_in", "Content of the report to CERT-In (India)", (direction("(ii)"),)),
})  # fmt: skip
"""Each determination's obligation: its duty and recipient, its title, its legal basis."""

KEYS: Final = {d: entry.key for d, entry in _BOOK.items()}
"""Each determination's obligation key."""
_PAPER: Final = frozenset(
    {Vector.LOST_PAPER, Vector.STOLEN_PAPER, Vector.MISDELIVERED_POST, Vector.IMPROPER_DISPOSAL}
)
_BY_VECTOR: Final = {
    Vector.RANSOMWARE: "v",
    Vector.MALWARE: "v",
    Vector.PHISHING: "vii",
    Vector.SOCIAL_ENGINEERING: "vii",
    Vector.DENIAL_OF_SERVICE: "viii",
    Vector.CREDENTIAL_STUFFING: "iii",
    Vector.STOLEN_CREDENTIALS: "iii",
    Vector.EXPLOITED_VULNERABILITY: "iii",
}
"""Annexure I types inferred from a recorded vector."""

_APPLIES_FROM: Final = date(2022, 6, 27)


def _gate() -> _sector.Gate:
    return _sector.Gate(
        regime=REGIME_ID,
        name="the CERT-In Directions of 28 April 2022 (para. (ii))",
        in_scope=IN_SCOPE,
        applies_from=_APPLIES_FROM,
        scope_citation=direction("(ii)"),
        start_citation=direction("final paragraph (in effect 60 days after issue)"),
    )


def applicability(incident: Incident) -> Applicability:
    """A classified entity of para. (ii), for an incident linked to India."""
    found = unlinked(incident, REGIME_ID, "IN", (direction("(ii)"),))
    return found if found is not None else _sector.gated(incident, _gate(), None)


def _inferred(incident: Incident) -> tuple[str, ...]:
    found = [_BY_VECTOR[v] for v in sorted(incident.cause.vectors) if v in _BY_VECTOR]
    vectors = incident.cause.vectors
    digital = bool(vectors) and not vectors <= _PAPER
    if incident.effects.confidentiality is not None and digital:
        accidental = incident.cause.intent is Intent.ACCIDENTAL
        found.append("xii" if accidental else "xi")
    if incident.cause.actor is ActorOrigin.EXTERNAL and incident.effects.confidentiality:
        found.append("iii")
    return tuple(dict.fromkeys(found))


def incident_type(incident: Incident) -> Test:
    """The Annexure I type: the assessor's finding, else inferred from the facts."""
    cite = direction("Annexure I")
    chosen = _findings.value(incident, REGIME_ID, "incident_type")
    if chosen is not None:
        label = ANNEXURE.get(chosen)
        if label is None:
            known = ", ".join(ANNEXURE)
            return test(
                "type",
                None,
                f"The recorded type {chosen!r} is not an Annexure I type ({known}).",
                cite,
                _type_fact(),
            )
        return test("type", True, f"Annexure I, type ({chosen}): {label} (recorded finding).", cite)
    vectors = incident.cause.vectors
    if vectors and vectors <= _PAPER:
        return test(
            "type",
            False,
            "Only paper records were lost, stolen or misdelivered: not a cyber security incident of Annexure I.",
            cite,
        )
    inferred = _inferred(incident)
    if not inferred:
        return test(
            "type",
            None,
            "No Annexure I type can be read from the recorded cause and effects.",
            cite,
            _type_fact(),
        )
    names = "; ".join(f"({t}) {ANNEXURE[t]}" for t in inferred)
    return test(
        "type",
        True,
        f"Annexure I types read from the facts: {names}. Record the finding in_certin/incident_type to confirm.",
        cite,
    )


def _type_fact() -> MissingFact:
    return _findings.finding_fact(REGIME_ID, "incident_type", FINDINGS["incident_type"])


def noticed_at(incident: Incident) -> datetime | None:
    """When the incident was noticed or brought to notice: the earliest of detection and awareness."""
    t = incident.timeline
    known = [d for d in (t.detected_at, t.controller_aware_at) if d is not None]
    return min(known) if known else None


def _clock(incident: Incident) -> Deadline:
    return local_clock(
        rule_id=REPORT,
        label=_BOOK[REPORT].title,
        period=Hours(n=HOURS),
        timezone=KOLKATA,
        start=noticed_at(incident),
        citations=(direction("(ii)"),),
        anchor=Anchor.DETECTION,
    )


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """The reporting form's essentials (secondary source: CERT-In's incident reporting form)."""
    i = incident
    t = i.timeline
    rows: tuple[tuple[str, str, bool], ...] = (
        (
            "contact",
            "Reporting organisation and its point of contact",
            i.controller.contact is not None,
        ),
        ("type", "Type of incident (Annexure I)", incident_type(i).met is True),
        ("occurred", "Date and time of occurrence", t.occurred.start is not None),
        ("noticed", "Date and time the incident was noticed", noticed_at(i) is not None),
        ("affected", "Affected systems and data", bool(i.data)),
        ("actions", "Actions taken", bool(i.measures.subsequent)),
    )
    cite = direction("(ii)")
    return _checklists.items(
        (f"in.certin.{k}", label, cite, ok, k == "actions") for k, label, ok in rows
    )


def determinations(incident: Incident) -> tuple[Determination, ...]:
    """The report to CERT-In within 6 hours and its content."""
    found = incident_type(incident)
    rule = Reason.rule(
        f"Para. (ii): an entity of the listed classes reports a cyber incident of Annexure I to CERT-In within {HOURS} hours of noticing it or its being brought to notice (incident@cert-in.org.in; secondary source).",
        (direction("(ii)"), direction("Annexure I")),
    )
    report = _booked.determination(
        _BOOK,
        REPORT,
        outcome=_sector.outcome_of(found.met),
        reasons=(rule, found.reason),
        recipients=("in-certin",),
        missing=found.missing,
        deadline=_clock(incident),
        incident=incident,
    )
    return report, _booked.content_of(
        _BOOK, CONTENT, on=report, items=content_items, incident=incident
    )
