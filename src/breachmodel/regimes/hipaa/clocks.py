"""The HIPAA clocks: discovery, 60 calendar days, the annual log, the law enforcement delay.

Days are counted with ``END_OF_DAY`` (the day of discovery not counted; the period ends at
midnight, Washington DC time, of day 60; nothing rolls forward). The day of discovery is the
entity's own date: read in the contiguous-US zone whose UTC offset the discovery was recorded
with (-06:00 in January is Chicago's), or, for a time recorded in UTC or abroad, in the zone
where that date is earliest. A law enforcement statement (§ 164.412) delays a notice for the
period a written statement specifies, or at most 30 days from an oral one: where the delay
ends after day 60, the notice is due when it ends (the rule sets no further period; this is
the earlier reading, named on the law page).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

import attrs
from attrs import frozen

from breachmodel.clocks import (
    Anchor,
    CalendarDays,
    Convention,
    Deadline,
    Elapsed,
    calendar_year_end,
    zone,
)
from breachmodel.determination import Assumption, MissingFact, Reason
from breachmodel.model import Incident
from breachmodel.regimes._findings import finding_fact
from breachmodel.regimes._national import ClockArgs, clock, entity_day_zone
from breachmodel.regimes.hipaa._law import CONTIGUOUS_ZONES, DAYS, REGIME_ID, ZONE, cfr
from breachmodel.regimes.hipaa.breach import FINDINGS

__all__ = [
    "MIDNIGHT",
    "ORAL_DAYS",
    "Discovery",
    "discovery",
    "held_until",
    "sixty_days",
    "year_end_log",
]

ORAL_DAYS: Final = 30
"""§ 164.412(b): an oral statement delays a notice no longer than 30 days."""

MIDNIGHT: Final = Reason.interpretation(
    "Reading adopted: the rule names no time zone. The day of discovery is the entity's own "
    "date, read in the contiguous-US zone whose UTC offset the discovery was recorded with "
    "(for a time recorded in UTC or abroad, the zone where that date is earliest); the days "
    "end at midnight in Washington, DC (New York time), the earliest end of day of the "
    "contiguous States.",
    (cfr("164.404", "(b)"),),
)
"""The time zone the 60 days are counted in, as a named reading."""

_AFTER_DAY_60: Final = Reason.interpretation(
    "Reading adopted: a notice delayed beyond day 60 is due when the delay ends; the rule "
    "sets no further period (the other reading, adding the delay to the 60 days, gives a "
    "later date).",
    (cfr("164.412"),),
)


@frozen
class Discovery:
    """When the breach was discovered, and the assumption made where it is not recorded."""

    at: datetime | None
    assumption: Assumption | None = None

    @property
    def assumed(self) -> tuple[Assumption, ...]:
        """The assumption, for a determination's ``assumptions``."""
        return () if self.assumption is None else (self.assumption,)


def discovery(incident: Incident) -> Discovery:
    """§ 164.404(a)(2): the recorded discovery, else the earliest of detection and awareness."""
    found = incident.finding(REGIME_ID, "discovered")
    if found is not None and found.at is not None:
        return Discovery(found.at)
    t = incident.timeline
    known = [w for w in (t.detected_at, t.controller_aware_at) if w is not None]
    if not known:
        return Discovery(None)
    at = min(known)
    path = finding_fact(REGIME_ID, "discovered", FINDINGS["discovered"]).path
    assumed = Assumption(
        path=path,
        assumed=f"the breach was discovered at {at.isoformat()}, the earliest recorded of detection and awareness",
        why="a breach counts as discovered on the first day it was known, or would have been known with reasonable diligence (§ 164.404(a)(2)); record hipaa/discovered if it was knowable earlier",
    )
    return Discovery(at, assumed)


def held_until(
    incident: Incident,
) -> tuple[datetime | None, tuple[Reason, ...], tuple[MissingFact, ...]]:
    """§ 164.412: the end of a law enforcement delay, why, and what is missing to tell it."""
    found = incident.finding(REGIME_ID, "law_enforcement_delay")
    if found is None or found.answer is False:
        return None, (), ()
    cite = (cfr("164.412"),)
    missing = (finding_fact(REGIME_ID, "law_enforcement_delay", FINDINGS["law_enforcement_delay"]),)
    if found.value == "oral" and found.at is not None:
        limit = found.at + timedelta(days=ORAL_DAYS)
        until = limit if found.until is None else min(found.until, limit)
        text = f"A law enforcement official's oral statement, documented, delays the notices until {until.isoformat()} (at most 30 days from the statement unless a written one follows)."
        return until, (Reason.fact(text, (cfr("164.412", "(b)"),)), _AFTER_DAY_60), ()
    if found.value == "written" and found.until is not None:
        text = f"A law enforcement official's written statement delays the notices for the period it specifies, until {found.until.isoformat()}."
        return found.until, (Reason.fact(text, (cfr("164.412", "(a)"),)), _AFTER_DAY_60), ()
    text = "A law enforcement delay is recorded, but its form ('written' or 'oral') and its dates are incomplete."
    return None, (Reason.missing(text, cite),), missing


_CITED: Final = (cfr("164.404", "(b)"), cfr("164.412"))
"""The 60 days and the law enforcement delay that may hold them."""


def _noted(deadline: Deadline, why: str) -> Deadline:
    return attrs.evolve(deadline, explanation=(*deadline.explanation, why)) if why else deadline


def sixty_days(
    rule_id: str, label: str, start: datetime | None, until: datetime | None
) -> Deadline:
    """No later than 60 calendar days after discovery, or when a later delay ends."""
    named: ClockArgs = {
        "rule_id": rule_id,
        "label": label,
        "timezone": ZONE,
        "start": start,
        "citations": _CITED,
    }
    day_zone, why = entity_day_zone(start, CONTIGUOUS_ZONES)
    normal = _noted(
        clock(anchor=Anchor.AWARENESS, period=CalendarDays(n=DAYS), day_zone=day_zone, **named),
        why,
    )
    if start is None or until is None or normal.due is None or until <= normal.due:
        return normal
    held = Elapsed(duration=until - start)
    return clock(anchor=Anchor.AWARENESS, period=held, convention=Convention.ELAPSED, **named)


def year_end_log(rule_id: str, label: str, start: datetime | None) -> Deadline:
    """§ 164.408(c): within 60 days after the end of the calendar year of discovery."""
    day_zone, why = entity_day_zone(start, CONTIGUOUS_ZONES)
    year = None if start is None else start.astimezone(zone(day_zone)).year
    deadline = clock(
        rule_id=rule_id,
        label=label,
        anchor=Anchor.CALENDAR_YEAR_END,
        start=None if year is None else calendar_year_end(year, ZONE),
        period=CalendarDays(n=DAYS),
        timezone=ZONE,
        citations=(cfr("164.408", "(c)"),),
    )
    return _noted(deadline, why)
