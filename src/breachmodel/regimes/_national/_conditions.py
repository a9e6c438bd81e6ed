"""Statutory conditions read from an incident's facts: met, not met, or unknown.

A :class:`Test` is one condition of a law (met, not met, or unknown with the missing
facts); :func:`any_met` combines them the way "any of the following" does.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from breachmodel.citations import Citation
from breachmodel.determination import MissingFact, Reason, ReasonKind

__all__ = ["Test", "any_met", "test"]


@frozen(kw_only=True)
class Test:
    """One statutory condition as read for an incident.

    Attributes:
        item: Its label in the law (``"iv"``, ``"sensitive"``...).
        met: Whether it is met; None when facts are missing.
        reason: The finding, cited.
        missing: The facts that would decide it.
    """

    item: str
    met: bool | None
    reason: Reason
    missing: tuple[MissingFact, ...] = ()


def test(item: str, met: bool | None, text: str, cite: Citation, *missing: MissingFact) -> Test:
    """A test with its reason: a fact when decided, a missing fact when not."""
    kind = ReasonKind.MISSING if met is None else ReasonKind.FACT
    reason = Reason(kind=kind, text=text, citations=(cite,))
    return Test(item=item, met=met, reason=reason, missing=missing)


def any_met(tests: Iterable[Test]) -> tuple[bool | None, tuple[MissingFact, ...]]:
    """Met when any test is; not met when none can be; else unknown, with what is missing."""
    found = tuple(tests)
    met = [t.met for t in found]
    if True in met:
        return True, ()
    if None in met:
        return None, tuple(m for t in found for m in t.missing)
    return False, ()
