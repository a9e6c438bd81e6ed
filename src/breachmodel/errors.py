"""The exception hierarchy: every error this library raises is a :class:`BreachModelError`.

Input problems are collected, not raised one at a time: an :class:`InvalidIncidentError`
lists every :class:`Problem` found, each as ``message @ $.path.to.field``.

>>> err = InvalidIncidentError([Problem("$.timeline.aware_at", "expected an ISO 8601 instant")])
>>> print(err)
1 problem in the incident:
  expected an ISO 8601 instant @ $.timeline.aware_at
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen

__all__ = [
    "AmbiguousLocalTimeError",
    "BreachModelError",
    "CalendarError",
    "HolidayDataError",
    "InvalidIncidentError",
    "InvalidRuleError",
    "LocalTimeError",
    "NaiveDatetimeError",
    "NonexistentLocalTimeError",
    "OutOfRangeError",
    "Problem",
    "UnknownAuthorityError",
    "UnknownTimeZoneError",
    "UnsupportedSchemaVersionError",
]


_LONGEST = 2_000
"""The longest problem message; a longer one is cut in its middle (see :class:`Problem`)."""


def _bounded(message: str) -> str:
    """``message``, or its start and end around a note of its length when it is too long.

    Messages quote the value at fault; a value of a million characters must not make a
    message of a million characters. The end is kept: it says how to fix the value.

    >>> text = _bounded("got '" + "x" * 1_000_000 + "'; use one of FR, DE")
    >>> len(text), "... (1,000,025 characters) ..." in text, text.endswith("one of FR, DE")
    (1330, True, True)
    """
    if len(message) <= _LONGEST:
        return message
    return f"{message[:1_000]}... ({len(message):,} characters) ...{message[-300:]}"


@frozen(order=True)
class Problem:
    """One thing wrong with the input, located by a JSON path.

    A message longer than 2,000 characters (it quotes a huge value) is cut in its middle,
    with its length.

    Attributes:
        path: Where, as a JSONPath such as ``$.subjects[0].count.minimum``.
        message: What is wrong, what was expected, and how to fix it.
    """

    path: str
    message: str = field(converter=_bounded)

    def __str__(self) -> str:
        return f"{self.message} @ {self.path}"


class BreachModelError(Exception):
    """Root of every error raised by breachmodel."""


class InvalidIncidentError(BreachModelError, ValueError):
    """The input does not describe a valid incident; :attr:`problems` lists every reason."""

    def __init__(self, problems: Iterable[Problem], *, source: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        super().__init__(self._text())

    def _text(self) -> str:
        where = f" in {self.source}" if self.source else " in the incident"
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''}{where}:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])

    def __str__(self) -> str:
        return self._text()


class NaiveDatetimeError(BreachModelError, ValueError):
    """A datetime without a time zone was given where an instant is required."""


class UnsupportedSchemaVersionError(InvalidIncidentError):
    """The file declares a ``schema_version`` this release cannot read."""


class UnknownAuthorityError(BreachModelError, LookupError):
    """No supervisory authority matches the identifier or country asked for."""


class CalendarError(BreachModelError, ValueError):
    """A working-day calendar cannot be built or used as asked."""


class HolidayDataError(CalendarError):
    """A holiday calendar has no data for the year a deadline needs.

    A deadline that needs the missing year is returned undetermined, naming it, rather
    than counted as if that year had no holidays.

    Attributes:
        calendar: The calendar's short name, e.g. ``"BR"``.
        year: The year without data.
    """

    def __init__(self, message: str, *, calendar: str, year: int) -> None:
        super().__init__(message)
        self.calendar = calendar
        self.year = year


class InvalidRuleError(BreachModelError, ValueError):
    """A deadline rule combines a period, a counting convention or a cutoff that do not fit."""


class UnknownTimeZoneError(BreachModelError, ValueError):
    """A time zone name is not a known IANA zone such as ``"Europe/Paris"``."""


class OutOfRangeError(BreachModelError, ValueError):
    """An instant or a deadline lies outside the years breachmodel computes in."""


class LocalTimeError(BreachModelError, ValueError):
    """A local wall time cannot be turned into one instant without an explicit choice."""


class AmbiguousLocalTimeError(LocalTimeError):
    """A local wall time occurs twice (clocks go back): pass ``on_ambiguous="earlier"|"later"``."""


class NonexistentLocalTimeError(LocalTimeError):
    """A local wall time never occurs (clocks go forward): pass ``on_nonexistent="shift_forward"``."""
