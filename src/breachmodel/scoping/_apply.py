"""Exact counts into the incident: the scoped subject groups replace the estimates."""

from __future__ import annotations

from collections import defaultdict
from typing import overload

import attrs

from breachmodel.model import (
    Count,
    Incident,
    ResidenceCount,
    SubdivisionCount,
    SubjectGroup,
    SubjectKind,
)
from breachmodel.processor import ControllerShare, ProcessorIncident
from breachmodel.scoping._result import Scope, ScopeRow

__all__ = ["apply_scope", "subject_groups", "unknown_controllers"]


def _children(rows: list[ScopeRow]) -> bool | None:
    if any(r.minor for r in rows if r.people):
        return True
    if all(r.minor is False for r in rows if r.people):
        return False
    return None


def _provenance(scope: Scope, rows: list[ScopeRow]) -> str:
    read = sum(r.rows for r in rows)
    issues = sum(n for r in rows for _k, n in r.issues)
    dup = sum(r.duplicate_rows for r in rows)
    nowhere = sum(r.people for r in rows if r.country is None)
    text = (
        f"Exact count from the member table {scope.source} (scoped with {scope.engine} on "
        f"{scope.on.isoformat()}; minors under {scope.adult_age}): {read:,} rows read, "
        f"{dup:,} duplicate rows merged, {issues:,} row problems counted by reason."
    )
    if nowhere:
        text += (
            f" {nowhere:,} people whose country is missing or invalid are in the total "
            "but in no per-country count."
        )
    return text


def _per(rows: list[ScopeRow], attribute: str) -> list[tuple[str, int]]:
    found: dict[str, int] = defaultdict(int)
    for r in rows:
        value = getattr(r, attribute)
        if value is not None and r.people:
            found[value] += r.people
    return sorted(found.items())


def _group(scope: Scope, kind: str, rows: list[ScopeRow]) -> SubjectGroup:
    return SubjectGroup(
        kind=SubjectKind(kind),
        count=Count.exact(sum(r.people for r in rows)),
        by_country=tuple(
            ResidenceCount(country=c, count=Count.exact(n)) for c, n in _per(rows, "country")
        ),
        by_subdivision=tuple(
            SubdivisionCount(subdivision=s, count=Count.exact(n))
            for s, n in _per(rows, "subdivision")
        ),
        includes_children=_children(rows),
        description=_provenance(scope, rows),
    )


def subject_groups(scope: Scope, controller: str) -> tuple[SubjectGroup, ...]:
    """One controller's people as subject groups with exact counts, one per kind.

    Each group's ``by_country`` and ``by_subdivision`` give exact counts per country and
    per ISO 3166-2 subdivision (people whose country or subdivision is missing or invalid
    count in the group's total only, and the description says how many), ``includes_children`` says
    whether minors are among them (None when some cannot be told and none is known),
    and its description records where the count comes from.
    """
    by_kind: dict[str, list[ScopeRow]] = defaultdict(list)
    for r in scope.select(controller):
        if r.people:
            by_kind[r.kind].append(r)
    return tuple(_group(scope, k, rows) for k, rows in sorted(by_kind.items()))


def unknown_controllers(scope: Scope, incident: Incident | ProcessorIncident) -> tuple[str, ...]:
    """Controllers of the table that the incident does not name.

    Their people are counted but not applied to the incident, and get no manifest rows.
    """
    return tuple(c for c in scope.controllers if c not in _controller_ids(incident))


def _controller_ids(incident: Incident | ProcessorIncident) -> tuple[str, ...]:
    if isinstance(incident, ProcessorIncident):
        return tuple(s.organisation.id for s in incident.controllers)
    return (incident.controller.id,)


@overload
def apply_scope(incident: Incident, scope: Scope) -> Incident: ...
@overload
def apply_scope(incident: ProcessorIncident, scope: Scope) -> ProcessorIncident: ...
@overload
def apply_scope(
    incident: Incident | ProcessorIncident, scope: Scope
) -> Incident | ProcessorIncident: ...
def apply_scope(
    incident: Incident | ProcessorIncident, scope: Scope
) -> Incident | ProcessorIncident:
    """The incident with each scoped controller's subject groups replaced by exact counts.

    Controllers the table does not cover keep the groups they had (see
    :func:`unknown_controllers` for the reverse).
    """
    if isinstance(incident, ProcessorIncident):
        shares = tuple(_share(s, scope) for s in incident.controllers)
        return attrs.evolve(incident, controllers=shares)
    groups = subject_groups(scope, incident.controller.id)
    return attrs.evolve(incident, subjects=groups) if groups else incident


def _share(share: ControllerShare, scope: Scope) -> ControllerShare:
    groups = subject_groups(scope, share.organisation.id)
    return attrs.evolve(share, subjects=groups) if groups else share
