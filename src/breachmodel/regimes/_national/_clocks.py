"""A national law's deadlines, counted in the legal time of the country or its authority.

:func:`clock` is the one place a national deadline is computed; :func:`open_clock` (a
duty with no fixed time limit) and :func:`local_clock` (from awareness, with the
country's holidays shown) only choose its period, convention, anchor and calendar.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TypedDict, Unpack

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
    zone,
)

__all__ = ["ClockArgs", "clock", "entity_day_zone", "local_clock", "open_clock"]


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
    day_zone: str | None = None,
    **args: Unpack[ClockArgs],
) -> Deadline:
    """A deadline counted in the recipient authority's time zone.

    ``day_zone``, for a date period: the zone the start event's date is read in, where the
    law counts from the entity's own day (:func:`entity_day_zone`).
    """
    rule = DeadlineRule(
        id=args["rule_id"],
        label=args["label"],
        anchor=anchor,
        period=period,
        timezone=args["timezone"],
        convention=convention,
        calendar=calendar,
        citations=args["citations"],
        day_zone=day_zone,
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


def _offset_text(start: datetime) -> str:
    offset = start.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def entity_day_zone(start: datetime | None, zones: Sequence[str]) -> tuple[str, str]:
    """The zone of ``zones`` whose calendar date is the entity's day of ``start``, and why.

    A law that counts days from the entity's own day but names no zone, in a country with
    several: the UTC offset the start was recorded with says where it was read (-05:00 in
    January is New York's). When no zone of ``zones`` had that offset then (a time recorded
    in UTC, or abroad), the zone where the date is earliest is used: never later than the
    entity's own day, wherever it is. Without a start, the first zone and no reason.
    """
    if start is None or start.utcoffset() is None:
        return zones[0], ""
    where = _offset_text(start)
    offset = start.utcoffset()
    match = [z for z in zones if start.astimezone(zone(z)).utcoffset() == offset]
    if match:
        text = (
            f"The start was recorded at {where}, the offset of {match[0]} at that instant: "
            f"its date there, {start.astimezone(zone(match[0])).date().isoformat()}, is the "
            "entity's day."
        )
        return match[0], text
    first = min(zones, key=lambda z: start.astimezone(zone(z)).date())
    text = (
        f"The start was recorded at {where}, the offset of none of the zones "
        f"{', '.join(zones)} at that instant: its date is read in {first}, where it is "
        f"earliest ({start.astimezone(zone(first)).date().isoformat()}), so that the period "
        "never ends after the entity's own count."
    )
    return first, text
