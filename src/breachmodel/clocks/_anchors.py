"""Start events (anchors) from which deadlines run."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from breachmodel.clocks._local import last_instant_of_day, zone

__all__ = ["Anchor", "calendar_year_end", "events_in_words", "missing_in_words"]


class Anchor(StrEnum):
    """A named event in the incident's timeline that can start a deadline.

    A deadline always runs from one named anchor. If the incident does not record that
    anchor, the deadline is undetermined: no other anchor is used in its place.

    >>> Anchor.AWARENESS.value, Anchor.AWARENESS.label
    ('awareness', 'awareness of the breach')
    """

    OCCURRENCE = "occurrence"
    DETECTION = "detection"
    AWARENESS = "awareness"
    PROCESSOR_AWARENESS = "processor_awareness"
    PROCESSOR_NOTICE_TO_CONTROLLER = "processor_notice_to_controller"
    DETERMINATION = "determination"
    CLASSIFICATION = "classification"
    EARLIER_FILING = "earlier_filing"
    ASSESSMENT_END = "assessment_end"
    CALENDAR_YEAR_END = "calendar_year_end"

    @property
    def label(self) -> str:
        """A short English description of the event."""
        return _LABELS[self]


_LABELS: dict[Anchor, str] = {
    Anchor.OCCURRENCE: "occurrence of the breach",
    Anchor.DETECTION: "detection of the incident",
    Anchor.AWARENESS: "awareness of the breach",
    Anchor.PROCESSOR_AWARENESS: "the processor's awareness of the breach",
    Anchor.PROCESSOR_NOTICE_TO_CONTROLLER: "the processor's notice to the controller",
    Anchor.DETERMINATION: "determination that the incident is notifiable or material",
    Anchor.CLASSIFICATION: "classification of the incident, e.g. as major",
    Anchor.EARLIER_FILING: "an earlier filing, such as the incident notification",
    Anchor.ASSESSMENT_END: "the end of the assessment",
    Anchor.CALENDAR_YEAR_END: "the end of the calendar year",
}


def events_in_words(events: tuple[str, ...]) -> str:
    """Start events (anchor values) as a person reads them; an unknown value as it is.

    >>> events_in_words(("awareness", "earlier_filing"))
    'awareness of the breach, an earlier filing, such as the incident notification'
    """
    known = {a.value: a.label for a in Anchor}
    return ", ".join(known.get(e, e) for e in events)


def missing_in_words(missing: tuple[str, ...]) -> str:
    """What an undetermined deadline lacks: its start events, or other data it needs.

    >>> missing_in_words(("awareness",))
    'missing start event: awareness of the breach'
    >>> missing_in_words(("holiday data for 2150 on calendar BR",))
    'missing holiday data for 2150 on calendar BR'
    """
    known = {a.value for a in Anchor}
    events = tuple(m for m in missing if m in known)
    parts = [f"missing start event: {events_in_words(events)}"] if events else []
    parts.extend(f"missing {m}" for m in missing if m not in known)
    return "; ".join(parts)


def calendar_year_end(year: int, timezone: str) -> datetime:
    """Return the last instant of calendar year ``year`` in ``timezone``, in UTC.

    Use it as the :attr:`Anchor.CALENDAR_YEAR_END` anchor, e.g. for HIPAA's log of small
    breaches, due within 60 days after the end of the calendar year of discovery.

    Args:
        year: The calendar year.
        timezone: The IANA zone whose calendar year is meant.

    Returns:
        31 December, 23:59:59.999999 local time, as an aware UTC datetime.

    >>> calendar_year_end(2023, "America/New_York").isoformat()
    '2024-01-01T04:59:59.999999+00:00'
    """
    return last_instant_of_day(date(year, 12, 31), zone(timezone))
