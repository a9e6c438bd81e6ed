"""The US state breach laws: residents, the attorney general or regulator, the CRAs.

One logic for every jurisdiction of :data:`~breachmodel.regimes.us_states.table.STATES`:

* **Who**: a state's law is assessed where people concerned live there
  (``subjects[*].by_subdivision``, ISO 3166-2 ``US-XX``); US residents counted without a
  state breakdown leave the regime undetermined.
* **Residents**: owed where the data affected includes the state's elements of personal
  information, the data was readable (encryption safe harbour) and, in the states that
  have a risk-of-harm exception, the organisation has not determined that harm is
  unlikely (:mod:`~breachmodel.regimes.us_states.coverage`).
* **Attorney general or regulator** and **consumer reporting agencies**: owed with the
  residents' notice where the state's threshold is met, decided on the exact count of
  its residents (a range across the threshold leaves it undetermined).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from breachmodel.clocks import Anchor, CalendarDays, Deadline, HolidayCalendar, Period, WorkingDays
from breachmodel.clocks import Duty as OpenDuty
from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import Count, Incident
from breachmodel.obligations import Duty
from breachmodel.regimes import _national
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes.us_states._law import (
    ALL_STATES,
    CRA,
    REGIME_ID,
    Clock,
    StateLaw,
    Threshold,
)
from breachmodel.regimes.us_states.coverage import Coverage, coverage, discovered
from breachmodel.regimes.us_states.table import STATES

__all__ = [
    "PREFILTER_INPUTS",
    "applicability",
    "book_of",
    "determinations",
    "prefilter",
    "states_reached",
]

_COUNT_PATH: Final = "$.subjects[*].by_subdivision"


def book_of(law: StateLaw) -> _national.Book:
    """The state's obligations by determination id (``us_states.us_ca.residents``...).

    Each with its key, title and legal basis: the residents (``residents_us_ca``), the
    regulator (its registry id, ``us_ca_ag``) and the CRAs (``cra_us_ca``), where the state
    requires them.
    """
    d = f"{REGIME_ID}.{law.slug}"
    rows: dict[str, _national.Row] = {
        f"{d}.residents": (
            Duty.INFORM_INDIVIDUALS,
            f"residents_{law.slug}",
            f"Notify the affected residents of {law.name}",
            (law.cite(),),
        )
    }
    if law.ag is not None:
        rows[f"{d}.regulator"] = (
            Duty.NOTIFY_AUTHORITY,
            law.ag.authority.replace("-", "_"),
            f"Notify {law.ag.to} ({law.name})",
            (law.cite(law.ag.pinpoint),),
        )
    if law.cra is not None:
        rows[f"{d}.cra"] = (
            Duty.NOTIFY_THIRD_PARTY,
            f"cra_{law.slug}",
            f"Notify the nationwide consumer reporting agencies ({law.name})",
            (law.cite(),),
        )
    return _national.book(REGIME_ID, rows)


_BOOKS: Final = {law.code: book_of(law) for law in STATES}


def _count(incident: Incident, law: StateLaw) -> Count:
    return incident.residents_in(law.code)


def states_reached(incident: Incident) -> tuple[tuple[StateLaw, Count], ...]:
    """The jurisdictions where people concerned are counted as living, with their counts."""
    if not any(s.country == "US" for g in incident.subjects for s in g.by_subdivision):
        return ()
    found = ((law, _count(incident, law)) for law in STATES)
    return tuple((law, n) for law, n in found if (n.lower_bound or 0) > 0)


def _undetermined(text: str, missing: MissingFact) -> Applicability:
    reason = Reason(kind=ReasonKind.MISSING, text=text, citations=(ALL_STATES,))
    return Applicability(
        regime=REGIME_ID, reach=Reach.UNDETERMINED, reasons=(reason,), missing_facts=(missing,)
    )


PREFILTER_INPUTS: Final = frozenset({"residence"})
"""What :func:`prefilter` reads."""


def prefilter(incident: Incident) -> Applicability | None:
    """Not applicable at once when no one concerned is counted in the US, else None.

    Reads :attr:`~breachmodel.model.Incident.residence` alone: with no count for the US
    or a US subdivision in any group, no state's residents are concerned.
    """
    for by_country, by_subdivision in incident.residence:
        if any(c.country == "US" for c in by_country):
            return None
        if any(s.country == "US" for s in by_subdivision):
            return None
    return _nobody_in_the_us()


def _nobody_in_the_us() -> Applicability:
    text = "No one concerned is counted as living in a US state or territory."
    return _national.reach(REGIME_ID, Reach.NOT_APPLICABLE, text, (ALL_STATES,))


def applicability(incident: Incident) -> Applicability:
    """Applicable where residents of a US state or territory are counted among the people."""
    found = prefilter(incident)
    if found is not None:
        return found
    known = states_reached(incident)
    if known:
        where = "; ".join(f"{law.name} ({n.describe()})" for law, n in known)
        text = f"People concerned live in these US jurisdictions, whose breach laws protect their residents: {where}."
        return _national.reach(
            REGIME_ID, Reach.APPLICABLE, text, tuple(law.cite() for law, _n in known)
        )
    us = incident.residents_in("US")
    if (us.lower_bound or 0) > 0:
        text = (
            f"{us.describe()} of the people concerned live in the United States, but not "
            "per state: each state's law protects its own residents; record the counts per "
            "state (by_subdivision, e.g. 'US-CA')."
        )
        question = "How many of the people concerned live in each US state or territory?"
        return _undetermined(text, MissingFact(path=_COUNT_PATH, question=question))
    return _nobody_in_the_us()


def _anchor(
    incident: Incident, clock: Clock, first_notice: datetime | None
) -> tuple[Anchor, datetime | None]:
    if clock.after == "determination":
        found = incident.finding(REGIME_ID, "breach_determined")
        return Anchor.DETERMINATION, None if found is None else found.at
    if clock.after == "resident_notice":
        return Anchor.EARLIER_FILING, first_notice
    t = incident.timeline
    return Anchor.AWARENESS, t.controller_aware_at or t.detected_at


def _not_yet_in_force(incident: Incident, law: StateLaw, since: date | None) -> Reason | None:
    found = discovered(incident, law)
    if since is None or found is None or found >= since:
        return None
    text = (
        f"This notice applies to breaches discovered from {since.isoformat()} (the amendment "
        f"that created it); this breach was discovered on {found.isoformat()}, so it is not owed."
    )
    return Reason(kind=ReasonKind.RULE, text=text, citations=(law.cite(),))


def _period(law: StateLaw, clock: Clock) -> Period:
    assert clock.days is not None  # noqa: S101 - called for fixed periods only
    if clock.business_days:
        return WorkingDays(n=clock.days, calendar=HolidayCalendar("US", law.code[3:]))
    return CalendarDays(n=clock.days)


def deadline(
    incident: Incident,
    law: StateLaw,
    clock: Clock,
    rule_id: str,
    first_notice: datetime | None = None,
) -> Deadline:
    """A notice's clock in the state's time zone: a fixed period, or an open standard."""
    clock = clock.on(discovered(incident, law))
    anchor, start = _anchor(incident, clock, first_notice)
    label = clock.describe()[:1].upper() + clock.describe()[1:]
    cites = (law.cite(),)
    if clock.days is None:
        return _national.open_clock(
            rule_id=rule_id, label=label, anchor=anchor, start=start,
            duty=OpenDuty.WITHOUT_UNREASONABLE_DELAY, timezone=law.zone, citations=cites,
        )  # fmt: skip
    return _national.clock(
        rule_id=rule_id, label=label, anchor=anchor, start=start,
        period=_period(law, clock), timezone=law.zone, citations=cites,
    )  # fmt: skip


def _provenance(law: StateLaw, field: str) -> Reason:
    flag = law.provenance_of(field)
    if flag.value == "not_verified":
        text = (
            f"Provenance: not verified. This entry of the {law.name} law is from memory and "
            f"was not checked against the statute ({law.statute} {law.section}); check it "
            "before relying on it."
        )
        return Reason(kind=ReasonKind.WARNING, text=text, citations=(law.cite(),))
    text = f"Provenance: {flag.value.replace('_', ' ')}: {law.source}."
    return Reason(kind=ReasonKind.INTERPRETATION, text=text, citations=(law.cite(),))


def _outcome(value: bool | None) -> Outcome:
    return {True: Outcome.REQUIRED, False: Outcome.NOT_REQUIRED, None: Outcome.UNDETERMINED}[value]


def _substitute(law: StateLaw, n: Count) -> tuple[Reason, ...]:
    if law.substitute is None:
        return ()
    s = law.substitute
    more = (n.lower_bound or 0) > s.people
    text = (
        f"Substitute notice (e-mail, a conspicuous posting on the organisation's website and "
        f"statewide media) may replace individual notice where {s.describe()}"
        + (f"; {n.describe()} residents are more than {s.people:,}." if more else ".")
    )
    return (Reason(kind=ReasonKind.RULE, text=text, citations=(law.cite(),)),)


def residents(incident: Incident, law: StateLaw, n: Count, found: Coverage) -> Determination:
    """Notice to the state's affected residents."""
    det_id = f"{REGIME_ID}.{law.slug}.residents"
    rule = Reason(
        kind=ReasonKind.RULE,
        text=f"{law.name} requires notice to its residents whose personal information was acquired "
        f"(or, in some states, accessed) without authorisation, {law.residents.describe()}.",
        citations=(law.cite(),),
    )
    outcome = _outcome(found.owed)
    extra = _substitute(law, n) if outcome is Outcome.REQUIRED else ()
    return _national.decide(
        _BOOKS[law.code],
        det_id=det_id,
        outcome=outcome,
        reasons=(rule, *found.reasons, *extra, _provenance(law, "residents")),
        incident=incident,
        deadline=deadline(incident, law, law.residents, det_id),
        missing=found.missing,
        recipients=(law.code,),
        assumptions=found.assumptions,
    )


def _threshold(n: Count, threshold: Threshold | None, whom: str) -> tuple[bool | None, str]:
    if threshold is None:
        return True, f"Every breach notified to residents is also notified to {whom}."
    met = _national.above(n, threshold.n, inclusive=threshold.inclusive)
    word = {True: "met", False: "not met", None: "not known to be met or not"}[met]
    return (
        met,
        f"{n.describe()} residents affected; the threshold ({threshold.describe()}) is {word}.",
    )


def _dependent(
    incident: Incident,
    law: StateLaw,
    *,
    det_id: str,
    on: Determination,
    threshold: Threshold | None,
    whom: str,
    clock: Clock,
    recipient: str,
    field: str,
    since: date | None = None,
) -> Determination:
    if on.outcome is not Outcome.REQUIRED:
        return _national.dependent(_BOOKS[law.code], det_id=det_id, on=on, incident=incident)
    earlier = _not_yet_in_force(incident, law, since)
    if earlier is not None:
        return _national.decide(
            _BOOKS[law.code], det_id=det_id, outcome=Outcome.NOT_REQUIRED,
            reasons=(earlier, _provenance(law, field)), incident=incident,
            recipients=(recipient,), assumptions=on.assumptions,
        )  # fmt: skip
    met, text = _threshold(_count(incident, law), threshold, whom)
    missing = (
        ()
        if met is not None
        else (
            MissingFact(
                path=_COUNT_PATH, question=f"How many residents of {law.name} are affected?"
            ),
        )
    )
    given = [c.at for c in incident.timeline.subject_communications if c.obligation == on.key]
    return _national.decide(
        _BOOKS[law.code],
        det_id=det_id,
        outcome=_outcome(met),
        reasons=(Reason(kind=ReasonKind.FACT, text=text, citations=(law.cite(),)), _provenance(law, field)),
        incident=incident,
        deadline=deadline(incident, law, clock, det_id, min(given) if given else None),
        missing=missing,
        recipients=(recipient,),
        assumptions=on.assumptions,
    )  # fmt: skip


def one_state(incident: Incident, law: StateLaw) -> tuple[Determination, ...]:
    """Every determination of one jurisdiction."""
    tell = residents(incident, law, _count(incident, law), coverage(incident, law))
    out = [tell]
    if law.ag is not None:
        out.append(
            _dependent(
                incident,
                law,
                det_id=f"{REGIME_ID}.{law.slug}.regulator",
                on=tell,
                threshold=law.ag.threshold,
                whom=law.ag.to,
                clock=law.ag.clock,
                recipient=law.ag.authority,
                field="ag",
                since=law.ag.since,
            )
        )
    if law.cra is not None:
        out.append(
            _dependent(
                incident,
                law,
                det_id=f"{REGIME_ID}.{law.slug}.cra",
                on=tell,
                threshold=law.cra,
                whom="the consumer reporting agencies",
                clock=Clock(wording=UNREASONABLE_CRA),
                recipient=CRA,
                field="cra",
            )
        )
    return tuple(out)


UNREASONABLE_CRA: Final = "without unreasonable delay"


def determinations(incident: Incident) -> tuple[Determination, ...]:
    """Every determination of every jurisdiction whose residents are concerned."""
    return tuple(d for law, _n in states_reached(incident) for d in one_state(incident, law))
