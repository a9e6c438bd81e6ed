"""Reading facts that may be unknown, under an explicit assumption.

Rules read tri-state facts through a :class:`FactReader`. Where a fact is unknown the
reader records it as a :class:`~breachmodel.determination.MissingFact` and answers with
the benign or the adverse value, as asked. Running a rule under both assumptions tells
whether the unknown facts could change its conclusion: if both runs agree, the outcome
is determined; if not, it is undetermined and the recorded facts are the ones to find.

A fact nothing in the incident points to may instead be *assumed* at its ordinary value
(:meth:`FactReader.typical`): both runs then read the same value, and the reader records
an :class:`~breachmodel.determination.Assumption` naming it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from breachmodel.determination import Assumption, MissingFact

__all__ = ["Assume", "FactReader"]

T = TypeVar("T")


class Assume(StrEnum):
    """Which way to resolve an unknown fact."""

    BENIGN = "benign"
    ADVERSE = "adverse"


class FactReader:
    """Answers fact questions, recording those that had to be assumed."""

    __slots__ = ("assume", "assumed", "may_assume", "missing")

    def __init__(self, assume: Assume, *, may_assume: bool = True) -> None:
        self.assume = assume
        self.may_assume = may_assume
        self.missing: dict[str, MissingFact] = {}
        self.assumed: dict[str, Assumption] = {}

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

    def typical(
        self,
        value: T | None,
        fact: MissingFact,
        *,
        ordinary: T,
        adverse: T,
        in_question: bool,
        assumed: str,
        why: str,
    ) -> T:
        """Read a fact that may be assumed at its ordinary value when nothing points elsewhere.

        Args:
            value: The recorded value (None: unknown).
            fact: Where the fact goes and what to find out.
            ordinary: The ordinary value (also the benign one).
            adverse: The value that makes things worse.
            in_question: Whether the incident itself puts the fact in question; then it
                stays unknown whatever the reading.
            assumed: The assumption in words.
            why: Why it may be assumed.
        """
        if value is not None:
            return value
        if self.may_assume and not in_question:
            self.assumed.setdefault(fact.path, Assumption(path=fact.path, assumed=assumed, why=why))
            return ordinary
        self.note(fact.path, fact.question)
        return adverse if self.assume is Assume.ADVERSE else ordinary

    def assumptions(self) -> tuple[Assumption, ...]:
        """The facts assumed at their ordinary value, in path order."""
        return tuple(self.assumed[k] for k in sorted(self.assumed))

    def missing_facts(self) -> tuple[MissingFact, ...]:
        """The facts recorded as missing, in path order."""
        return tuple(self.missing[k] for k in sorted(self.missing))
