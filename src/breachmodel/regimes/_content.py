"""Report contents as checklists: what a sector report must say, checked against the record.

Each item is a label, its citation and a test of the incident record; the regimes build
their lists from these (NIS2 Art. 23(4), DORA's report templates).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from breachmodel.citations import Citation
from breachmodel.determination import ChecklistItem
from breachmodel.model import Incident, ServiceImpact
from breachmodel.regimes import _checklists

__all__ = ["Item", "checklist", "impact"]

Item = tuple[str, str, Citation, Callable[[Incident], bool], bool]
"""(id, label, citation, whether the record holds it, whether it may follow later)."""


def impact(incident: Incident) -> ServiceImpact:
    """The incident's service impact, empty where none is recorded."""
    return incident.service_impact or ServiceImpact()


def checklist(incident: Incident, items: Iterable[Item]) -> tuple[ChecklistItem, ...]:
    """The items, each marked provided where the record holds it."""
    return _checklists.items(
        (i, label, c, test(incident), later) for i, label, c, test, later in items
    )
