"""A national law's deadlines, counted in the legal time of the country or its authority.

:func:`clock` is the one place a national deadline is computed; :func:`open_clock` (a
duty with no fixed time limit) and :func:`local_clock` (from awareness, with the
country's holidays shown) only choose its period, convention, anchor and calendar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypedDict, Unpack

import attrs

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

__all__ = ["ClockArgs", "clock", "earliest", "local_clock", "open_clock"]


class ClockArgs(TypedDict):
    """What every national clock names: its id, label, time zone, start and sources."""

    rule_id: str
    label: str
    timezone: str
    start: datetime | None
    citations: tuple[Citation, ...]


def clock(
    *,
    anchor: Anchor,
    period: Period,
    convention: Convention = Convention.END_OF_DAY,
    calendar: WorkingDayCalendar | None = None,
    **args: Unpack[ClockArgs],
) -> Deadline:
    """A deadline counted in the recipient authority's time zone."""
    rule = DeadlineRule(
        id=args["rule_id"],
        label=args["label"],
        anchor=anchor,
        period=period,
        timezone=args["timezone"],
        convention=convention,
        calendar=calendar,
        citations=args["citations"],
    )
    return compute_deadline(rule, {anchor: args["start"]})


def open_clock(*, anchor: Anchor, duty: Duty, **args: Unpack[ClockArgs]) -> Deadline:
    """An open-ended duty ("as soon as practicable", "as soon as feasible"): no due instant."""
    return clock(anchor=anchor, period=OpenEnded(duty=duty), convention=Convention.ELAPSED, **args)


def local_clock(
    *,
    period: Period,
    convention: Convention = Convention.ELAPSED,
    country: str | None = None,
    anchor: Anchor = Anchor.AWARENESS,
    **args: Unpack[ClockArgs],
) -> Deadline:
    """A deadline from the incident's awareness (or ``anchor``), in the country's legal time.

    ``country`` names the holiday calendar shown for information with date periods (no
    roll-forward unless the convention says so); open-ended duties have none.
    """
    calendar = (
        None if country is None or isinstance(period, OpenEnded) else HolidayCalendar(country)
    )
    return clock(anchor=anchor, period=period, convention=convention, calendar=calendar, **args)


def earliest(zones: Sequence[str], count: Callable[[str], Deadline]) -> Deadline:
    """The deadline ``count`` gives in the zone of ``zones`` where it ends first.

    For a date-based period the law counts in the person's own local days but names no zone
    (a country with several): the day of the start event is a local date, and just after
    midnight in the east it is still the day before further west. Counting in each zone and
    keeping the earliest end is never later than the entity's own reading. Ties go to the
    first zone listed; if no zone gives a due instant, the first zone's deadline is returned.
    """
    each = [count(tz) for tz in zones]
    dated = [(d.due, i) for i, d in enumerate(each) if d.due is not None]
    if not dated:
        return each[0]
    first = each[min(dated)[1]]
    others = ", ".join(tz for tz in zones if tz != first.timezone)
    text = (
        f"Counted in each of the zones {first.timezone}, {others}; the period ends first in "
        f"{first.timezone}, which is used (the law names no zone)."
    )
    return attrs.evolve(first, explanation=(*first.explanation, text))
