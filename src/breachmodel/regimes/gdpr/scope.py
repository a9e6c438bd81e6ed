"""Whether the GDPR's breach articles reach the incident at all.

Three questions come before any obligation:

* **Time**: the GDPR applies from 25 May 2018 (Art. 99(2)); an incident whose every
  known date (occurrence, detection, awareness, containment, notices, communications) is
  earlier is outside it. With no date known, the answer is undetermined.
* **Territory**: a controller with no establishment in the EEA is reached only when the
  processing relates to offering goods or services to people in the EEA, or to
  monitoring their behaviour there (Art. 3(2)); when neither is recorded, the GDPR is
  taken to apply, as a named assumption, unless every person concerned is recorded as
  living outside the EEA (Art. 3(2) concerns people who are in the Union).
* **Personal data**: a breach under Art. 4(12) concerns personal data (Art. 4(1)).
* **A breach of security with an effect**: destruction, loss, alteration, unauthorised
  disclosure or access (Art. 4(12)); the EDPB's three types (confidentiality, integrity,
  availability) express it.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time

from attrs import frozen

from breachmodel import law
from breachmodel.authorities import WITHDRAWAL_AGREEMENT_TRANSITION, is_eea, left_gdpr_at
from breachmodel.citations import Citation, edpb, gdpr
from breachmodel.determination import MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import Incident

__all__ = [
    "GDPR_APPLIES_FROM",
    "ScopeResult",
    "before_the_gdpr",
    "check_scope",
]

_APPLIES_FROM = law.GDPR.version("gdpr-2016").applies_from
assert _APPLIES_FROM is not None  # noqa: S101 - the GDPR as adopted has its date

GDPR_APPLIES_FROM = datetime.combine(_APPLIES_FROM, time(), tzinfo=UTC)
"""The GDPR applies from 25 May 2018 (Art. 99(2)); taken as 00:00 UTC."""


@frozen(kw_only=True)
class ScopeResult:
    """The answer to the scope questions.

    Attributes:
        outcome: None when the incident is in scope; otherwise the outcome every
            obligation takes (not applicable, not required, or undetermined).
        reasons: Why.
        missing_facts: What is needed when undetermined.
        open_questions: Facts assumed at their ordinary value, whose other value would
            change the answer (e.g. the Art. 3(2) connection).
        predates: When all the result says is that the incident predates the GDPR: the
            incident's latest known date, which its one reason quotes
            (:func:`before_the_gdpr`); None otherwise.
    """

    outcome: Outcome | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    open_questions: tuple[MissingFact, ...] = ()
    predates: date | None = None


def _known_dates(incident: Incident) -> list[datetime]:
    t = incident.timeline
    dates = t.breach_dates()
    dates += [c.at for c in t.subject_communications]
    dates += [p.at for p in t.public_communications]
    return dates


def _unknown(reasons: list[Reason], path: str, question: str, *cites: Citation) -> ScopeResult:
    """Undetermined: one fact is missing, asked as a question."""
    missing = Reason(kind=ReasonKind.MISSING, text=question, citations=cites)
    return ScopeResult(
        outcome=Outcome.UNDETERMINED,
        reasons=(*reasons, missing),
        missing_facts=(MissingFact(path=path, question=question),),
    )


@functools.lru_cache(maxsize=4096)
def before_the_gdpr(latest: date) -> Reason:
    """Art. 99(2): the reason of an incident whose latest known date is ``latest``, earlier.

    The scope quotes the date; the same reason, built here, says so for any date, so a
    result worked out for one such incident can be told for another by swapping it.
    Reasons are frozen: one per date is kept and shared (records repeat their dates).
    """
    text = (
        f"Every known date of the incident (the latest {latest.isoformat()}) "
        "is before 25 May 2018, when the GDPR began to apply; its breach articles "
        "do not reach it."
    )
    return Reason(kind=ReasonKind.RULE, text=text, citations=(gdpr(99, 2),))


def _temporal(incident: Incident) -> ScopeResult | Reason:
    """Art. 99(2): the incident's dates against the day the GDPR applies from."""
    dates = _known_dates(incident)
    if not dates:
        question = "When did the breach happen, or when was it detected?"
        return _unknown([], "$.timeline", question, gdpr(99, 2))
    latest = max(dates)
    if latest < GDPR_APPLIES_FROM:
        day = latest.date()
        return ScopeResult(
            outcome=Outcome.NOT_APPLICABLE, reasons=(before_the_gdpr(day),), predates=day
        )
    text = "The incident falls within the GDPR's temporal scope (from 25 May 2018)."
    return Reason(kind=ReasonKind.FACT, text=text, citations=(gdpr(99, 2),))


def _a_breach(incident: Incident, reasons: list[Reason]) -> ScopeResult | Reason:
    """Arts. 4(1) and 4(12): personal data, and an effect that makes it a breach."""
    if incident.personal_data is None:
        question = (
            "Does the incident concern personal data (information about identifiable people)?"
        )
        return _unknown(reasons, "$.personal_data", question, gdpr(4, 1), gdpr(4, 12))
    if not incident.personal_data:
        text = (
            "No personal data is concerned, so this is not a personal data breach; "
            "the decision must still be documented."
        )
        reason = Reason(kind=ReasonKind.FACT, text=text, citations=(gdpr(4, 12), gdpr(33, 5)))
        return ScopeResult(outcome=Outcome.NOT_REQUIRED, reasons=(*reasons, reason))
    types = incident.effects.types
    if not types:
        question = (
            "What happened to the personal data: unauthorised disclosure or access, "
            "alteration, or loss or destruction?"
        )
        return _unknown(reasons, "$.effects", question, gdpr(4, 12), edpb("section I.B"))
    text = f"A personal data breach: {', '.join(types)} of personal data."
    return Reason(kind=ReasonKind.FACT, text=text, citations=(gdpr(4, 12), edpb("section I.B")))


def check_scope(incident: Incident) -> ScopeResult:
    """Answer the scope questions for an incident: time, territory, a personal data breach."""
    temporal = _temporal(incident)
    if isinstance(temporal, ScopeResult):
        return temporal
    reasons = [temporal]
    outside, territorial, assumed = _territorial_scope(incident)
    if outside:
        return ScopeResult(outcome=Outcome.NOT_APPLICABLE, reasons=(*reasons, *territorial))
    reasons.extend(territorial)
    breach = _a_breach(incident, reasons)
    if isinstance(breach, ScopeResult):
        return breach
    return ScopeResult(outcome=None, reasons=(*reasons, breach), open_questions=assumed)


_ART_3_2_QUESTION = MissingFact(
    path="$.offers_to_eea",
    question="Does the processing relate to offering goods or services to people in the EEA "
    "(Art. 3(2)(a)), or to monitoring their behaviour there (Art. 3(2)(b), "
    "$.monitors_in_eea)?",
)


def _everyone_outside_eea(incident: Incident) -> list[str]:
    """The countries the people concerned live in, if recorded for all and none in the EEA.

    Empty otherwise: nothing recorded, a group without countries, or a country in the EEA.
    """
    groups = incident.subjects
    if not groups or any(not g.by_country for g in groups):
        return []
    countries = sorted(incident.subject_countries)
    on = incident.timeline.latest_breach_date
    return [] if any(is_eea(c, on) for c in countries) else countries


def _former_territory(incident: Incident) -> list[Reason]:
    """Why an establishment in a country that has since left the EEA counts (the UK, 2018-20)."""
    on = incident.timeline.latest_breach_date
    gone = sorted(
        {e.country for e in incident.controller.establishments if left_gdpr_at(e.country)}
    )
    within = [c for c in gone if is_eea(c, on)]
    if not within or on is None:
        return []
    until = left_gdpr_at(within[0])
    assert until is not None  # noqa: S101 - within holds former members only
    text = (
        f"The controller is established in {', '.join(within)}, within the GDPR's territory "
        f"at the time of the breach (its latest known date {on.date().isoformat()} is before "
        f"{until:%d %B %Y, %H:%M} UTC): a Member State, then, from 1 February 2020, a country "
        "to and in which Union law, the GDPR included, applied during the transition period."
    )
    return [
        Reason(
            kind=ReasonKind.FACT, text=text, citations=(gdpr(3, 1), WITHDRAWAL_AGREEMENT_TRANSITION)
        )
    ]


def _territorial_scope(
    incident: Incident,
) -> tuple[bool, list[Reason], tuple[MissingFact, ...]]:
    """Art. 3: (outside the GDPR?, reasons, assumed facts) for a controller outside the EEA."""
    ests = incident.controller.establishments
    on = incident.timeline.latest_breach_date
    if not ests or any(is_eea(e.country, on) for e in ests):
        return False, _former_territory(incident), ()
    offers, monitors = incident.offers_to_eea, incident.monitors_in_eea
    cites = (gdpr(3, 2, "a"), gdpr(3, 2, "b"))
    if offers or monitors:
        how = " and ".join(
            text
            for flag, text in (
                (offers, "offering goods or services to people in the EEA (Art. 3(2)(a))"),
                (monitors, "monitoring their behaviour in the EEA (Art. 3(2)(b))"),
            )
            if flag
        )
        text = (
            "The controller has no establishment in the EEA; the GDPR reaches the processing "
            f"because it relates to {how}."
        )
        return False, [Reason(kind=ReasonKind.FACT, text=text, citations=cites)], ()
    if offers is False and monitors is False:
        text = (
            "The controller has no establishment in the EEA, and the processing relates "
            "neither to offering goods or services to people in the EEA nor to monitoring "
            "their behaviour there: the GDPR does not reach it (Art. 3(2)), and its breach "
            "articles do not apply. Other laws may."
        )
        return True, [Reason(kind=ReasonKind.RULE, text=text, citations=(gdpr(3, 2),))], ()
    abroad = _everyone_outside_eea(incident)
    if abroad:
        text = (
            "The controller has no establishment in the EEA, and every person concerned is "
            f"recorded as living outside it ({', '.join(abroad)}): Art. 3(2) reaches the "
            "processing of personal data of people who are in the Union, so the GDPR's breach "
            "articles do not apply to this breach. Other laws may."
        )
        return True, [Reason(kind=ReasonKind.RULE, text=text, citations=(gdpr(3, 2),))], ()
    text = (
        "Assumed: the processing of this controller, which has no establishment in the EEA, "
        "relates to offering goods or services to people in the EEA or to monitoring their "
        "behaviour there (not recorded), so the GDPR applies under Art. 3(2). If neither is "
        "the case, it does not apply."
    )
    warning = Reason(kind=ReasonKind.WARNING, text=text, citations=cites)
    return False, [warning], (_ART_3_2_QUESTION,)
