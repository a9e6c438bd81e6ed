"""Deadlines as an iCalendar file (RFC 5545): one event per obligation, with alarms.

Each obligation that has a due instant (or, for an open-ended duty, a policy target) in
an assessment becomes one ``VEVENT``: at the due instant in the deadline's time zone (the
competent authority's), with a ``VTIMEZONE`` for that zone, a stable ``UID`` (the same
obligation keeps the same event when the file is imported again) and, while the
obligation is still open, ``VALARM`` reminders before the due time. Obligations whose
deadline is undetermined have no instant and get no event: :func:`deadline_entries` lists
them with what is missing.

The output is deterministic: ``DTSTAMP`` is the assessment's ``as_of`` or, without one,
the start of the deadline, never the clock. Writing ICS needs the ``icalendar`` package
(``pip install 'breachmodel[ics]'``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from attrs import frozen

from breachmodel._wording import status_text
from breachmodel.assessment import Assessment
from breachmodel.clocks import zone
from breachmodel.clocks._local import format_local
from breachmodel.determination import Determination, Outcome
from breachmodel.sanitize import one_line, printable

if TYPE_CHECKING:
    from breachmodel.processor import ProcessorAssessment

__all__ = ["DEFAULT_ALARMS", "DeadlineEntry", "deadline_entries", "render_deadlines", "to_ics"]

DEFAULT_ALARMS: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=2))
"""Reminders before each due instant: a day before, and two hours before."""

_PRODID = "-//breachmodel//breach notification deadlines//EN"
_DONE = ("met", "met_late")


@frozen(kw_only=True)
class DeadlineEntry:
    """One obligation's deadline, as a calendar sees it.

    Attributes:
        uid: A stable identifier: incident, controller and obligation.
        controller: The controller the obligation falls on (untrusted text).
        determination: The obligation.
        at: The due instant, or the policy target of an open-ended duty (None: undetermined).
        timezone: The IANA zone to show it in (the authority's).
        target: Whether ``at`` is a policy target rather than a legal deadline.
        done: Whether the obligation has been met (on time or late).
        stamp: The instant the entry describes the situation at (``as_of`` or the start).
    """

    uid: str
    controller: str
    determination: Determination
    at: datetime | None
    timezone: str
    target: bool
    done: bool
    stamp: datetime | None

    @property
    def summary(self) -> str:
        """The event's title."""
        what = self.determination.title + (" (target)" if self.target else "")
        return f"{what}: {self.controller}"


def _assessments(result: Assessment | ProcessorAssessment) -> Iterator[Assessment]:
    if isinstance(result, Assessment):
        yield result
    else:
        yield from result.per_controller


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]+", "-", text).strip("-").lower() or "x"


def _entry(a: Assessment, det: Determination) -> DeadlineEntry | None:
    dl = det.deadline
    if det.outcome is not Outcome.REQUIRED or dl is None:
        return None
    at = dl.due if dl.due is not None else dl.target
    if at is None and not dl.missing:
        return None  # open-ended, no target: nothing to put in a calendar
    status = det.status
    return DeadlineEntry(
        uid=f"{_slug(a.incident_id)}.{_slug(a.controller)}.{det.id}@breachmodel",
        controller=a.controller,
        determination=det,
        at=at,
        timezone=dl.timezone,
        target=dl.due is None,
        done=status is not None and status.status.value in _DONE,
        stamp=a.as_of or dl.start,
    )


def deadline_entries(result: Assessment | ProcessorAssessment) -> list[DeadlineEntry]:
    """Every required obligation with a deadline, per controller, in the assessment's order.

    Entries whose ``at`` is None have an undetermined deadline (see the determination's
    ``deadline.missing``).
    """
    entries = (_entry(a, det) for a in _assessments(result) for det in a.determinations)
    return [e for e in entries if e is not None]


def render_deadlines(result: Assessment | ProcessorAssessment) -> str:
    """The deadlines as plain text, one line per obligation, in local time."""
    lines = []
    for e in deadline_entries(result):
        if e.at is None:
            missing = ", ".join(e.determination.deadline.missing)
            lines.append(f"{e.summary}: undetermined (missing: {missing})")
            continue
        status = status_text(e.determination) or ""
        lines.append(f"{e.summary}: {format_local(e.at, e.timezone)}; {status}")
    return "".join(one_line(line) + "\n" for line in lines) or "No deadlines.\n"


def _description(e: DeadlineEntry) -> str:
    det = e.determination
    parts = [
        f"{det.title} ({det.id}).",
        "Legal basis: " + "; ".join(str(c) for c in det.legal_basis) + ".",
    ]
    if e.target:
        parts.append("A policy target, not a legal deadline.")
    if det.recipients:
        parts.append("Recipients: " + ", ".join(det.recipients) + ".")
    if (status := status_text(det)) is not None:
        parts.append(f"Status: {status}.")
    parts.append("An automated assessment under stated interpretations, not legal advice.")
    return "\n".join(parts)


def _event(e: DeadlineEntry, alarms: Iterable[timedelta]) -> Any:
    from icalendar import Alarm, Event  # noqa: PLC0415 - the optional 'ics' extra

    assert e.at is not None  # noqa: S101 - only determined entries become events
    event = Event()
    event.add("uid", e.uid)
    event.add("dtstamp", e.stamp or e.at)
    event.add("dtstart", e.at.astimezone(zone(e.timezone)))
    event.add("summary", one_line(e.summary))
    event.add("description", printable(_description(e)))
    event.add("status", "CONFIRMED")
    if e.done:
        return event
    for before in alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -before)
        hours = f"{before.total_seconds() / 3600:g} h"
        alarm.add("description", one_line(f"Due in {hours}: {e.summary}"))
        event.add_component(alarm)
    return event


def to_ics(
    result: Assessment | ProcessorAssessment, *, alarms: Sequence[timedelta] = DEFAULT_ALARMS
) -> bytes:
    """The assessment's deadlines as an iCalendar file (UTF-8 bytes, CRLF line ends).

    Args:
        result: An assessment or a processor assessment.
        alarms: How long before each due instant to remind; an obligation already met
            gets no alarm.

    Raises:
        ImportError: When the ``icalendar`` package is not installed.
    """
    try:
        from icalendar import Calendar  # noqa: PLC0415 - the optional 'ics' extra
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        msg = "writing iCalendar files needs the icalendar package: pip install 'breachmodel[ics]'"
        raise ImportError(msg) from exc
    cal = Calendar()
    cal.add("prodid", _PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for e in deadline_entries(result):
        if e.at is not None:
            cal.add_component(_event(e, alarms))
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
