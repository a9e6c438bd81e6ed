"""Checklist items from rows: what a notice must say, and whether the record holds it.

Regime-neutral: each regime writes its items as rows of (id, label, citation, whether the
record holds it, whether it may follow later) and this module makes them checklist items.
"""

from __future__ import annotations

from collections.abc import Iterable

from breachmodel.citations import Citation
from breachmodel.determination import ChecklistItem

__all__ = ["Row", "items"]

Row = tuple[str, str, Citation, bool, bool]
"""(id, label, citation, whether the record holds it, whether it may follow later)."""


def items(rows: Iterable[Row]) -> tuple[ChecklistItem, ...]:
    """The checklist items of the rows, in order.

    >>> cite = Citation("Act", "s. 1")
    >>> [i.id for i in items([("xx.who", "Who", cite, True, False)])]
    ['xx.who']
    """
    return tuple(
        ChecklistItem(id=i, label=label, citation=c, provided=held, may_follow_later=later)
        for i, label, c, held, later in rows
    )
