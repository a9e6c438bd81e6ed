"""The time engine: clocks and deadlines for every regime.

A :class:`DeadlineRule` says from which start event (:class:`Anchor`) a period runs, how
long it is (:class:`Hours`, :class:`Elapsed`, :class:`CalendarDays`, :class:`WorkingDays`,
:class:`Months`, or :class:`OpenEnded` duties with no fixed limit), how it is counted
(:class:`Convention`), on which working-day calendar, and in which time zone.
:func:`compute_deadline` turns a rule and the incident's start events into a
:class:`Deadline` that explains itself; :func:`evaluate` judges it against the filings
made, as seen at an ``as_of`` instant the caller passes. Nothing here reads the clock, and
nothing here belongs to one law: each regime builds its own rules from these parts.

>>> rule = DeadlineRule(
...     id="example.notify",
...     label="Notify within 72 hours",
...     anchor=Anchor.AWARENESS,
...     period=Hours(n=72),
...     timezone="Europe/Paris",
... )
>>> aware = parse_local("2024-03-29T19:00", "Europe/Paris")
>>> deadline = compute_deadline(rule, {Anchor.AWARENESS: aware})
>>> print(deadline.describe())
Notify within 72 hours: due 2024-04-01T18:00:00+00:00 (UTC); Monday 1 April 2024, 20:00:00 CEST (Europe/Paris), 2024-04-01T20:00:00+02:00.
"""

from __future__ import annotations

from breachmodel.clocks._anchors import Anchor, calendar_year_end
from breachmodel.clocks._calendars import (
    CustomCalendar,
    HolidayCalendar,
    WeekdayCalendar,
    WorkingDayCalendar,
    add_working_days,
    roll_forward,
)
from breachmodel.clocks._citations import encoding_note, lei_9784, reg_s_t
from breachmodel.clocks._conventions import CUTOFF_CITATION, Convention
from breachmodel.clocks._deadline import Deadline, DeadlineRule, compute_deadline
from breachmodel.clocks._local import parse_local, zone
from breachmodel.clocks._periods import (
    CalendarDays,
    Duty,
    Elapsed,
    Hours,
    Months,
    OpenEnded,
    Period,
    WorkingDays,
)
from breachmodel.clocks._status import (
    Check,
    DeadlineStatus,
    Filed,
    Filing,
    Status,
    evaluate,
    not_applicable,
)

__all__ = [
    "CUTOFF_CITATION",
    "Anchor",
    "CalendarDays",
    "Check",
    "Convention",
    "CustomCalendar",
    "Deadline",
    "DeadlineRule",
    "DeadlineStatus",
    "Duty",
    "Elapsed",
    "Filed",
    "Filing",
    "HolidayCalendar",
    "Hours",
    "Months",
    "OpenEnded",
    "Period",
    "Status",
    "WeekdayCalendar",
    "WorkingDayCalendar",
    "WorkingDays",
    "add_working_days",
    "calendar_year_end",
    "compute_deadline",
    "encoding_note",
    "evaluate",
    "lei_9784",
    "not_applicable",
    "parse_local",
    "reg_s_t",
    "roll_forward",
    "zone",
]
