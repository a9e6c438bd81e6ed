"""Time zones, aware instants and local wall times.

Every instant the engine handles is timezone-aware and computed in UTC; local time is
used only to find calendar dates (for day counting) and for display. Wall times typed by
a person are turned into instants by :func:`parse_local`, which refuses to guess when a
daylight-saving change makes the wall time ambiguous or non-existent.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from breachmodel._instants import check_range, check_wall_time
from breachmodel.errors import (
    AmbiguousLocalTimeError,
    LocalTimeError,
    NaiveDatetimeError,
    NonexistentLocalTimeError,
    UnknownTimeZoneError,
)

__all__ = [
    "first_instant_of_day",
    "format_instant",
    "format_local",
    "instant_at",
    "iso",
    "last_instant_of_day",
    "parse_local",
    "require_aware",
    "weekday_name",
    "zone",
]

_ONE_MICROSECOND = timedelta(microseconds=1)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def zone(name: object) -> ZoneInfo:
    """Return the IANA time zone called ``name``.

    Args:
        name: An IANA zone name such as ``"Europe/Paris"`` or ``"UTC"``.

    Returns:
        The zone.

    Raises:
        UnknownTimeZoneError: If the name is not a known IANA zone.

    >>> zone("Europe/Paris").key
    'Europe/Paris'
    """
    if not isinstance(name, str) or not name.strip():
        msg = f"time zone name {name!r} is empty or not a string: {_ZONE_HINT}"
        raise UnknownTimeZoneError(msg)
    return _zone(name)


_ZONE_HINT = "use an IANA zone name such as 'Europe/Paris', 'America/New_York' or 'UTC'"


@functools.lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo:
    hint = _ZONE_HINT
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        msg = f"unknown time zone {name!r}: {hint}"
        raise UnknownTimeZoneError(msg) from None


def require_aware(value: object, what: str) -> datetime:
    """Check that ``value`` is a timezone-aware datetime and return it.

    Args:
        value: The value to check.
        what: What the value is, for the error message (e.g. ``"anchor 'awareness'"``).

    Returns:
        The same datetime.

    Raises:
        NaiveDatetimeError: If the value is a date, or a datetime without a UTC offset.
        LocalTimeError: If its wall time is skipped in its named zone (a DST gap).
        OutOfRangeError: If it lies outside the years deadlines are computed in.
        TypeError: If the value is not a date or datetime at all.
    """
    fix = (
        "give an instant with a UTC offset, e.g. "
        "datetime(2024, 3, 29, 19, 0, tzinfo=ZoneInfo('Europe/Paris')), "
        "or turn a local wall time into one with parse_local(wall, 'Europe/Paris')"
    )
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            msg = f"{what} is a naive datetime ({value.isoformat()}): {fix}"
            raise NaiveDatetimeError(msg)
        check_wall_time(value, folds=False)
        check_range(value, what)
        return value
    if isinstance(value, date):
        msg = f"{what} is a date ({value.isoformat()}) with no time of day: {fix}"
        raise NaiveDatetimeError(msg)
    msg = f"{what} must be a datetime, got {type(value).__name__}"
    raise TypeError(msg)


def weekday_name(day: date) -> str:
    """Return the English name of the day of the week, whatever the process locale."""
    return _WEEKDAYS[day.weekday()]


def first_instant_of_day(day: date, tz: ZoneInfo) -> datetime:
    """Return the first instant (UTC) of the local calendar day ``day`` in ``tz``.

    Local midnight normally; if midnight is skipped by a daylight-saving change, the
    instant at which the day actually starts.
    """
    # fold=0 maps a skipped wall time with the offset in force before the change,
    # which lands exactly on the transition instant: the real start of the day.
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def last_instant_of_day(day: date, tz: ZoneInfo) -> datetime:
    """Return the last representable instant (UTC) of the local day ``day`` in ``tz``.

    This is one microsecond before the next local day starts, i.e. 23:59:59.999999 local
    time on ordinary days.

    >>> last_instant_of_day(date(2024, 3, 10), zone("America/New_York")).isoformat()
    '2024-03-11T03:59:59.999999+00:00'
    """
    return first_instant_of_day(day + timedelta(days=1), tz) - _ONE_MICROSECOND


def instant_at(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """Return the instant (UTC) at wall time ``wall`` on ``day`` in ``tz``.

    Used for business-day cutoffs. If a daylight-saving change makes the wall time
    ambiguous, the earlier instant is used (the conservative choice for a cutoff); if it
    makes it non-existent, the instant the clocks jumped to is used.
    """
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)


_LAST_INSTANT = time(23, 59, 59, 999999)


def iso(instant: datetime, tz: ZoneInfo | None = None) -> str:
    """Format an instant as ISO 8601, in UTC or in the zone ``tz``."""
    return instant.astimezone(tz if tz is not None else UTC).isoformat()


def format_instant(instant: datetime, tz: ZoneInfo) -> str:
    """Format an instant as readable English text in the zone ``tz``.

    The text does not depend on the process locale.

    A deadline that runs to the end of a day (23:59:59.999999 local) reads "end of day
    (24:00)"; the ISO forms beside it keep the exact instant.

    >>> format_instant(datetime(2024, 4, 1, 18, 0, tzinfo=UTC), zone("Europe/Paris"))
    'Monday 1 April 2024, 20:00:00 CEST (Europe/Paris)'
    >>> format_instant(last_instant_of_day(date(2024, 12, 26), zone("America/Sao_Paulo")),
    ...                zone("America/Sao_Paulo"))
    'Thursday 26 December 2024, end of day (24:00) -03 (America/Sao_Paulo)'
    """
    local = instant.astimezone(tz)
    clock = f"{local:%H:%M:%S}"
    if local.time() == _LAST_INSTANT:
        clock = "end of day (24:00)"
    elif local.microsecond:
        clock += f".{local.microsecond:06d}"
    text = f"{_WEEKDAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year}, "
    if local.tzname() == tz.key:  # "UTC", not "UTC (UTC)"
        return f"{text}{clock} {tz.key}"
    return f"{text}{clock} {local.tzname()} ({tz.key})"


def format_local(instant: datetime, tz_name: str) -> str:
    """An instant as a person reads it in the zone ``tz_name``: day, time, place and offset.

    Seconds are shown only when they are not zero; a deadline that runs to the end of a
    day reads "24:00" on that day. UTC is written once, not twice.

    >>> format_local(datetime(2024, 2, 2, 17, tzinfo=UTC), "Europe/Paris")
    '2 Feb 2024 18:00 Paris time (Europe/Paris, UTC+01:00)'
    >>> format_local(datetime(2024, 2, 2, 17, tzinfo=UTC), "UTC")
    '2 Feb 2024 17:00 UTC'
    >>> format_local(last_instant_of_day(date(2024, 12, 26), zone("UTC")), "UTC")
    '26 Dec 2024 24:00 UTC'
    """
    local = instant.astimezone(zone(tz_name))
    clock = f"{local:%H:%M}" + (f":{local:%S}" if local.second or local.microsecond else "")
    if local.time() == _LAST_INSTANT:
        clock = "24:00"  # the end of that day
    day = f"{local.day} {_MONTHS[local.month - 1][:3]} {local.year} {clock}"
    if tz_name in ("UTC", "Etc/UTC"):
        return f"{day} UTC"
    offset = local.strftime("%z")
    place = tz_name.rsplit("/", 1)[-1].replace("_", " ")
    return f"{day} {place} time ({tz_name}, UTC{offset[:3]}:{offset[3:]})"


def parse_local(
    wall: datetime | str,
    tz: str,
    *,
    on_ambiguous: Literal["raise", "earlier", "later"] = "raise",
    on_nonexistent: Literal["raise", "shift_forward"] = "raise",
) -> datetime:
    """Turn a local wall time typed by a person into an aware instant in zone ``tz``.

    Daylight-saving changes make some wall times ambiguous (they occur twice when the
    clocks go back) and others non-existent (skipped when the clocks go forward). Such
    times are refused unless the caller says how to resolve them: nothing is guessed.

    Args:
        wall: A naive datetime, or an ISO 8601 string without offset such as
            ``"2024-03-29T19:00"``. An aware datetime or a string with an offset already
            names one instant; it is converted to ``tz`` unchanged.
        tz: The IANA zone the wall time was read in, e.g. ``"Europe/Paris"``.
        on_ambiguous: ``"raise"`` (default), or ``"earlier"`` / ``"later"`` to pick the
            first or second occurrence of a repeated wall time.
        on_nonexistent: ``"raise"`` (default), or ``"shift_forward"`` to move a skipped
            wall time forward by the length of the gap (02:30 becomes 03:30).

    Returns:
        The instant, as an aware datetime in zone ``tz``.

    Raises:
        AmbiguousLocalTimeError: The wall time occurs twice and ``on_ambiguous="raise"``.
        NonexistentLocalTimeError: The wall time is skipped and ``on_nonexistent="raise"``.
        LocalTimeError: The string is not an ISO 8601 date-time.
        UnknownTimeZoneError: ``tz`` is not an IANA zone.

    >>> parse_local("2024-03-29T19:00", "Europe/Paris").isoformat()
    '2024-03-29T19:00:00+01:00'
    >>> parse_local("2024-10-27T02:30", "Europe/Paris", on_ambiguous="later").isoformat()
    '2024-10-27T02:30:00+01:00'
    >>> parse_local("2024-03-31T02:30", "Europe/Paris", on_nonexistent="shift_forward").isoformat()
    '2024-03-31T03:30:00+02:00'
    """
    zinfo = zone(tz)
    raw: object = wall
    if isinstance(raw, str):
        try:
            parsed = datetime.fromisoformat(raw.strip())
        except ValueError:
            msg = (
                f"cannot read {wall!r} as a local date-time: "
                "write it in ISO 8601, e.g. '2024-03-29T19:00' or '2024-03-29 19:00:00'"
            )
            raise LocalTimeError(msg) from None
    elif isinstance(raw, datetime):
        parsed = raw
    else:
        msg = f"wall time must be a datetime or a string, got {type(wall).__name__}"
        raise TypeError(msg)
    if parsed.tzinfo is not None and parsed.utcoffset() is not None:
        return parsed.astimezone(zinfo)
    naive = parsed.replace(tzinfo=None)
    first = naive.replace(tzinfo=zinfo, fold=0)
    second = naive.replace(tzinfo=zinfo, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    if first.astimezone(UTC).astimezone(zinfo).replace(tzinfo=None) == naive:
        # Both folds round-trip: the wall time occurs twice.
        if on_ambiguous == "earlier":
            return first
        if on_ambiguous == "later":
            return second
        msg = (
            f"{naive.isoformat()} occurs twice in {tz} (clocks go back): it is "
            f"{first.isoformat()} or {second.isoformat()}; pass on_ambiguous='earlier' "
            "or on_ambiguous='later' to choose, or give the UTC offset explicitly"
        )
        raise AmbiguousLocalTimeError(msg)
    # The wall time falls in a gap: fold=0 maps it with the offset before the change,
    # which is the same as moving it forward by the length of the gap.
    shifted = first.astimezone(UTC).astimezone(zinfo)
    if on_nonexistent == "shift_forward":
        return shifted
    msg = (
        f"{naive.isoformat()} does not exist in {tz} (clocks go forward); pass "
        f"on_nonexistent='shift_forward' to use {shifted.isoformat()}, "
        "or correct the wall time"
    )
    raise NonexistentLocalTimeError(msg)
