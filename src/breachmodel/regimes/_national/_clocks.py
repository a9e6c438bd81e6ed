"""A national law's deadlines, counted in the legal time of the country or its authority."""

from __future__ import annotations

from datetime import datetime

from breachmodel.citations import Citation
from breachmodel.clocks import (
    Anchor,
    Convention,
    Deadline,
    DeadlineRule,
    Duty,
    HolidayCalendar,
    OpenEnded,
    Period,
    WorkingDayCalendar,
    compute_deadline,
)

__all__ = ["clock", "local_clock", "open_clock"]


def clock(
    *,
    rule_id: str,
    label: str,
    anchor: Anchor,
    start: datetime | None,
    period: Period,
    timezone: str,
    citations: tuple[Citation, ...],
    convention: Convention = Convention.END_OF_DAY,
    calendar: WorkingDayCalendar | None = None,
) -> Deadline:
    """A deadline counted in the recipient authority's time zone."""
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


def open_clock(
    *,
    rule_id: str,
    label: str,
    anchor: Anchor,
    start: datetime | None,
    duty: Duty,
    timezone: str,
    citations: tuple[Citation, ...],
) -> Deadline:
    """An open-ended duty ("as soon as practicable", "as soon as feasible"): no due instant."""
    return clock(
        rule_id=rule_id,
        label=label,
        anchor=anchor,
        start=start,
        period=OpenEnded(duty=duty),
        timezone=timezone,
        citations=citations,
        convention=Convention.ELAPSED,
    )


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
    return clock(
        rule_id=rule_id,
        label=label,
        anchor=anchor,
        start=start,
        period=period,
        timezone=timezone,
        citations=citations,
        convention=convention,
        calendar=calendar,
    )
