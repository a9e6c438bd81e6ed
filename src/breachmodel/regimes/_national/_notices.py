"""A national law bound to its book and its legal time: the notice patterns its rules share.

:class:`Law` holds a regime's book of obligations (:func:`._book.book`) and the time zone
its clocks count in, so that each rule names only what is its own: the determination id,
the facts, the provisions it cites. Regime-neutral: every wording and citation comes from
the caller.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypedDict, Unpack

from attrs import frozen

from breachmodel.citations import Citation
from breachmodel.clocks import (
    Anchor,
    Convention,
    Deadline,
    Duty,
    Filed,
    Filing,
    OpenEnded,
    Period,
)
from breachmodel.clocks import WorkingDayCalendar as Calendar
from breachmodel.determination import Outcome
from breachmodel.model import Incident
from breachmodel.obligations import ObligationKey
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes._national._book import Book, content_of, decide, outside
from breachmodel.regimes._national._clocks import clock
from breachmodel.regimes._national._reach import Territory, reach_reason, territory, untouched
from breachmodel.regimes._sector import outcome_of

if TYPE_CHECKING:
    from breachmodel.determination import (
        Assumption,
        ChecklistItem,
        Determination,
        MissingFact,
        Reason,
    )

__all__ = ["Law", "Then", "quick", "territorial"]


Then = Callable[[Incident, str], Applicability]
"""The rest of a law's applicability, given the incident and its territorial reach in words."""


class _Decided(TypedDict, total=False):
    """What a determination may add to its outcome and reasons (see :func:`._book.decide`)."""

    deadline: Deadline | None
    missing: tuple[MissingFact, ...]
    recipients: tuple[str, ...]
    assumptions: tuple[Assumption, ...]


class _Filed(_Decided, total=False):
    """As :class:`_Decided`, with filings that meet the clock besides those recorded for it."""

    extra_filings: tuple[Filing, ...]


def quick(t: Territory) -> Callable[[Incident], Applicability | None]:
    """The pre-filter of a law that reaches people living in, or organisations in, ``t``."""
    return functools.partial(untouched, t=t)


def territorial(incident: Incident, t: Territory, then: Then) -> Applicability:
    """Not applicable outside ``t`` (:func:`._reach.territory`); else what ``then`` finds."""
    found, count, established = territory(incident, t)
    return found if found is not None else then(incident, reach_reason(t, count, established))


@frozen(kw_only=True)
class Law:
    """A national law's obligations (its book) and the time zone its clocks count in."""

    book: Book
    zone: str

    @property
    def keys(self) -> dict[str, ObligationKey]:
        """Each determination's obligation key."""
        return {d: entry.key for d, entry in self.book.items()}

    def within(
        self,
        applies: Applicability,
        incident: Incident,
        owed: Callable[[], tuple[Determination, ...]],
    ) -> tuple[Determination, ...]:
        """The determinations ``owed`` finds where the law reaches the incident, else outside."""
        if applies.reach is not Reach.APPLICABLE:
            return outside(self.book, applies, incident)
        return owed()

    def clock(
        self,
        det_id: str,
        *,
        anchor: Anchor,
        start: datetime | None,
        period: Period,
        label: str | None = None,
        citations: tuple[Citation, ...] | None = None,
        convention: Convention = Convention.END_OF_DAY,
        calendar: Calendar | None = None,
    ) -> Deadline:
        """A deadline for ``det_id``: by default its title and its legal basis."""
        entry = self.book[det_id]
        return clock(
            rule_id=det_id,
            label=entry.title if label is None else label,
            anchor=anchor,
            start=start,
            period=period,
            timezone=self.zone,
            citations=entry.basis if citations is None else citations,
            convention=convention,
            calendar=calendar,
        )

    def open_clock(
        self, det_id: str, *, anchor: Anchor, start: datetime | None, duty: Duty, cite: Citation
    ) -> Deadline:
        """An open-ended duty for ``det_id`` ("as soon as practicable"...): no due instant."""
        period = OpenEnded(duty=duty)
        elapsed = Convention.ELAPSED
        return self.clock(
            det_id, anchor=anchor, start=start, period=period, citations=(cite,), convention=elapsed
        )

    def after(self, incident: Incident, det_id: str, *, notice: str, cite: Citation) -> Deadline:
        """As soon as practicable after the first filing made for the obligation ``notice``."""
        key = self.book[notice].key
        given = [n.at for n in incident.timeline.authority_notices if n.obligation == key]
        start = min(given) if given else None
        duty = Duty.AS_SOON_AS_PRACTICABLE
        return self.open_clock(
            det_id, anchor=Anchor.EARLIER_FILING, start=start, duty=duty, cite=cite
        )

    def decide(
        self,
        det_id: str,
        incident: Incident,
        outcome: Outcome,
        *reasons: Reason,
        **more: Unpack[_Filed],
    ) -> Determination:
        """The determination ``det_id`` (:func:`._book.decide` with this law's book)."""
        return decide(
            self.book, det_id=det_id, outcome=outcome, reasons=reasons, incident=incident, **more
        )

    def content(
        self,
        det_id: str,
        on: Determination,
        incident: Incident,
        reason: Reason,
        items: Callable[[Incident], tuple[ChecklistItem, ...]],
    ) -> Determination:
        """What the notice ``on`` must contain (``items``): owed with it, to its recipients."""
        return content_of(
            self.book,
            det_id=det_id,
            on=on,
            incident=incident,
            reason=reason,
            recipients=on.recipients,
            checklist=items(incident),
        )

    def assessment(
        self,
        det_id: str,
        incident: Incident,
        *reasons: Reason,
        done: datetime | None,
        **more: Unpack[_Decided],
    ) -> Determination:
        """A duty to assess, always owed; its clock is met when the conclusion (``done``) is."""
        filed = () if done is None else (Filed("assessment", done),)
        return self.decide(
            det_id, incident, Outcome.REQUIRED, *reasons, extra_filings=filed, **more
        )

    def owed_if(
        self,
        det_id: str,
        incident: Incident,
        test: bool | None,
        *reasons: Reason,
        lifted: Reason | None = None,
        then: tuple[Reason, ...] = (),
        **more: Unpack[_Decided],
    ) -> Determination:
        """Owed when ``test`` is met, not when it is not, undetermined when it is unknown.

        Where it would be owed, ``lifted`` (an exception or a prohibition) makes it not
        required and is added to the reasons; otherwise ``then`` is added (when and how).
        """
        outcome = outcome_of(test)
        if outcome is Outcome.REQUIRED and lifted is not None:
            outcome, reasons = Outcome.NOT_REQUIRED, (*reasons, lifted)
        elif outcome is Outcome.REQUIRED:
            reasons = (*reasons, *then)
        return self.decide(det_id, incident, outcome, *reasons, **more)
