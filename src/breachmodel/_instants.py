"""Checks every instant passes: a date range breachmodel computes in, and no guessed wall time.

Shared by the model's validators and the clocks (which do not import each other).
"""

from __future__ import annotations

from datetime import UTC, datetime, timezone
from typing import Final

from breachmodel.errors import (
    AmbiguousLocalTimeError,
    NonexistentLocalTimeError,
    OutOfRangeError,
)

__all__ = ["EARLIEST", "LATEST", "check_range", "check_wall_time"]

EARLIEST: Final = datetime(1000, 1, 1, tzinfo=UTC)
"""The earliest instant accepted."""

LATEST: Final = datetime(9000, 1, 1, tzinfo=UTC)
"""Instants must be before this one, leaving room for every deadline computed from them."""


def check_range(value: datetime, what: str) -> None:
    """Refuse an aware instant outside [:data:`EARLIEST`, :data:`LATEST`).

    Raises:
        OutOfRangeError: Saying which value and how to fix it (``what`` starts the message).
    """
    try:
        inside = EARLIEST <= value.astimezone(UTC) < LATEST
    except OverflowError:  # within a day of year 1 or 9999 in its own zone
        inside = False
    if not inside:
        msg = (
            f"{what}: {value.isoformat()} is outside the years 1000 to 8999 that deadlines "
            "are computed in; check the year"
        )
        raise OutOfRangeError(msg)


def check_wall_time(value: datetime, *, folds: bool = True) -> None:
    """Refuse an aware datetime in a named zone whose wall time is skipped or repeated.

    A datetime such as ``datetime(2024, 3, 31, 2, 30, tzinfo=ZoneInfo("Europe/Paris"))``
    names no instant (the clocks jump from 02:00 to 03:00): it is always refused. 02:30 on
    27 October 2024 names two, and Python picks one by ``fold``, which is 0 unless set:
    with ``folds=True`` (for the facts of an incident, typed by a person) it is refused
    too. Computed values (``astimezone``, ``datetime.now(zone)``) set ``fold`` right, so
    the clocks pass ``folds=False``. Fixed-offset datetimes always name one instant.

    Raises:
        NonexistentLocalTimeError: The wall time falls in a daylight-saving gap.
        AmbiguousLocalTimeError: The wall time falls in a daylight-saving fold.
    """
    tz = value.tzinfo
    if tz is None or isinstance(tz, timezone):
        return
    other = value.replace(fold=1 - value.fold)
    try:
        if other.utcoffset() == value.utcoffset():
            return
        round_trip = value.astimezone(UTC).astimezone(tz)
    except OverflowError:
        return  # out of range: the range check says so
    wall = value.replace(tzinfo=None, fold=0)
    fix = (
        "give the instant with a fixed UTC offset (e.g. '2024-10-27T02:30:00+01:00'), or "
        "read the wall time with breachmodel.clocks.parse_local and say how to resolve it"
    )
    if round_trip.replace(tzinfo=None, fold=0) != wall:
        msg = f"{wall.isoformat()} does not exist in {tz} (clocks go forward): {fix}"
        raise NonexistentLocalTimeError(msg)
    if not folds:
        return
    msg = f"{wall.isoformat()} occurs twice in {tz} (clocks go back), so it is ambiguous: {fix}"
    raise AmbiguousLocalTimeError(msg)
