"""Working-day calendars.

A calendar answers one question: is this date a working day? Three kinds ship:

* :class:`HolidayCalendar`, backed by the maintained ``holidays`` package, per country and
  optional subdivision (US state, German Land, Brazilian state, ...). The package is
  imported only when a date is first looked up, and the non-working days are built once
  per (country, subdivision, categories, year) and cached.
* :class:`WeekdayCalendar`, weekends only (no public holidays).
* :class:`CustomCalendar`, which wraps any calendar and adds closures (office closures,
  bridge days) or extra working days.

Anything with a ``name`` and an ``is_working_day(date)`` method is a
:class:`WorkingDayCalendar` and can be used in a rule.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Protocol, runtime_checkable

from attrs import field, frozen

from breachmodel.errors import CalendarError, HolidayDataError

__all__ = [
    "CustomCalendar",
    "HolidayCalendar",
    "WeekdayCalendar",
    "WorkingDayCalendar",
    "add_working_days",
    "roll_forward",
]

_MAX_SCAN_DAYS = 366
"""How many consecutive non-working days a calendar may have before it is deemed broken."""


@runtime_checkable
class WorkingDayCalendar(Protocol):
    """What the engine needs from a calendar: a name and a working-day test."""

    @property
    def name(self) -> str:
        """A short name shown in explanations, e.g. ``"BR"`` or ``"US-VT"``."""
        ...

    def is_working_day(self, day: date, /) -> bool:
        """Return whether ``day`` is a working day on this calendar."""
        ...


def _to_categories(value: str | Iterable[str]) -> tuple[str, ...]:
    items = (value,) if isinstance(value, str) else tuple(value)
    if not items:
        msg = "a holiday calendar needs at least one category, e.g. categories=('public',)"
        raise CalendarError(msg)
    return tuple(dict.fromkeys(items))


def _to_dates(values: Iterable[date]) -> frozenset[date]:
    return frozenset(values)


def _to_weekdays(values: Iterable[int]) -> frozenset[int]:
    return frozenset(values)


def _strip(value: str) -> str:
    raw: object = value
    if not isinstance(raw, str):
        msg = (
            f"a holiday calendar's country must be a string such as 'FR' or 'US', got "
            f"{type(raw).__name__}"
        )
        raise CalendarError(msg)
    return raw.strip()


def _strip_or_none(value: str | None) -> str | None:
    raw: object = value
    if raw is not None and not isinstance(raw, str):
        msg = (
            f"a holiday calendar's subdivision must be a string such as 'BY' or None, got "
            f"{type(raw).__name__}"
        )
        raise CalendarError(msg)
    return value.strip() if value is not None else None


@frozen
class HolidayCalendar:
    """Working days of a country (and optional subdivision) from the ``holidays`` package.

    A day is a working day unless it is a weekend day of that country (the weekend comes
    from the package's country definition, e.g. Friday-Saturday in Saudi Arabia) or a
    holiday in one of ``categories``. The package is not imported until the first lookup;
    each year's non-working days are then built once and cached. Country and subdivision
    codes are checked on first use (or eagerly with :meth:`validate`).

    Only the ``"public"`` category is used by default. Days the package files under other
    categories stay working days unless asked for: in Brazil, Carnival, Ash Wednesday and
    Corpus Christi are ``"optional"`` (ponto facultativo), so by default they count as
    working days and deadlines err early (global-regimes section 14.5). Pass
    ``categories=("public", "optional")`` to treat them as non-working.

    Attributes:
        country: ISO 3166-1 alpha-2 code known to the ``holidays`` package, e.g. ``"BR"``.
        subdivision: ISO 3166-2 subdivision code known to the package, e.g. ``"VT"`` for
            Vermont or ``"BY"`` for Bavaria; ``None`` for national holidays only.
        categories: Holiday categories that make a day non-working.
        observed: Whether "observed" substitute days (e.g. a Friday off for a Saturday
            holiday in the US) are non-working. Defaults to ``True``.

    >>> cal = HolidayCalendar("US")
    >>> cal.name
    'US'
    >>> cal.is_working_day(date(2024, 11, 11))  # Veterans Day
    False
    """

    country: str = field(converter=_strip)
    subdivision: str | None = field(default=None, converter=_strip_or_none)
    categories: tuple[str, ...] = field(default=("public",), converter=_to_categories, kw_only=True)
    observed: bool = field(default=True, kw_only=True)
    _years: dict[int, frozenset[date]] = field(
        factory=dict, init=False, eq=False, repr=False, hash=False
    )

    @property
    def name(self) -> str:
        """The calendar's short name, e.g. ``"US-VT"`` or ``"BR[public+optional]"``."""
        base = self.country if self.subdivision is None else f"{self.country}-{self.subdivision}"
        if self.categories != ("public",):
            base += "[" + "+".join(self.categories) + "]"
        return base

    def is_working_day(self, day: date, /) -> bool:
        """Return whether ``day`` is a working day.

        Raises:
            CalendarError: If the country, subdivision or a category is unknown.
        """
        closed = self._years.get(day.year)
        if closed is None:
            closed = _non_working_days(
                self.country, self.subdivision, self.categories, self.observed, day.year
            )
            self._years[day.year] = closed
        return day not in closed

    def non_working_days(self, year: int) -> frozenset[date]:
        """Return every weekend day and holiday of ``year`` on this calendar."""
        return _non_working_days(
            self.country, self.subdivision, self.categories, self.observed, year
        )

    def validate(self) -> HolidayCalendar:
        """Check the country, subdivision and categories now, and return the calendar.

        Raises:
            CalendarError: If one of them is unknown to the ``holidays`` package.
        """
        _holiday_class(self.country, self.subdivision, self.categories)
        return self


def _describe_choices(values: Iterable[str], limit: int = 80) -> str:
    items = sorted(values)
    shown = ", ".join(items[:limit])
    return shown + (", ..." if len(items) > limit else "")


@functools.cache
def _country_codes() -> frozenset[str]:
    """The country codes (and aliases) the ``holidays`` package knows.

    Read from the package's registry, which names every country without loading it
    (``holidays.list_supported_countries`` loads all of them to list subdivisions).
    """
    from holidays.registry import EntityLoader  # noqa: PLC0415 - holidays is heavy: loaded only when a calendar is used

    return frozenset(EntityLoader.get_country_codes(include_aliases=True))


def _holiday_class(country: str, subdivision: str | None, categories: tuple[str, ...]) -> Any:
    import holidays  # noqa: PLC0415 - heavy: loaded only when a calendar is used

    if country not in _country_codes():
        msg = (
            f"unknown country {country!r} for a holiday calendar: use an ISO 3166-1 "
            "alpha-2 code supported by the holidays package, e.g. 'FR', 'BR' or 'US', "
            "or build a CustomCalendar"
        )
        raise CalendarError(msg)
    cls = holidays.country_holidays(country, years=()).__class__
    if subdivision is not None:
        codes = set(getattr(cls, "subdivisions", ()))
        aliases = set(getattr(cls, "subdivisions_aliases", {}))
        if subdivision not in codes | aliases:
            msg = (
                f"unknown subdivision {subdivision!r} for country {country!r}: use one of "
                f"{_describe_choices(codes)} (or subdivision=None for national holidays only)"
            )
            raise CalendarError(msg)
    known = set(getattr(cls, "supported_categories", ("public",)))
    unknown = [c for c in categories if c not in known]
    if unknown:
        msg = (
            f"unknown holiday categories {unknown!r} for country {country!r}: "
            f"use some of {_describe_choices(known)}"
        )
        raise CalendarError(msg)
    return cls


@functools.lru_cache(maxsize=1024)
def _non_working_days(
    country: str,
    subdivision: str | None,
    categories: tuple[str, ...],
    observed: bool,
    year: int,
) -> frozenset[date]:
    import holidays  # noqa: PLC0415 - heavy: loaded only when a calendar is used

    cls = _holiday_class(country, subdivision, categories)
    first_year, last_year = getattr(cls, "start_year", 1), getattr(cls, "end_year", 9999)
    if not first_year <= year <= last_year:
        msg = (
            f"no holiday data for {year} in country {country!r}: the holidays package "
            f"covers {first_year} to {last_year}, and a year without data would silently "
            "count every weekday as a working day; use a CustomCalendar for that year"
        )
        name = country if subdivision is None else f"{country}-{subdivision}"
        raise HolidayDataError(msg, calendar=name, year=year)
    # Observed days can spill across a year boundary (New Year's Day 2022, a Saturday,
    # was observed on Friday 31 December 2021), so the neighbouring years are loaded too.
    table = holidays.country_holidays(
        country,
        subdiv=subdivision,
        years=(year - 1, year, year + 1),
        categories=categories,
        observed=observed,
        expand=False,
    )
    first = date(year, 1, 1)
    span = (date(year + 1, 1, 1) - first).days
    days = (first + timedelta(days=i) for i in range(span))
    return frozenset(d for d in days if not table.is_working_day(d))


@frozen(kw_only=True)
class WeekdayCalendar:
    """A calendar with weekends but no public holidays.

    Attributes:
        weekend: Weekday numbers that are not working days (Monday is 0). Defaults to
            Saturday and Sunday.
        name: The calendar's short name.

    >>> WeekdayCalendar().is_working_day(date(2024, 12, 25))
    True
    """

    weekend: frozenset[int] = field(default=frozenset({5, 6}), converter=_to_weekdays)
    name: str = "Monday-Friday"

    def __attrs_post_init__(self) -> None:
        if not self.weekend <= set(range(7)) or len(self.weekend) == 7:
            msg = f"weekend {sorted(self.weekend)} must be weekday numbers 0-6, not all seven"
            raise CalendarError(msg)

    def is_working_day(self, day: date, /) -> bool:
        """Return whether ``day`` is not a weekend day."""
        return day.weekday() not in self.weekend


@frozen(kw_only=True)
class CustomCalendar:
    """A calendar built on another one, with extra closures or extra working days.

    Use it for a company's or a regulator's own closures, bridge days, or days the base
    calendar gets wrong.

    Attributes:
        base: The calendar to start from.
        name: The calendar's short name, shown in explanations.
        closures: Dates that are not working days, whatever the base says.
        extra_working_days: Dates that are working days, whatever the base says.

    >>> cal = CustomCalendar(
    ...     base=WeekdayCalendar(), name="ACME", closures=[date(2024, 12, 24)]
    ... )
    >>> cal.is_working_day(date(2024, 12, 24)), cal.is_working_day(date(2024, 12, 23))
    (False, True)
    """

    base: WorkingDayCalendar
    name: str
    closures: frozenset[date] = field(default=frozenset(), converter=_to_dates)
    extra_working_days: frozenset[date] = field(default=frozenset(), converter=_to_dates)

    def __attrs_post_init__(self) -> None:
        both = self.closures & self.extra_working_days
        if both:
            days = ", ".join(d.isoformat() for d in sorted(both))
            msg = f"{days} cannot be both a closure and an extra working day of {self.name!r}"
            raise CalendarError(msg)

    def is_working_day(self, day: date, /) -> bool:
        """Return whether ``day`` is a working day."""
        if day in self.closures:
            return False
        if day in self.extra_working_days:
            return True
        return self.base.is_working_day(day)


def roll_forward(day: date, calendar: WorkingDayCalendar) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    Raises:
        CalendarError: If the calendar has no working day in the next year.
    """
    for _ in range(_MAX_SCAN_DAYS):
        if calendar.is_working_day(day):
            return day
        day += timedelta(days=1)
    msg = f"calendar {calendar.name!r} has no working day for {_MAX_SCAN_DAYS} days"
    raise CalendarError(msg)


def add_working_days(start: date, n: int, calendar: WorkingDayCalendar) -> date:
    """Return the ``n``-th working day after ``start`` (``start`` itself is not counted).

    Raises:
        CalendarError: If the calendar has no working day for a whole year.
    """
    day = start
    one = timedelta(days=1)
    for _ in range(n):
        day = roll_forward(day + one, calendar)
    return day
