"""Deadline rules and the computation of due instants."""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from attrs import field, frozen, validators

from breachmodel import _display
from breachmodel.citations import Citation
from breachmodel.clocks._anchors import Anchor, events_in_words, missing_in_words
from breachmodel.clocks._calendars import WorkingDayCalendar, roll_forward
from breachmodel.clocks._conventions import Convention
from breachmodel.clocks._local import (
    format_instant,
    instant_at,
    iso,
    last_instant_of_day,
    require_aware,
    weekday_name,
    zone,
)
from breachmodel.clocks._periods import (
    CalendarDays,
    Duty,
    Elapsed,
    Hours,
    Months,
    OpenEnded,
    Period,
    WorkingDays,
    duration_text,
)
from breachmodel.errors import CalendarError, HolidayDataError, InvalidRuleError, OutOfRangeError

__all__ = ["Deadline", "DeadlineRule", "compute_deadline"]

_ONE_HOUR = timedelta(hours=1)
_ONE_DAY = timedelta(days=1)
_MAX_CLOSED_RUN = 366
_PERIOD_TYPES = (Hours, Elapsed, CalendarDays, WorkingDays, Months, OpenEnded)


def _to_citations(values: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(values)


def _check_timezone(_instance: object, _attribute: object, value: str) -> None:
    zone(value)


def _check_id(_instance: object, _attribute: object, value: str) -> None:
    raw: object = value
    if not isinstance(raw, str) or not raw.strip():
        msg = "a deadline rule needs a non-empty id, e.g. 'gdpr.art33.notify_authority'"
        raise InvalidRuleError(msg)


@frozen(kw_only=True)
class DeadlineRule:
    """How one deadline is set: start event, period, counting convention and calendar.

    Attributes:
        id: A stable identifier, e.g. ``"gdpr.art33.notify_authority"``.
        label: What must be done, in plain English.
        anchor: The start event the period runs from.
        period: How long the period is (:data:`Period`).
        timezone: IANA zone of the recipient authority, used to find calendar dates for
            day counting, for cutoffs and for display (e.g. ``"Europe/Paris"``).
        convention: How the period is counted (:class:`Convention`). Defaults to
            ``ELAPSED``, which suits hour periods; date-based periods must name a
            date-based convention.
        calendar: Working-day calendar for roll-forward (``REG_1182_71``, ``BRAZIL``) and
            for working-day periods whose :class:`WorkingDays` names none. When given
            with ``ELAPSED`` or ``END_OF_DAY`` day or month periods, the roll-forward
            result is reported as information only (encoding note E3).
        cutoff: A local wall time in ``timezone`` after which a filing counts as made on
            the next business day (SEC: ``time(17, 30)`` in ``"America/New_York"``). A
            date-based period then ends at the cutoff on its last day.
        day_zone: For a date-based period, the IANA zone whose calendar date the start
            event falls on, where it is not ``timezone``'s: a law that counts from the
            entity's own day but ends the period in the authority's time. ``None``: the
            date is read in ``timezone``.
        citations: The legal sources of the deadline itself.

    Raises:
        InvalidRuleError: If the period, convention, calendar and cutoff do not fit.
        UnknownTimeZoneError: If ``timezone`` is not an IANA zone.
    """

    id: str = field(validator=_check_id)
    label: str
    anchor: Anchor = field(validator=validators.instance_of(Anchor))
    period: Period = field(validator=validators.instance_of(_PERIOD_TYPES))
    timezone: str = field(validator=_check_timezone)
    convention: Convention = field(
        default=Convention.ELAPSED, validator=validators.instance_of(Convention)
    )
    calendar: WorkingDayCalendar | None = None
    cutoff: time | None = None
    citations: tuple[Citation, ...] = field(default=(), converter=_to_citations)
    day_zone: str | None = field(default=None, validator=validators.optional(_check_timezone))

    def __attrs_post_init__(self) -> None:
        _validate_rule(self)

    @property
    def tz(self) -> ZoneInfo:
        """The rule's time zone."""
        return zone(self.timezone)

    @property
    def working_calendar(self) -> WorkingDayCalendar | None:
        """The calendar used to count working days: the period's own, else the rule's."""
        if isinstance(self.period, WorkingDays) and self.period.calendar is not None:
            return self.period.calendar
        return self.calendar


def _validate_rule(rule: DeadlineRule) -> None:
    period, conv = rule.period, rule.convention
    where = f"rule {rule.id!r}"
    if rule.day_zone is not None and (
        not conv.date_based or isinstance(period, Hours | Elapsed | OpenEnded)
    ):
        msg = (
            f"{where}: day_zone names the zone of the start event's date, so it applies only "
            "to day, working-day or month periods counted with a date-based convention"
        )
        raise InvalidRuleError(msg)
    if rule.cutoff is not None:
        cutoff: object = rule.cutoff
        if not isinstance(cutoff, time) or cutoff.tzinfo is not None:
            msg = (
                f"{where}: cutoff must be a wall time without tzinfo, e.g. time(17, 30); "
                f"it is read in the rule's time zone {rule.timezone!r}"
            )
            raise InvalidRuleError(msg)
        if not conv.date_based or isinstance(period, Hours | Elapsed | OpenEnded):
            msg = (
                f"{where}: a cutoff applies only to day, working-day or month periods "
                "counted with END_OF_DAY, REG_1182_71 or BRAZIL"
            )
            raise InvalidRuleError(msg)
    if isinstance(period, Hours | Elapsed):
        if conv not in (Convention.ELAPSED, Convention.REG_1182_71):
            msg = (
                f"{where}: an hour period is counted with ELAPSED (default) or REG_1182_71, "
                f"not {conv.name}"
            )
            raise InvalidRuleError(msg)
        if (
            conv is Convention.REG_1182_71
            and isinstance(period, Elapsed)
            and not period.whole_hours
        ):
            msg = (
                f"{where}: Reg. 1182/71 counts periods in whole hours; "
                f"{period.label} is not, so use ELAPSED"
            )
            raise InvalidRuleError(msg)
        return
    if isinstance(period, OpenEnded):
        return
    if isinstance(period, WorkingDays | Months) and conv is Convention.ELAPSED:
        msg = (
            f"{where}: {period.label} cannot be counted as elapsed time; "
            "use END_OF_DAY, REG_1182_71 or BRAZIL"
        )
        raise InvalidRuleError(msg)
    if not isinstance(period, CalendarDays) and conv is Convention.FIRST_DAY_INCLUDED:
        msg = f"{where}: {conv.label} counts calendar days only, not {period.label}"
        raise InvalidRuleError(msg)
    if isinstance(period, WorkingDays) and rule.working_calendar is None:
        msg = (
            f"{where}: {period.label} need a calendar: pass calendar=HolidayCalendar('BR') "
            "(or another WorkingDayCalendar) to the rule or to WorkingDays"
        )
        raise InvalidRuleError(msg)
    if conv in (Convention.REG_1182_71, Convention.BRAZIL) and rule.working_calendar is None:
        msg = (
            f"{where}: {conv.label} rolls a non-working last day forward, so it needs a "
            "calendar: pass calendar=HolidayCalendar('FR') or another WorkingDayCalendar"
        )
        raise InvalidRuleError(msg)


@frozen(kw_only=True)
class Deadline:
    """A computed deadline, with how it was computed.

    ``due`` is the latest on-time instant (a filing at or before it is on time), as an
    aware UTC datetime. It is ``None`` for an open-ended duty and when the start event is
    missing (then ``missing`` names it and the deadline is undetermined).

    Attributes:
        rule_id: The rule's id.
        label: The rule's label.
        anchor: The start event.
        period: The period.
        convention: The counting convention.
        timezone: The rule's time zone, used for display.
        start: The start instant (UTC), or ``None`` if the anchor is missing.
        due: The due instant (UTC), or ``None``.
        open_ended: Whether the duty has no fixed time limit.
        duty: The open-ended duty's wording, if open-ended.
        target: The policy target instant (UTC) of an open-ended duty, if one is set.
        legal_latest: For hour periods counted ``ELAPSED``: the later instant that the
            strict Reg. 1182/71 Art. 3(1)-(2) reading gives (information only, E2).
        latest_with_rollforward: For day and month periods counted without roll-forward:
            the instant the period would end if its last day rolled forward to a working
            day on the rule's calendar (information only, E3).
        citations: The rule's citations followed by the convention's.
        missing: The missing start events (anchor values); empty when determined.
        explanation: Ordered sentences describing how ``due`` was computed.
    """

    rule_id: str
    label: str
    anchor: Anchor
    period: Period
    convention: Convention
    timezone: str
    start: datetime | None
    due: datetime | None
    open_ended: bool = False
    duty: Duty | None = None
    target: datetime | None = None
    legal_latest: datetime | None = None
    latest_with_rollforward: datetime | None = None
    citations: tuple[Citation, ...] = ()
    missing: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()

    @property
    def undetermined(self) -> bool:
        """Whether a start event is missing, so that the deadline cannot be computed."""
        return bool(self.missing)

    def due_in(self, tz_name: str) -> datetime | None:
        """Return the due instant in the IANA zone ``tz_name``, or ``None`` if there is none."""
        return None if self.due is None else self.due.astimezone(zone(tz_name))

    @property
    def due_iso(self) -> str | None:
        """The due instant in UTC as ISO 8601, or ``None``."""
        return None if self.due is None else iso(self.due)

    @property
    def due_local_iso(self) -> str | None:
        """The due instant in the rule's time zone as ISO 8601, or ``None``."""
        return None if self.due is None else iso(self.due, zone(self.timezone))

    def _repr_html_(self) -> str:
        return _display.show(self, "html")

    def describe(self) -> str:
        """Describe the deadline in one line: the due instant in UTC and in local time."""
        tz = zone(self.timezone)
        if self.missing and self.open_ended:
            duty = self.duty.label if self.duty else "open-ended"
            return (
                f"{self.label}: {duty}; no fixed due instant; its start event is not yet "
                f"recorded: {events_in_words(self.missing)}."
            )
        if self.missing:
            return f"{self.label}: undetermined; {missing_in_words(self.missing)}."
        if self.open_ended:
            assert self.start is not None  # noqa: S101 - determined open-ended deadlines have a start
            text = (
                f"{self.label}: {self.duty.label if self.duty else 'open-ended'} after "
                f"{self.anchor.label} ({iso(self.start, tz)}); no fixed due instant"
            )
            if self.target is not None:
                text += (
                    f"; policy target {iso(self.target)} (UTC), {format_instant(self.target, tz)}"
                )
            return text + "."
        assert self.due is not None  # noqa: S101 - a determined fixed deadline has a due instant
        return (
            f"{self.label}: due {iso(self.due)} (UTC); "
            f"{format_instant(self.due, tz)}, {iso(self.due, tz)}."
        )


def _merge_citations(*groups: tuple[Citation, ...]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(c for group in groups for c in group))


def _next_whole_hour(start: datetime, tz: ZoneInfo) -> datetime:
    """Start of the hour after the one during which ``start`` falls (local hours)."""
    local = start.astimezone(tz)
    into_hour = timedelta(
        minutes=local.minute, seconds=local.second, microseconds=local.microsecond
    )
    return start - into_hour + _ONE_HOUR


def _add_months(day: date, n: int) -> tuple[date, bool]:
    """Same date ``n`` months later, or that month's last day; and whether it was clamped."""
    months = day.year * 12 + (day.month - 1) + n
    year, month = divmod(months, 12)
    month += 1
    last = _calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last)), day.day > last


def _fmt_day(day: date) -> str:
    return f"{weekday_name(day)} {day.isoformat()}"


def _close(rule: DeadlineRule, last: date, tz: ZoneInfo) -> datetime:
    if rule.cutoff is not None:
        return instant_at(last, rule.cutoff, tz)
    return last_instant_of_day(last, tz)


def _close_text(rule: DeadlineRule, last: date) -> str:
    if rule.cutoff is not None:
        return (
            f"The period ends at the {rule.cutoff:%H:%M} cutoff on {_fmt_day(last)} in "
            f"{rule.timezone}: a filing after the cutoff counts as made on the next "
            "business day."
        )
    return (
        f"The period ends at the end of {_fmt_day(last)} in {rule.timezone} "
        "(23:59:59.999999 local time)."
    )


def _roll(rule: DeadlineRule, last: date, cal: WorkingDayCalendar, why: str) -> tuple[date, str]:
    rolled = roll_forward(last, cal)
    if rolled == last:
        text = (
            f"The last day, {_fmt_day(last)}, is a working day on calendar {cal.name}, "
            f"so nothing rolls forward ({why})."
        )
    else:
        text = (
            f"The last day, {_fmt_day(last)}, is not a working day on calendar {cal.name}, "
            f"so the period ends on the next working day, {_fmt_day(rolled)} ({why})."
        )
    return rolled, text


def _art_3_5(d0: date, last: date, n: int, cal: WorkingDayCalendar) -> tuple[date, str | None]:
    """Reg. 1182/71 Art. 3(5): a period of two days or more includes two working days."""
    if n < 2:
        return last, None
    count = sum(
        1 for i in range(1, (last - d0).days + 1) if cal.is_working_day(d0 + timedelta(days=i))
    )
    extended = last
    while count < 2:
        extended = roll_forward(extended + _ONE_DAY, cal)
        count += 1
    if extended == last:
        return last, None
    return extended, (
        "Reg. 1182/71 Art. 3(5): a period of two days or more includes at least two working "
        f"days, so it is extended to {_fmt_day(extended)}."
    )


def _informative_roll(
    rule: DeadlineRule, last: date, cal: WorkingDayCalendar, lines: list[str]
) -> datetime | None:
    """The end of the working day ``last`` rolls to, for information; None without data."""
    try:
        return _close(rule, roll_forward(last, cal), rule.tz)
    except HolidayDataError as gap:
        lines.append(
            f"No roll-forward reading is given for information: calendar {gap.calendar} has "
            f"no holiday data for {gap.year}. The deadline itself does not depend on it."
        )
        return None


def _count_working_days(
    d0: date, n: int, cal: WorkingDayCalendar
) -> tuple[date, list[date], list[date]]:
    """Step through the days after ``d0`` until ``n`` working days are counted."""
    counted: list[date] = []
    skipped: list[date] = []
    day = d0
    run = 0
    while len(counted) < n:
        day += _ONE_DAY
        if cal.is_working_day(day):
            counted.append(day)
            run = 0
        else:
            skipped.append(day)
            run += 1
            if run > _MAX_CLOSED_RUN:
                msg = f"calendar {cal.name!r} has no working day for {_MAX_CLOSED_RUN} days"
                raise CalendarError(msg)
    return day, counted, skipped


def _hours_deadline(
    rule: DeadlineRule, start: datetime, duration: timedelta, label: str, tz: ZoneInfo
) -> tuple[datetime, datetime | None, list[str]]:
    whole_hours = duration % _ONE_HOUR == timedelta(0)
    next_hour = _next_whole_hour(start, tz)
    if rule.convention is Convention.REG_1182_71:
        due = next_hour + duration
        return (
            due,
            None,
            [
                "Reg. 1182/71 Art. 3(1): the hour during which the event happened is not "
                f"counted, so the {label} run from the start of the next hour, "
                f"{iso(next_hour, tz)} (Art. 3(2)(a)); weekends and public holidays are counted "
                "(Art. 3(3)) and an hour period never rolls forward to a working day (Art. 3(4)).",
            ],
        )
    due = start + duration
    lines = [
        f"The due instant is the start instant plus {label} of elapsed time (convention: "
        "elapsed time, encoding notes E1-E2); weekends and public holidays are counted "
        "(Reg. 1182/71 Art. 3(3)) and an hour period never rolls forward to a working day "
        "(Art. 3(4)).",
    ]
    legal_latest = None
    if whole_hours:
        legal_latest = next_hour + duration
        lines.append(
            "For information only: under the strict reading of Reg. 1182/71 Art. 3(1)-(2) "
            "the hour during which the event happened is not counted, so the period would "
            f"end at {iso(legal_latest, tz)}; this later instant is not used as the "
            "deadline (encoding note E2)."
        )
    return due, legal_latest, lines


def _date_deadline(
    rule: DeadlineRule,
    start: datetime,
    period: CalendarDays | WorkingDays | Months,
    tz: ZoneInfo,
) -> tuple[datetime, datetime | None, list[str]]:
    conv = rule.convention
    day_zone = rule.day_zone or rule.timezone
    d0 = start.astimezone(zone(day_zone)).date()
    cal = rule.working_calendar
    lines: list[str] = []
    excluded = {
        Convention.REG_1182_71: (
            f"Reg. 1182/71 Art. 3(1): the day of the event, {_fmt_day(d0)} in "
            f"{day_zone}, is not counted; the period starts at the beginning of the "
            "next day (Art. 3(2))."
        ),
        Convention.BRAZIL: (
            f"Lei 9.784/1999 Art. 66: the first day, {_fmt_day(d0)} in {day_zone}, is "
            "excluded and the last day is included."
        ),
        Convention.END_OF_DAY: (
            f"The day of the event, {_fmt_day(d0)} in {day_zone}, is not counted "
            "(convention: end of the last day, no roll-forward)."
        ),
        Convention.FIRST_DAY_INCLUDED: (
            f"The day of the event, {_fmt_day(d0)} in {day_zone}, counts as day 1 "
            "(convention: the day of the event is day 1, no roll-forward)."
        ),
    }
    info: datetime | None = None

    if isinstance(period, CalendarDays) and conv is Convention.ELAPSED:
        due = start + period.n * _ONE_DAY
        lines.append(
            f"The period of {period.label} is counted as {period.n} x 24 hours of elapsed "
            "time from the start instant (convention: elapsed time); weekends and public holidays are "
            "counted and nothing rolls forward."
        )
        if cal is not None:
            info = _informative_roll(rule, d0 + period.n * _ONE_DAY, cal, lines)
    elif isinstance(period, WorkingDays):
        assert cal is not None  # noqa: S101 - checked when the rule was built
        last, counted, skipped = _count_working_days(d0, period.n, cal)
        lines.append(excluded[conv])
        text = (
            f"Counting {period.label} on calendar {cal.name}: "
            + ", ".join(d.isoformat() for d in counted)
            + "."
        )
        if skipped:
            text += (
                " Skipped as weekends or holidays: "
                + ", ".join(d.isoformat() for d in skipped)
                + "."
            )
        lines.append(text)
        if conv is Convention.BRAZIL:
            lines.append(
                f"The last day, {_fmt_day(last)}, is a working day, so nothing rolls "
                "forward (Lei 9.784/1999 Art. 66, para. 1)."
            )
        due = _close(rule, last, tz)
        lines.append(_close_text(rule, last))
    else:
        if isinstance(period, Months):
            last, clamped = _add_months(d0, period.n)
            month_text = (
                f"Counted from date to date, {period.label} after {d0.isoformat()} ends on "
                f"{_fmt_day(last)}"
            )
            if clamped:
                month_text += f", the last day of that month, which has no day {d0.day}"
            month_source = {
                Convention.BRAZIL: "Lei 9.784/1999 Art. 66, para. 3",
            }.get(conv, "Reg. 1182/71 Art. 3(2)(c)")
            lines.append(excluded[conv])
            lines.append(f"{month_text} ({month_source}).")
        else:
            first = d0 if conv is Convention.FIRST_DAY_INCLUDED else d0 + _ONE_DAY
            last = first + (period.n - 1) * _ONE_DAY
            lines.append(excluded[conv])
            lines.append(
                f"Day 1 is {first.isoformat()} and day {period.n} is "
                f"{_fmt_day(last)}; weekends and public holidays are counted."
            )
        if conv is Convention.REG_1182_71:
            assert cal is not None  # noqa: S101 - checked when the rule was built
            last, text = _roll(rule, last, cal, "Reg. 1182/71 Art. 3(4)")
            lines.append(text)
            if isinstance(period, CalendarDays):
                last, extension = _art_3_5(d0, last, period.n, cal)
                if extension is not None:
                    lines.append(extension)
        elif conv is Convention.BRAZIL:
            assert cal is not None  # noqa: S101 - checked when the rule was built
            last, text = _roll(rule, last, cal, "Lei 9.784/1999 Art. 66, para. 1")
            lines.append(text)
        elif cal is not None:
            info = _informative_roll(rule, last, cal, lines)
        due = _close(rule, last, tz)
        lines.append(_close_text(rule, last))
    if info is not None:
        lines.append(
            f"For information only: if a non-working last day rolled forward to the next "
            f"working day on calendar {cal.name if cal else ''} (Reg. 1182/71 Art. 3(4) or "
            f"the national rule on computing time), the period would end at "
            f"{iso(info, tz)}; this is not used as the deadline (encoding note E3)."
        )
    return due, info, lines


def compute_deadline(rule: DeadlineRule, anchors: Mapping[Anchor, datetime | None]) -> Deadline:
    """Compute a rule's deadline from the incident's start events.

    The start instant is ``anchors[rule.anchor]``. If it is absent or ``None``, the
    deadline is undetermined (``due=None``, ``missing`` names the anchor): no other anchor
    is ever used in its place. The system clock is never read.

    Args:
        rule: The deadline rule.
        anchors: The incident's start events, as timezone-aware datetimes.

    Returns:
        The deadline, with an explanation of how it was computed.

    Raises:
        NaiveDatetimeError: If the start instant has no UTC offset (or is a date).
        CalendarError: If the rule's calendar cannot be built.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> rule = DeadlineRule(
    ...     id="example.notify",
    ...     label="Notify within 72 hours",
    ...     anchor=Anchor.AWARENESS,
    ...     period=Hours(n=72),
    ...     timezone="Europe/Paris",
    ... )
    >>> aware = datetime(2024, 3, 29, 19, 0, tzinfo=ZoneInfo("Europe/Paris"))
    >>> compute_deadline(rule, {Anchor.AWARENESS: aware}).due_local_iso
    '2024-04-01T20:00:00+02:00'
    """
    tz = rule.tz
    period = rule.period
    raw = anchors.get(rule.anchor)
    if raw is None:
        return _deadline(
            rule,
            start=None,
            missing=(rule.anchor.value,),
            explanation=(
                f"The start event {rule.anchor.value!r} ({rule.anchor.label}) is not "
                "recorded, so this deadline cannot be computed; no other event is used in "
                "its place. Record it to determine the deadline.",
            ),
        )
    start = require_aware(raw, f"anchor {rule.anchor.value!r}").astimezone(UTC)
    lines = [
        f"Start ({rule.anchor.value}): {rule.anchor.label}, at {iso(start, tz)} "
        f"({rule.timezone}), {iso(start)} in UTC.",
    ]
    if isinstance(period, OpenEnded):
        lines.append(
            f"Duty: {period.duty.label}; the law sets no fixed time limit, so there is "
            "no due instant."
        )
        target = None
        if period.target is not None:
            target = start + period.target
            lines.append(
                "Policy target (set by the user, not a legal deadline): "
                f"{duration_text(period.target)} after the start, i.e. {iso(target, tz)} ({rule.timezone}), "
                f"{iso(target)} in UTC."
            )
        return _deadline(rule, start=start, target=target, explanation=tuple(lines))
    legal_latest = rollforward = None
    try:
        if isinstance(period, Hours | Elapsed):
            due, legal_latest, more = _hours_deadline(
                rule, start, period.duration, period.label, tz
            )
        else:
            due, rollforward, more = _date_deadline(rule, start, period, tz)
    except HolidayDataError as gap:
        return _without_holiday_data(rule, start, lines, gap)
    except OverflowError:
        msg = (
            f"deadline {rule.id!r}: {period.label} after {iso(start)} falls past the last "
            "date Python can represent; check the start event's year"
        )
        raise OutOfRangeError(msg) from None
    lines.extend(more)
    lines.append(f"Due: {iso(due, tz)} ({rule.timezone}), {iso(due)} in UTC.")
    return _deadline(
        rule,
        start=start,
        due=due,
        legal_latest=legal_latest,
        rollforward=rollforward,
        citations=_merge_citations(rule.citations, rule.convention.citations),
        explanation=tuple(lines),
    )


def _without_holiday_data(
    rule: DeadlineRule, start: datetime, lines: list[str], gap: HolidayDataError
) -> Deadline:
    """The deadline undetermined because its calendar has no data for a year it needs."""
    missing = f"holiday data for {gap.year} on calendar {gap.calendar}"
    lines.append(
        f"Undetermined: the period needs the working days of {gap.year} on calendar "
        f"{gap.calendar}, and the holiday data has none for that year ({gap}). Counting "
        "every weekday as a working day could give a date that is too early or too late; "
        "pass a CustomCalendar that lists that year's holidays."
    )
    return _deadline(rule, start=start, missing=(missing,), explanation=tuple(lines))


def _deadline(
    rule: DeadlineRule,
    *,
    start: datetime | None,
    explanation: tuple[str, ...],
    due: datetime | None = None,
    target: datetime | None = None,
    legal_latest: datetime | None = None,
    rollforward: datetime | None = None,
    citations: tuple[Citation, ...] | None = None,
    missing: tuple[str, ...] = (),
) -> Deadline:
    """The rule's deadline from what was computed (the rule's own citations by default)."""
    period = rule.period
    return Deadline(
        rule_id=rule.id,
        label=rule.label,
        anchor=rule.anchor,
        period=period,
        convention=rule.convention,
        timezone=rule.timezone,
        open_ended=isinstance(period, OpenEnded),
        duty=period.duty if isinstance(period, OpenEnded) else None,
        start=start,
        due=due,
        target=target,
        legal_latest=legal_latest,
        latest_with_rollforward=rollforward,
        citations=rule.citations if citations is None else citations,
        missing=missing,
        explanation=explanation,
    )
