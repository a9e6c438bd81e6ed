"""When things happened: occurrence, detection, awareness, notices and communications.

Every instant is timezone-aware; a naive datetime is refused with a message saying how to
fix it. Impossible orders (awareness before occurrence, a follow-up before the initial
notice) are refused with a message naming both events.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from enum import StrEnum

import attrs
from attrs import field, frozen

from breachmodel.model._validate import (
    fixed_offset,
    instant,
    optional_authority_id,
    optional_instant_field,
    optional_non_negative,
)
from breachmodel.obligations import ObligationKey

__all__ = [
    "AuthorityNotice",
    "Channel",
    "NoticeKind",
    "Occurrence",
    "OccurrenceKind",
    "PublicCommunication",
    "SubjectCommunication",
    "Timeline",
]


def _utc(when: datetime) -> datetime:
    """The same instant in UTC, for comparisons.

    Two datetimes in one zone compare by wall clock, which inverts their order across a
    DST fold (02:40 CEST is before 02:10 CET); in UTC they compare as instants.
    """
    return when.astimezone(UTC)


class OccurrenceKind(StrEnum):
    """How precisely the time of the breach is known."""

    INSTANT = "instant"
    RANGE = "range"
    ONGOING = "ongoing"
    UNKNOWN = "unknown"


@frozen(kw_only=True)
class Occurrence:
    """When the breach happened.

    Attributes:
        kind: An instant, a range, ongoing (started, not yet stopped), or unknown.
        start: The instant (for ``instant``) or the start of the range or of the ongoing
            breach.
        end: The end of the range.
    """

    kind: OccurrenceKind = OccurrenceKind.UNKNOWN
    start: datetime | None = optional_instant_field()
    end: datetime | None = optional_instant_field()

    def __attrs_post_init__(self) -> None:
        k = self.kind
        if k is OccurrenceKind.UNKNOWN and (self.start or self.end):
            msg = "kind: 'unknown' takes no start or end; use 'instant' or 'range'"
            raise ValueError(msg)
        if k in (OccurrenceKind.INSTANT, OccurrenceKind.ONGOING) and self.end is not None:
            msg = f"end: kind {k.value!r} takes a start only; use 'range' for an end"
            raise ValueError(msg)
        if k is OccurrenceKind.INSTANT and self.start is None:
            msg = "start: kind 'instant' needs 'start'"
            raise ValueError(msg)
        if k is OccurrenceKind.RANGE:
            if self.start is None or self.end is None:
                msg = "kind: 'range' needs both 'start' and 'end'"
                raise ValueError(msg)
            if _utc(self.end) < _utc(self.start):
                msg = (
                    f"end: the end of the range ({self.end.isoformat()}) is before its start "
                    f"({self.start.isoformat()}); correct one of the two"
                )
                raise ValueError(msg)

    @classmethod
    def at(cls, when: datetime) -> Occurrence:
        """A breach that happened at one instant."""
        return cls(kind=OccurrenceKind.INSTANT, start=when)

    @classmethod
    def between(cls, start: datetime, end: datetime) -> Occurrence:
        """A breach that happened some time within a range."""
        return cls(kind=OccurrenceKind.RANGE, start=start, end=end)

    @property
    def earliest(self) -> datetime | None:
        """The earliest instant the breach may have started."""
        return self.start


class NoticeKind(StrEnum):
    """The kind of a notification to a supervisory authority (Art. 33(1) and (4))."""

    INITIAL = "initial"
    FOLLOW_UP = "follow_up"
    WITHDRAWAL = "withdrawal"
    """A follow-up saying that, after all, there was no breach (EDPB 9/2022 para. 60)."""


def _obligation(value: ObligationKey | str | None) -> ObligationKey | None:
    """Accept a key or its ``regime/duty/recipient`` form (files give the text)."""
    if value is None or isinstance(value, ObligationKey):
        return value
    return ObligationKey.parse(value)


@frozen(kw_only=True)
class AuthorityNotice:
    """A notification made to a supervisory authority.

    Attributes:
        kind: Initial, follow-up, or withdrawal.
        at: When it was submitted.
        authority: The authority's registry id (e.g. ``"fr-cnil"``), if known.
        by: The id of the organisation that submitted it (a processor may notify for a
            controller when its contract allows).
        reference: The authority's case reference.
        reasons_for_delay: The reasons given for a late notification (Art. 33(1)).
        obligation: The obligation it answers (``"gdpr/notify_authority/supervisory_authority"``):
            it then counts for that regime only. Unset (as in files written before this
            field existed), it counts for every regime whose rules accept its authority.
    """

    kind: NoticeKind
    at: datetime = field(converter=fixed_offset, validator=instant)
    authority: str | None = field(default=None, validator=optional_authority_id)
    by: str | None = None
    reference: str | None = None
    reasons_for_delay: str | None = field(default=None, repr=False)
    obligation: ObligationKey | None = field(default=None, converter=_obligation)


class Channel(StrEnum):
    """How people were told."""

    EMAIL = "email"
    POST = "post"
    SMS = "sms"
    TELEPHONE = "telephone"
    IN_APP = "in_app"
    IN_PERSON = "in_person"
    WEBSITE = "website"
    PRESS = "press"
    OTHER = "other"


@frozen(kw_only=True)
class SubjectCommunication:
    """A communication to the people concerned (Art. 34(1)).

    Attributes:
        at: When it was sent.
        channels: How.
        recipients: How many people it reached, if known.
        by: The id of the organisation that sent it.
        obligation: The obligation it answers (``"gdpr/inform_individuals/data_subjects"``);
            unset, it counts for every regime.
    """

    at: datetime = field(converter=fixed_offset, validator=instant)
    channels: frozenset[Channel] = frozenset()
    recipients: int | None = field(default=None, validator=optional_non_negative)
    by: str | None = None
    obligation: ObligationKey | None = field(default=None, converter=_obligation)


@frozen(kw_only=True)
class PublicCommunication:
    """A public communication instead of individual ones (Art. 34(3)(c)).

    Attributes:
        at: When it was published.
        channels: Where (website, press...).
        by: The id of the organisation that published it.
        obligation: The obligation it answers (``"gdpr/public_notice/public"``); unset, it
            counts for every regime.
    """

    at: datetime = field(converter=fixed_offset, validator=instant)
    channels: frozenset[Channel] = frozenset()
    by: str | None = None
    obligation: ObligationKey | None = field(default=None, converter=_obligation)


@frozen(kw_only=True)
class Timeline:
    """The incident's timeline; every field may be unknown (None) except what happened.

    Attributes:
        occurred: When the breach happened.
        detected_at: The first signal that something was wrong.
        investigation_started_at: When the short investigation began (EDPB 9/2022).
        processor_aware_at: When the processor became aware (Art. 33(2)).
        processor_notified_controller_at: When the processor told the controller.
        controller_aware_at: When the controller became aware with a reasonable degree
            of certainty (EDPB 9/2022; encoding note E4).
        awareness_rationale: Why awareness is dated so (kept for the authority).
        contained_at: When the breach was stopped.
        authority_notices: Notifications to supervisory authorities.
        subject_communications: Communications to the people concerned.
        public_communications: Public communications (Art. 34(3)(c)).
    """

    occurred: Occurrence = field(factory=Occurrence)
    detected_at: datetime | None = optional_instant_field()
    investigation_started_at: datetime | None = optional_instant_field()
    processor_aware_at: datetime | None = optional_instant_field()
    processor_notified_controller_at: datetime | None = optional_instant_field()
    controller_aware_at: datetime | None = optional_instant_field()
    awareness_rationale: str | None = field(default=None, repr=False)
    contained_at: datetime | None = optional_instant_field()
    authority_notices: tuple[AuthorityNotice, ...] = ()
    subject_communications: tuple[SubjectCommunication, ...] = ()
    public_communications: tuple[PublicCommunication, ...] = ()

    def __attrs_post_init__(self) -> None:
        for problem in self._order_problems():
            raise ValueError(problem)

    def _events(self) -> Iterator[tuple[str, datetime]]:
        for name in (
            "detected_at",
            "investigation_started_at",
            "processor_aware_at",
            "processor_notified_controller_at",
            "controller_aware_at",
            "contained_at",
        ):
            value = getattr(self, name)
            if value is not None:
                yield name, value
        for i, n in enumerate(self.authority_notices):
            yield f"authority_notices[{i}] ({n.kind.value})", n.at
        for i, c in enumerate(self.subject_communications):
            yield f"subject_communications[{i}]", c.at
        for i, p in enumerate(self.public_communications):
            yield f"public_communications[{i}]", p.at

    def _order_problems(self) -> Iterator[str]:
        start = self.occurred.start
        if start is not None:
            for name, when in self._events():
                if _utc(when) < _utc(start):
                    yield (
                        f"{name} ({when.isoformat()}) is before the breach occurred "
                        f"(occurred.start {start.isoformat()}); correct one of the two"
                    )
        pairs = (
            ("processor_aware_at", "processor_notified_controller_at"),
            ("detected_at", "controller_aware_at"),
        )
        for first, second in pairs:
            a, b = getattr(self, first), getattr(self, second)
            if a is not None and b is not None and _utc(b) < _utc(a):
                yield (
                    f"{second} ({b.isoformat()}) is before {first} ({a.isoformat()}); "
                    "correct one of the two"
                )
        initials = [n for n in self.authority_notices if n.kind is NoticeKind.INITIAL]
        first_initial = min((n.at for n in initials), key=_utc, default=None)
        for i, n in enumerate(self.authority_notices):
            if n.kind is NoticeKind.INITIAL:
                continue
            if first_initial is None:
                yield (
                    f"authority_notices[{i}] is a {n.kind.value} but there is no initial "
                    "notice; add the initial notice or change the kind to 'initial'"
                )
            elif _utc(n.at) < _utc(first_initial):
                yield (
                    f"authority_notices[{i}] ({n.kind.value}, {n.at.isoformat()}) is before "
                    f"the initial notice ({first_initial.isoformat()}); correct one of the two"
                )

    def breach_dates(self) -> list[datetime]:
        """The breach's own known dates: occurrence, detection, awareness, containment, notices.

        Communications to the people concerned and to the public are left out: they follow
        the breach and do not place it in time.
        """
        dates = [self.occurred.start, self.occurred.end, self.detected_at]
        dates += [self.controller_aware_at, self.processor_aware_at]
        dates += [self.processor_notified_controller_at, self.contained_at]
        dates += [n.at for n in self.authority_notices]
        return [d for d in dates if d is not None]

    @property
    def latest_breach_date(self) -> datetime | None:
        """The latest of :meth:`breach_dates`, or None when none is known.

        The instant a law's territory is taken at when it changed over time: the United
        Kingdom was within the GDPR's territory until the end of 2020, and the UK GDPR's
        time begins then; both read this instant, so exactly one covers a UK establishment.
        """
        dates = self.breach_dates()
        return max(dates) if dates else None

    def for_regime(self, regime: str) -> Timeline:
        """The timeline as one regime sees it: without the filings made for other regimes.

        A filing answers the obligation it names, so a notice made under one law (a NIS2
        early warning, say) never meets another law's deadline. Filings that name no
        obligation stay for every regime.
        """

        def mine(filing: AuthorityNotice | SubjectCommunication | PublicCommunication) -> bool:
            return filing.obligation is None or filing.obligation.regime == regime

        return attrs.evolve(
            self,
            authority_notices=tuple(filter(mine, self.authority_notices)),
            subject_communications=tuple(filter(mine, self.subject_communications)),
            public_communications=tuple(filter(mine, self.public_communications)),
        )

    @property
    def names_obligations(self) -> bool:
        """Whether any filing names the obligation it answers."""
        return any(
            f.obligation is not None
            for group in (
                self.authority_notices,
                self.subject_communications,
                self.public_communications,
            )
            for f in group
        )

    def first_notice(self, kind: NoticeKind = NoticeKind.INITIAL) -> AuthorityNotice | None:
        """The earliest notice of a kind (lateness is judged on the first initial notice)."""
        matching = [n for n in self.authority_notices if n.kind is kind]
        return min(matching, key=lambda n: _utc(n.at), default=None)
