"""Period kinds: how long a deadline runs after its start event."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from attrs import Attribute, field, frozen, validators

from breachmodel.clocks._calendars import WorkingDayCalendar
from breachmodel.errors import InvalidRuleError

__all__ = [
    "CalendarDays",
    "Duty",
    "Elapsed",
    "Hours",
    "Months",
    "OpenEnded",
    "Period",
    "WorkingDays",
    "duration_parts",
    "duration_text",
    "period_label",
]

_ONE_HOUR = timedelta(hours=1)

MAX_COUNT = 10_000
"""The largest ``n`` a period accepts (10,000 hours is over a year; days, decades)."""


def _positive_int(instance: object, attribute: Attribute[int], value: int) -> None:
    """Require a whole number from 1 to :data:`MAX_COUNT` (not a bool, not a float)."""
    raw: object = value
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_COUNT:
        kind = type(instance).__name__
        msg = (
            f"{kind}({attribute.name}=...): expected a whole number from 1 to {MAX_COUNT:,}, "
            f"got {raw!r} ({type(raw).__name__}); e.g. {kind}({attribute.name}=72)"
        )
        raise InvalidRuleError(msg)


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def duration_parts(delta: timedelta) -> tuple[str, int, int, int, int]:
    """A signed duration split into its sign and whole days, hours, minutes and seconds.

    >>> duration_parts(-timedelta(days=1, hours=2, minutes=30, seconds=5.9))
    ('-', 1, 2, 30, 5)
    """
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else ""
    days, rest = divmod(abs(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return sign, days, hours, minutes, secs


def duration_text(duration: timedelta) -> str:
    """Say a duration in hours, minutes and seconds, e.g. ``"1 hour 30 minutes"``."""
    total = int(duration.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(_plural(hours, "hour"))
    if minutes:
        parts.append(_plural(minutes, "minute"))
    if seconds or not parts:
        parts.append(_plural(seconds, "second"))
    return " ".join(parts)


@frozen(kw_only=True)
class Hours:
    """A period of ``n`` elapsed hours (GDPR 72 h, NIS2 24 h, DORA 4 h, ...).

    Hours run continuously through nights, weekends and public holidays.

    >>> Hours(n=72).duration
    datetime.timedelta(days=3)
    """

    n: int = field(validator=_positive_int)

    @property
    def duration(self) -> timedelta:
        """The period as a :class:`~datetime.timedelta`."""
        return timedelta(hours=self.n)

    @property
    def label(self) -> str:
        """E.g. ``"72 hours"``."""
        return _plural(self.n, "hour")


def _check_positive(_instance: object, _attribute: object, value: timedelta) -> None:
    raw: object = value
    if not isinstance(raw, timedelta) or not timedelta(0) < raw <= timedelta(hours=MAX_COUNT):
        msg = (
            "an elapsed period must be a positive timedelta of at most "
            f"{MAX_COUNT:,} hours, got {value!r}"
        )
        raise InvalidRuleError(msg)


@frozen(kw_only=True)
class Elapsed:
    """A period of elapsed time given as a :class:`~datetime.timedelta` (e.g. 90 minutes).

    >>> Elapsed(duration=timedelta(minutes=90)).label
    '1 hour 30 minutes'
    """

    duration: timedelta = field(validator=_check_positive)

    @property
    def whole_hours(self) -> bool:
        """Whether the period is a whole number of hours."""
        return self.duration % _ONE_HOUR == timedelta(0)

    @property
    def label(self) -> str:
        """E.g. ``"1 hour 30 minutes"``."""
        return duration_text(self.duration)


@frozen(kw_only=True)
class CalendarDays:
    """A period of ``n`` calendar days (HIPAA 60, Singapore 3, US states 30/45/60).

    Calendar days include weekends and holidays.
    """

    n: int = field(validator=_positive_int)

    @property
    def label(self) -> str:
        """E.g. ``"60 calendar days"``."""
        return _plural(self.n, "calendar day")


@frozen(kw_only=True)
class WorkingDays:
    """A period of ``n`` working days on a calendar (Brazil 3, SEC 4, Vermont 14).

    Attributes:
        n: How many working days.
        calendar: The calendar to count on; if ``None``, the rule's calendar is used.
    """

    n: int = field(validator=_positive_int)
    calendar: WorkingDayCalendar | None = None

    @property
    def label(self) -> str:
        """E.g. ``"3 working days"``."""
        return _plural(self.n, "working day")


@frozen(kw_only=True)
class Months:
    """A period of ``n`` months (NIS2 and DORA final reports).

    Counted from date to date: it ends on the same date ``n`` months later, or on the last
    day of that month if the date does not exist there (Reg. 1182/71 Art. 3(2)(c)).
    """

    n: int = field(validator=_positive_int)

    @property
    def label(self) -> str:
        """E.g. ``"1 month"``."""
        return _plural(self.n, "month")


class Duty(StrEnum):
    """How soon an open-ended duty must be done when the law sets no fixed limit."""

    WITHOUT_UNDUE_DELAY = "without_undue_delay"
    WITHOUT_UNREASONABLE_DELAY = "without_unreasonable_delay"
    WITHOUT_DELAY = "without_delay"
    AS_SOON_AS_PRACTICABLE = "as_soon_as_practicable"
    AS_SOON_AS_POSSIBLE = "as_soon_as_possible"
    AS_SOON_AS_FEASIBLE = "as_soon_as_feasible"
    PROMPTLY = "promptly"
    IMMEDIATELY = "immediately"

    @property
    def label(self) -> str:
        """The wording, e.g. ``"without undue delay"``."""
        return self.value.replace("_", " ")


@frozen(kw_only=True)
class OpenEnded:
    """A duty with no fixed time limit ("without undue delay", "immediately", ...).

    It has no due instant. A policy ``target`` set by the user (e.g. 24 hours for a
    processor's notice to the controller) is reported against, but it is a target, not
    a legal deadline.

    >>> OpenEnded(duty=Duty.WITHOUT_UNDUE_DELAY, target=timedelta(hours=24)).label
    'without undue delay (policy target: 24 hours)'
    """

    duty: Duty = field(validator=validators.instance_of(Duty))
    target: timedelta | None = field(default=None, validator=validators.optional(_check_positive))

    @property
    def label(self) -> str:
        """The duty's wording, with the policy target if any."""
        if self.target is None:
            return self.duty.label
        return f"{self.duty.label} (policy target: {duration_text(self.target)})"


Period = Hours | Elapsed | CalendarDays | WorkingDays | Months | OpenEnded
"""Any period kind a :class:`~breachmodel.clocks.DeadlineRule` can use."""


def period_label(period: Period) -> str:
    """Return the period's short English label."""
    return period.label
