"""Art. 26 APPI: the preliminary and final reports to the PPC, their content, the notice.

* **Preliminary report** (速報, Rules Art. 8(1)): "promptly" after knowing; an open-ended
  duty with the policy target of :class:`~.options.JpAppiOptions` (3 days by default).
* **Final report** (確報, Rules Art. 8(2)): within 30 days of the day of knowing, 60 days
  in the wrongful-purpose case (Art. 7(iii)); counted in Japan's time (Asia/Tokyo) as the
  options say; Japanese public holidays are shown for information only.
* **Content** (Rules Art. 8(1)(i)-(ix)): the nine items, those known at the time in the
  preliminary report, all of them in the final report.
* **Notice to the person** (Art. 26(2), Rules Art. 10): promptly according to the
  circumstances; where notice is difficult, an alternative measure such as a public
  announcement (Art. 26(2) proviso).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

import attrs

from breachmodel.citations import Citation
from breachmodel.clocks import (
    CalendarDays,
    Convention,
    Deadline,
    OpenEnded,
    Period,
)
from breachmodel.clocks import (
    Duty as Pace,
)
from breachmodel.determination import Assumption, ChecklistItem, Determination, Outcome, Reason
from breachmodel.model import Incident, Intent
from breachmodel.obligations import Duty
from breachmodel.regimes import _booked, _checklists, _national, _sector
from breachmodel.regimes._national import local_clock
from breachmodel.regimes.jp_appi._law import act, guidelines, rules
from breachmodel.regimes.jp_appi.cases import REGIME_ID, Reportability
from breachmodel.regimes.jp_appi.options import DayCount, JpAppiOptions

__all__ = [
    "CONTENT",
    "FINAL",
    "INDIVIDUALS",
    "KEYS",
    "PPC",
    "PRELIMINARY",
    "PUBLIC",
    "TOKYO",
    "content_items",
    "determinations",
    "individual_items",
]

PPC: Final = "jp-ppc"
TOKYO: Final = "Asia/Tokyo"
PRELIMINARY: Final = "jp_appi.art26.preliminary_report"
FINAL: Final = "jp_appi.art26.final_report"
CONTENT: Final = "jp_appi.art26.report_content"
INDIVIDUALS: Final = "jp_appi.art26.notify_individuals"
PUBLIC: Final = "jp_appi.art26.alternative_measure"

_BOOK: Final = _national.book(REGIME_ID, {
    PRELIMINARY: (Duty.NOTIFY_AUTHORITY, "ppc", "Preliminary report to the PPC (Japan)", (act(26, 1), rules(8, 1))),
    FINAL: (Duty.FINAL_REPORT, "ppc", "Final report to the PPC (Japan)", (act(26, 1), rules(8, 2))),
    CONTENT: (Duty.CONTENT, "ppc", "Content of the reports to the PPC (Japan)", (rules(8, 1),)),
    INDIVIDUALS: (Duty.INFORM_INDIVIDUALS, "data_subjects", "Notify the people concerned (Japan)", (act(26, 2), rules(10))),
    PUBLIC: (Duty.PUBLIC_NOTICE, "public", "Alternative measure where notice is difficult (Japan)", (act(26, 2),)),
})  # fmt: skip
"""Each determination's obligation: its duty and recipient, its title, its legal basis."""

KEYS: Final = {d: entry.key for d, entry in _BOOK.items()}
"""Each determination's obligation key."""


def _has(incident: Incident) -> dict[str, bool]:
    return {
        "summary": bool(incident.effects.types),
        "items": bool(incident.data),
        "count": incident.total_subjects.known,
        "cause": incident.cause.intent is not Intent.UNKNOWN or bool(incident.cause.vectors),
        "harm": bool(incident.consequences),
        "persons": bool(incident.timeline.subject_communications),
        "public": bool(incident.timeline.public_communications),
        "prevention": bool(incident.measures.subsequent),
    }


_ITEMS: Final = (
    ("summary", "Summary of the incident", "i"),
    ("items", "Items of personal data leaked (or possibly leaked)", "ii"),
    ("count", "Number of people whose data was concerned", "iii"),
    ("cause", "Cause", "iv"),
    ("harm", "Secondary damage, or its risk, and what it is", "v"),
    ("persons", "What has been done for the people concerned", "vi"),
    ("public", "Whether and how the incident was made public", "vii"),
    ("prevention", "Measures to prevent recurrence", "viii"),
)


def content_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Rules Art. 8(1)(i)-(ix): the report's items, checked against the record.

    In the preliminary report only what is known at the time (Art. 8(1)); all of them in
    the final report (Art. 8(2)): every item may follow later.
    """
    has = _has(incident)
    rows = [(f"jp.report.{k}", label, rules(8, n), has[k], True) for k, label, n in _ITEMS]
    other = bool(incident.description)
    rows.append(("jp.report.other", "Other relevant matters", rules(8, "ix"), other, True))
    return _checklists.items(rows)


def individual_items(incident: Incident) -> tuple[ChecklistItem, ...]:
    """Rules Art. 10 (secondary source): what the notice to the person says."""
    has = _has(incident)
    rows = (
        ("summary", "Summary of the incident"),
        ("items", "Items of personal data concerned"),
        ("cause", "Cause"),
        ("harm", "Secondary damage, or its risk, and what it is"),
    )
    return _checklists.items(
        (f"jp.notice.{k}", label, rules(10), has[k], False) for k, label in rows
    )


def _deadline(
    incident: Incident,
    det_id: str,
    period: Period,
    convention: Convention,
    cites: tuple[Citation, ...],
) -> Deadline:
    return local_clock(
        rule_id=det_id,
        label=_BOOK[det_id].title,
        period=period,
        timezone=TOKYO,
        start=_sector.aware_at(incident),
        citations=cites,
        convention=convention,
        country="JP",
    )


def _det(
    incident: Incident,
    found: Reportability,
    det_id: str,
    *,
    notes: tuple[Reason, ...] = (),
    deadline: Deadline | None = None,
    recipients: tuple[str, ...] = (),
) -> Determination:
    return _booked.determination(
        _BOOK,
        det_id,
        outcome=_sector.outcome_of(found.reportable),
        reasons=found.reasons,
        when_owed=notes,
        recipients=recipients,
        missing=found.missing_facts,
        deadline=deadline,
        incident=incident,
    )


def _recipient() -> Reason:
    text = "Recipient: the Personal Information Protection Commission (PPC), through its online form; where the PPC has delegated its power to a ministry for the sector, that ministry (Art. 150 APPI, memory, not verified)."
    return Reason.fact(text, (act(26, 1), rules(8, 3)))


def preliminary(incident: Incident, found: Reportability, options: JpAppiOptions) -> Determination:
    """Rules Art. 8(1): the preliminary report, promptly, with the policy target."""
    days = options.preliminary_target_days
    period = OpenEnded(duty=Pace.PROMPTLY, target=timedelta(days=days))
    note = Reason.interpretation(
        f"'Promptly' sets no number of days; the PPC's guidelines read it as roughly 3 to 5 days from knowing (secondary source). Policy target used: {days} days (option preliminary_target_days), not a legal deadline.",
        (rules(8, 1), guidelines("3-5-3-3")),
    )
    deadline = _deadline(incident, PRELIMINARY, period, Convention.ELAPSED, (rules(8, 1),))
    notes = (note, _recipient())
    return _det(incident, found, PRELIMINARY, notes=notes, deadline=deadline, recipients=(PPC,))


def final(incident: Incident, found: Reportability, options: JpAppiOptions) -> Determination:
    """Rules Art. 8(2): the final report within 30 days, 60 in the wrongful-purpose case."""
    days = 60 if found.wrongful_purpose else 30
    inclusive = options.final_day_count is DayCount.DAY_OF_KNOWING
    convention = Convention.FIRST_DAY_INCLUDED if inclusive else Convention.END_OF_DAY
    reading = (
        "the day of knowing counts as day 1 (memory of the PPC's practice, NOT verified; the earlier reading)"
        if inclusive
        else "the first day is not counted (Civil Code Art. 140)"
    )
    why = "the wrongful-purpose case (Art. 7(iii))" if days == 60 else "the ordinary case"
    note = Reason.interpretation(
        f"{days} days for {why}, counted in Japan's time: {reading}. Option final_day_count selects the reading.",
        (rules(8, 2), guidelines("3-5-3-4")),
    )
    deadline = _deadline(incident, FINAL, CalendarDays(n=days), convention, (rules(8, 2),))
    notes = (note, _recipient())
    return _det(incident, found, FINAL, notes=notes, deadline=deadline, recipients=(PPC,))


def content(incident: Incident, found: Reportability) -> Determination:
    """Rules Art. 8(1): what the reports contain (the checklist)."""
    det = _det(incident, found, CONTENT, recipients=(PPC,))
    if det.outcome is not Outcome.REQUIRED:
        return det
    return attrs.evolve(det, checklist=content_items(incident))


def _difficult(incident: Incident) -> bool | None:
    facts = incident.contact
    if facts.contact_details_available is False or facts.disproportionate_effort:
        return True
    return None if facts.contact_details_available is None else False


def individuals(incident: Incident, found: Reportability) -> Determination:
    """Art. 26(2): notify the people promptly according to the circumstances."""
    period = OpenEnded(duty=Pace.PROMPTLY)
    deadline = _deadline(incident, INDIVIDUALS, period, Convention.ELAPSED, (act(26, 2),))
    note = Reason.rule(
        "The operator notifies each person concerned promptly according to the circumstances, with the items of Rules Art. 10; a contractor that told the operator is exempt (Art. 26(2)).",
        (act(26, 2), rules(10)),
    )
    det = _det(
        incident,
        found,
        INDIVIDUALS,
        notes=(note,),
        deadline=deadline,
        recipients=("data_subjects",),
    )
    if det.outcome is not Outcome.REQUIRED:
        return det
    return attrs.evolve(det, checklist=individual_items(incident))


_ALTERNATIVE: Final = {
    True: "Notice to the people is difficult (contact details lacking or disproportionate "
    "effort): the operator takes an alternative measure, such as a public announcement, to "
    "protect their rights and interests.",
    False: "Contact details are available: notice goes to each person and no alternative "
    "measure is needed.",
}

_REACHABLE: Final = Assumption(
    path="$.contact.contact_details_available",
    assumed="the people concerned can be reached individually",
    why="nothing recorded suggests that contact details are missing (the ordinary case)",
)


def alternative(incident: Incident, found: Reportability) -> Determination:
    """Art. 26(2) proviso: where notice is difficult, an alternative measure instead.

    Whether people can be reached is assumed at its ordinary value (they can) when not
    recorded, and the assumption is named.
    """
    base = _det(incident, found, PUBLIC, recipients=("public",))
    if base.outcome is not Outcome.REQUIRED:
        return base
    difficult = _difficult(incident)
    reason = Reason.fact(_ALTERNATIVE[bool(difficult)], (act(26, 2),))
    det = _booked.determination(
        _BOOK,
        PUBLIC,
        outcome=Outcome.REQUIRED if difficult else Outcome.NOT_REQUIRED,
        reasons=(*found.reasons, reason),
        recipients=("public",),
    )
    return det if difficult is not None else attrs.evolve(det, assumptions=(_REACHABLE,))


def aware_at(incident: Incident) -> datetime | None:
    """When the operator knew of the situation (its awareness, else detection)."""
    return _sector.aware_at(incident)


def determinations(
    incident: Incident, found: Reportability, options: JpAppiOptions
) -> tuple[Determination, ...]:
    """Every Art. 26 determination, in the order the views list them."""
    return (
        preliminary(incident, found, options),
        final(incident, found, options),
        content(incident, found),
        individuals(incident, found),
        alternative(incident, found),
    )
