"""What a national law's notice must contain, as a table of points checked against the record.

A law lists the content of a notice point by point (s. 26WK(3)(a)-(d), Art. 48, § 1, I-VI);
a regime writes each point once, as a row of :data:`Point`, and :func:`points` makes the
checklist, each item cited at its own point.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set

from breachmodel.citations import Citation
from breachmodel.determination import ChecklistItem
from breachmodel.model import Incident
from breachmodel.regimes import _content

__all__ = ["Point", "points"]

Point = tuple[str, str, Callable[[Incident], bool]]
"""One point of a notice's content: its label in the law, what it says, whether the record
holds it."""


def points(
    incident: Incident,
    prefix: str,
    cite: Callable[[str], Citation],
    rows: Iterable[Point],
    *,
    later: Set[str] = frozenset(),
) -> tuple[ChecklistItem, ...]:
    """The checklist of ``rows``: item ``<prefix>.<point>``, cited by ``cite(point)``.

    The points in ``later`` may follow in a later notice.
    """
    items = ((f"{prefix}.{p}", label, cite(p), test, p in later) for p, label, test in rows)
    return _content.checklist(incident, items)
