"""Pieces the national breach laws outside Europe share: tests, conclusions, clocks.

Regime-neutral: a :class:`Test` is one statutory condition read from the incident's
facts (met, not met, or unknown with the missing facts); :func:`any_met` combines them the
way "any of the following" does; :func:`local_clock` computes a deadline in the country's
legal time from the incident's awareness.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from attrs import frozen

from breachmodel.citations import Citation
from breachmodel.clocks import (
    Anchor,
    Convention,
    Deadline,
    DeadlineRule,
    HolidayCalendar,
    OpenEnded,
    Period,
    compute_deadline,
)
from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.regimes._base import Applicability, Reach

__all__ = ["Test", "any_met", "local_clock", "reach", "started", "test"]


@frozen(kw_only=True)
class Test:
    """One statutory condition as read for an incident.

    Attributes:
        item: Its label in the law (``"iv"``, ``"sensitive"``...).
        met: Whether it is met; None when facts are missing.
        reason: The finding, cited.
        missing: The facts that would decide it.
    """

    item: str
    met: bool | None
    reason: Reason
    missing: tuple[MissingFact, ...] = ()


def test(item: str, met: bool | None, text: str, cite: Citation, *missing: MissingFact) -> Test:
    """A test with its reason: a fact when decided, a missing fact when not."""
    kind = ReasonKind.MISSING if met is None else ReasonKind.FACT
    reason = Reason(kind=kind, text=text, citations=(cite,))
    return Test(item=item, met=met, reason=reason, missing=missing)


def any_met(tests: Iterable[Test]) -> tuple[bool | None, tuple[MissingFact, ...]]:
    """Met when any test is; not met when none can be; else unknown, with what is missing."""
    found = tuple(tests)
    met = [t.met for t in found]
    if True in met:
        return True, ()
    if None in met:
        return None, tuple(m for t in found for m in t.missing)
    return False, ()


def local_clock(
    *,
    rule_id: str,
    label: str,
    period: Period,
    timezone: str,
    start: datetime | None,
    citations: tuple[Citation, ...],
    convention: Convention = Convention.ELAPSED,
    country: str | None = None,
    anchor: Anchor = Anchor.AWARENESS,
) -> Deadline:
    """A deadline from the incident's awareness (or ``anchor``), in the country's legal time.

    ``country`` names the holiday calendar shown for information with date periods (no
    roll-forward unless the convention says so); open-ended duties have none.
    """
    calendar = (
        None if country is None or isinstance(period, OpenEnded) else HolidayCalendar(country)
    )
    rule = DeadlineRule(
        id=rule_id,
        label=label,
        anchor=anchor,
        period=period,
        timezone=timezone,
        convention=convention,
        calendar=calendar,
        citations=citations,
    )
    return compute_deadline(rule, {anchor: start})


def reach(regime: str, outcome: Reach, text: str, citations: tuple[Citation, ...]) -> Applicability:
    """An applicability with its one reason (a fact when applicable, else the rule)."""
    kind = ReasonKind.FACT if outcome is Reach.APPLICABLE else ReasonKind.RULE
    reason = Reason(kind=kind, text=text, citations=citations)
    return Applicability(regime=regime, reach=outcome, reasons=(reason,))


def started(incident: Incident) -> date | None:
    """The incident's date for picking the law in force: awareness, detection, occurrence."""
    tl = incident.timeline
    when = tl.controller_aware_at or tl.detected_at or tl.occurred.earliest
    return None if when is None else when.date()
