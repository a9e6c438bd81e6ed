"""Asking an assessment by duty, across regimes: the combined outcome and the soonest due.

Bulk rows, summaries, the overview and the documents ask what every assessed regime
requires of one kind (notify an authority, inform the people...), never what one named
law requires. Two questions recur: is the duty owed under *some* regime (the strongest
outcome wins), and what is the first instant any of them falls due.

>>> combined_outcome([Outcome.NOT_REQUIRED, Outcome.UNDETERMINED])
<Outcome.UNDETERMINED: 'undetermined'>
>>> combined_outcome([]) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol, TypeVar

from breachmodel.determination import Determination, Outcome
from breachmodel.obligations import Duty

__all__ = [
    "OUTCOME_STRENGTH",
    "combined_outcome",
    "level_of",
    "met_by",
    "of_duty",
    "soonest_due",
]

OUTCOME_STRENGTH: tuple[Outcome, ...] = (
    Outcome.REQUIRED,
    Outcome.UNDETERMINED,
    Outcome.NOT_REQUIRED,
    Outcome.NOT_APPLICABLE,
)
"""Outcomes from the strongest: a duty owed under one regime is owed."""


def combined_outcome(outcomes: Iterable[Outcome]) -> Outcome | None:
    """The strongest of the outcomes (None when there is none)."""
    found = set(outcomes)
    return next((o for o in OUTCOME_STRENGTH if o in found), None)


def soonest_due(determinations: Iterable[Determination]) -> datetime | None:
    """The earliest due instant of the determinations' deadlines (None: none computed)."""
    dues = [d.deadline.due for d in determinations if d.deadline is not None]
    known = [due for due in dues if isinstance(due, datetime)]
    return min(known) if known else None


def of_duty(determinations: Iterable[Determination], duty: Duty) -> tuple[Determination, ...]:
    """The determinations that decide a duty, in their order (any regime, any recipient)."""
    return tuple(d for d in determinations if d.key is not None and d.key.duty is duty)


def level_of(analysis: Any) -> str:
    """A risk analysis's level as text (``"undetermined"`` when there is none)."""
    level = getattr(analysis, "level", None)
    value = getattr(level, "value", None)
    return "undetermined" if value is None else str(value)


class _Dated(Protocol):
    @property
    def at(self) -> datetime: ...


_Filing = TypeVar("_Filing", bound=_Dated)


def met_by(filings: Iterable[_Filing], duty: Determination) -> _Filing | None:
    """Of the filings that may answer ``duty``, the one that met it as judged.

    Without a judged status (nothing owed), the first made; None where the duty was
    judged and no filing met it.
    """
    made = list(filings)
    first = min(made, key=lambda f: f.at, default=None)
    if duty.status is None:
        return first
    met = duty.status.met_at
    if met is None:
        return None
    return next((f for f in made if f.at == met), first)
