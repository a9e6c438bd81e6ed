"""Status of a deadline against the incident's filings at an ``as_of`` instant."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from attrs import field, frozen

from breachmodel import _display
from breachmodel.clocks._anchors import missing_in_words
from breachmodel.clocks._deadline import Deadline
from breachmodel.clocks._local import iso, require_aware, zone
from breachmodel.clocks._periods import duration_parts

__all__ = ["Check", "DeadlineStatus", "Filing", "Status", "evaluate", "not_applicable"]


class Status(StrEnum):
    """Where a deadline stands.

    * ``PENDING``: not yet met, due instant not yet passed at ``as_of``.
    * ``OVERDUE``: not yet met, due instant passed at ``as_of``.
    * ``MET``: met on time by the first filing of the right kind.
    * ``MET_LATE``: met, but after the due instant.
    * ``OPEN``: an open-ended duty ("without undue delay", ...) not yet done.
    * ``NOT_APPLICABLE``: the obligation does not apply to the incident.
    * ``UNDETERMINED``: cannot be judged: a start event is missing, or nothing has been
      filed and no ``as_of`` instant was given.
    """

    PENDING = "pending"
    OVERDUE = "overdue"
    MET = "met"
    MET_LATE = "met_late"
    OPEN = "open"
    NOT_APPLICABLE = "not_applicable"
    UNDETERMINED = "undetermined"


@runtime_checkable
class Filing(Protocol):
    """A notice or report that was made: its kind and its instant."""

    @property
    def kind(self) -> str:
        """The kind of filing, e.g. ``"initial"`` or ``"follow_up"``."""
        ...

    @property
    def at(self) -> datetime:
        """When it was made (timezone-aware)."""
        ...


@frozen
class Filed:
    """A plain :class:`Filing`: a kind and an instant, for events that are not notices.

    Attributes:
        kind: The kind of filing (e.g. ``"processor_notice"``).
        at: When it was made.
    """

    kind: str
    at: datetime


@frozen(kw_only=True)
class DeadlineStatus:
    """The status of one deadline at one instant, explained.

    Attributes:
        rule_id: The rule's id, if any.
        status: The :class:`Status`.
        due: The due instant (UTC), if the deadline has one.
        target: The policy target (UTC) of an open-ended duty, if set.
        met_at: When the first filing of the right kind was made (UTC), if seen.
        time_left: Time from ``as_of`` to the due instant (or to the policy target of
            an open-ended duty) while pending.
        overdue_by: How long past the due instant ``as_of`` is, with nothing filed.
        late_by: How long after the due instant the filing was made.
        beyond_target_by: How far past an open-ended duty's policy target the filing
            (or ``as_of``) is. A target is not a legal deadline.
        reasons_for_delay_recorded: Whether reasons for a delay are recorded (as given by
            the caller); a late filing must give them where the rule requires it
            (e.g. Art. 33(1) GDPR), and giving them does not make it on time.
        explanation: Ordered sentences describing the judgement.
    """

    rule_id: str | None
    status: Status
    due: datetime | None = None
    target: datetime | None = None
    met_at: datetime | None = None
    time_left: timedelta | None = None
    overdue_by: timedelta | None = None
    late_by: timedelta | None = None
    beyond_target_by: timedelta | None = None
    reasons_for_delay_recorded: bool | None = None
    explanation: tuple[str, ...] = ()

    def _repr_html_(self) -> str:
        return _display.show(self, "html")

    @property
    def late(self) -> bool:
        """Whether the deadline was missed (``OVERDUE`` or ``MET_LATE``)."""
        return self.status in (Status.OVERDUE, Status.MET_LATE)


def not_applicable(rule_id: str | None, reason: str) -> DeadlineStatus:
    """Return a ``NOT_APPLICABLE`` status with the reason the obligation does not apply.

    >>> not_applicable("gdpr.art34.inform_subjects", "no likely high risk").status
    <Status.NOT_APPLICABLE: 'not_applicable'>
    """
    return DeadlineStatus(
        rule_id=rule_id, status=Status.NOT_APPLICABLE, explanation=(f"Not applicable: {reason}",)
    )


def _fmt_delta(delta: timedelta) -> str:
    sign, days, hours, minutes, secs = duration_parts(delta)
    parts = []
    if days:
        parts.append(f"{days} d")
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return sign + " ".join(parts)


def _reasons_text(recorded: bool | None) -> str:
    if recorded is True:
        return (
            "Reasons for the delay are recorded; they explain the delay but do not make it on time."
        )
    if recorded is False:
        return (
            "Reasons for the delay are not recorded: a late filing must give them where the "
            "rule requires it (e.g. Art. 33(1) GDPR)."
        )
    return "Whether reasons for the delay are recorded was not stated."


def evaluate(
    deadline: Deadline,
    filings: Iterable[Filing],
    *,
    kind: str | Collection[str],
    as_of: datetime | None,
    reasons_for_delay_recorded: bool | None = None,
    target_binds: bool = False,
) -> DeadlineStatus:
    """Judge a deadline against the filings made, as seen at ``as_of``.

    The deadline is met by the earliest filing whose kind is in ``kind`` and that was made
    at or before ``as_of``; filings of other kinds never satisfy it (a follow-up never
    meets an initial deadline) and filings after ``as_of`` are not yet seen. A filing at
    exactly the due instant is on time. The system clock is never read: with
    ``as_of=None`` every filing is seen, and if none matches the status is
    ``UNDETERMINED`` for a fixed deadline (pending or overdue cannot be told without an
    instant) and ``OPEN`` for an open-ended duty.

    Args:
        deadline: The computed deadline.
        filings: The filings made, in any order.
        kind: The filing kind or kinds that satisfy this deadline.
        as_of: The instant at which to judge (timezone-aware), or ``None``.
        reasons_for_delay_recorded: Whether reasons for a delay are recorded, if known.
        target_binds: For an open-ended duty, treat its target as the limit of "without
            undue delay" (a rule's reading, e.g. of Art. 33(2) GDPR): a filing after it is
            ``MET_LATE`` and nothing filed past it is ``OVERDUE``.

    Returns:
        The status, with an explanation.

    Raises:
        NaiveDatetimeError: If ``as_of`` or a filing instant has no UTC offset.
    """
    kinds = frozenset((kind,) if isinstance(kind, str) else kind)
    kinds_text = ", ".join(repr(str(k)) for k in sorted(kinds))
    when = None if as_of is None else require_aware(as_of, "as_of").astimezone(UTC)
    tz = zone(deadline.timezone)
    lines: list[str] = []
    first: datetime | None = None
    other_kinds: set[str] = set()
    unseen = 0
    for filing in filings:
        at = require_aware(filing.at, f"filing {str(filing.kind)!r} instant").astimezone(UTC)
        if filing.kind not in kinds:
            other_kinds.add(str(filing.kind))
            continue
        if when is not None and at > when:
            unseen += 1
            continue
        if first is None or at < first:
            first = at
    if other_kinds:
        lines.append(
            f"Only filings of kind {kinds_text} count; filings of kind "
            f"{', '.join(repr(k) for k in sorted(other_kinds))} do not satisfy this deadline."
        )
    if unseen:
        lines.append(
            f"{unseen} matching filing{'s' if unseen > 1 else ''} made after as_of "
            f"({iso(when, tz) if when else ''}) {'are' if unseen > 1 else 'is'} not taken "
            "into account."
        )
    if first is not None:
        lines.append(f"First filing of kind {kinds_text}: {iso(first, tz)} ({deadline.timezone}).")

    def status(state: Status, **values: object) -> DeadlineStatus:
        return DeadlineStatus(
            rule_id=deadline.rule_id,
            status=state,
            due=deadline.due,
            target=deadline.target,
            met_at=first,
            reasons_for_delay_recorded=reasons_for_delay_recorded,
            explanation=tuple(lines),
            **values,  # type: ignore[arg-type]
        )

    if deadline.undetermined:
        lines.append(
            f"The deadline is undetermined: {missing_in_words(deadline.missing)}, so "
            "timeliness cannot be judged."
        )
        return status(Status.UNDETERMINED)

    if deadline.open_ended and target_binds and deadline.target is not None:
        return _judge_binding_target(deadline.target, first, when, lines, status)
    if deadline.open_ended:
        target = deadline.target
        if first is not None:
            lines.append(
                "The duty is done. Whether any delay was undue is a judgement the law leaves "
                "open; the engine does not make it."
            )
            beyond = first - target if target is not None and first > target else None
            if beyond is not None:
                lines.append(f"The filing came {_fmt_delta(beyond)} after the policy target.")
            return status(Status.MET, beyond_target_by=beyond)
        lines.append("The open-ended duty is not yet done: act without further delay.")
        if target is None or when is None:
            return status(Status.OPEN)
        if when <= target:
            lines.append(f"{_fmt_delta(target - when)} left before the policy target.")
            return status(Status.OPEN, time_left=target - when)
        lines.append(f"The policy target passed {_fmt_delta(when - target)} ago.")
        return status(Status.OPEN, beyond_target_by=when - target)

    due = deadline.due
    assert due is not None  # noqa: S101 - a determined fixed deadline has a due instant
    if first is not None:
        if first <= due:
            lines.append(f"Met on time, {_fmt_delta(due - first)} before the due instant.")
            return status(Status.MET)
        late_by = first - due
        lines.append(f"Met late, {_fmt_delta(late_by)} after the due instant.")
        lines.append(_reasons_text(reasons_for_delay_recorded))
        return status(Status.MET_LATE, late_by=late_by)
    if when is None:
        lines.append(
            "Nothing of the right kind has been filed and no as_of instant was given, so "
            "whether the deadline is pending or overdue cannot be told."
        )
        return status(Status.UNDETERMINED)
    if when <= due:
        lines.append(f"Pending: {_fmt_delta(due - when)} left at {iso(when, tz)}.")
        return status(Status.PENDING, time_left=due - when)
    lines.append(f"Overdue by {_fmt_delta(when - due)} at {iso(when, tz)}.")
    lines.append(_reasons_text(reasons_for_delay_recorded))
    return status(Status.OVERDUE, overdue_by=when - due)


def _judge_binding_target(
    target: datetime,
    first: datetime | None,
    when: datetime | None,
    lines: list[str],
    status: Callable[..., DeadlineStatus],
) -> DeadlineStatus:
    """An open-ended duty whose target the rule reads as the limit of undue delay."""
    if first is not None:
        if first <= target:
            lines.append(f"Done within the target, {_fmt_delta(target - first)} before it.")
            return status(Status.MET)
        late_by = first - target
        lines.append(
            f"Done {_fmt_delta(late_by)} after the target, which this rule reads as the "
            "limit of 'without undue delay': late."
        )
        return status(Status.MET_LATE, late_by=late_by, beyond_target_by=late_by)
    lines.append("The duty is not yet done: act without further delay.")
    if when is None:
        return status(Status.OPEN)
    if when <= target:
        lines.append(f"{_fmt_delta(target - when)} left before the target.")
        return status(Status.PENDING, time_left=target - when)
    lines.append(f"The target passed {_fmt_delta(when - target)} ago: overdue.")
    return status(Status.OVERDUE, overdue_by=when - target, beyond_target_by=when - target)


@frozen(kw_only=True)
class Check:
    """A deadline and the filings that may meet it, to be judged at any instant later.

    Rules attach one to each determination that has a clock; the assessment judges them
    all once, at its ``as_of`` (rules never see ``as_of``). The arguments are those of
    :func:`evaluate`.

    Attributes:
        notes: What the rule says about a given status (e.g. a warning that a notice was
            late), so that the reasons follow the status wherever it is judged; it
            returns the determination's reasons for that status (none by default).
        notes_at: Where, among the determination's reasons, those notes stand.
    """

    deadline: Deadline
    filings: tuple[Filing, ...]
    kinds: frozenset[str]
    reasons_for_delay_recorded: bool | None = None
    target_binds: bool = False
    notes: Callable[[DeadlineStatus], tuple[Any, ...]] | None = field(default=None, eq=False)
    notes_at: int = 0

    def judge(self, as_of: datetime | None) -> DeadlineStatus:
        """The status at ``as_of`` (None: every filing seen, no instant to judge by)."""
        return evaluate(
            self.deadline,
            self.filings,
            kind=self.kinds,
            as_of=as_of,
            reasons_for_delay_recorded=self.reasons_for_delay_recorded,
            target_binds=self.target_binds,
        )
