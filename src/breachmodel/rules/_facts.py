"""Reading facts that may be unknown, under an explicit assumption.

Rules read tri-state facts through a :class:`FactReader`. Where a fact is unknown the
reader records it as a :class:`~breachmodel.determination.MissingFact` and answers with
the benign or the adverse value, as asked. Running a rule under both assumptions tells
whether the unknown facts could change its conclusion: if both runs agree, the outcome
is determined; if not, it is undetermined and the recorded facts are the ones to find.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from breachmodel.determination import MissingFact

__all__ = ["Assume", "FactReader"]

T = TypeVar("T")


class Assume(StrEnum):
    """Which way to resolve an unknown fact."""

    BENIGN = "benign"
    ADVERSE = "adverse"


class FactReader:
    """Answers fact questions, recording those that had to be assumed."""

    __slots__ = ("assume", "missing")

    def __init__(self, assume: Assume) -> None:
        self.assume = assume
        self.missing: dict[str, MissingFact] = {}

    def note(self, path: str, question: str) -> None:
        """Record a fact as missing."""
        self.missing.setdefault(path, MissingFact(path=path, question=question))

    def flag(self, value: bool | None, path: str, question: str, *, adverse: bool) -> bool:
        """Read a yes/no fact; ``adverse`` is the answer that makes things worse."""
        if value is not None:
            return value
        self.note(path, question)
        return adverse if self.assume is Assume.ADVERSE else not adverse

    def pick(self, value: T | None, path: str, question: str, *, benign: T, adverse: T) -> T:
        """Read any fact, choosing the benign or adverse stand-in when it is unknown."""
        if value is not None:
            return value
        self.note(path, question)
        return adverse if self.assume is Assume.ADVERSE else benign

    def missing_facts(self) -> tuple[MissingFact, ...]:
        """The facts recorded as missing, in path order."""
        return tuple(self.missing[k] for k in sorted(self.missing))
