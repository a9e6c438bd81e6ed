"""The whole scoping of an incident: count, apply the counts, assess, write the manifest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from attrs import frozen

from breachmodel.assessment import Assessment, assess
from breachmodel.errors import NaiveDatetimeError
from breachmodel.model import Incident
from breachmodel.processor import ProcessorAssessment, ProcessorIncident, assess_processor_incident
from breachmodel.scoping._apply import apply_scope, unknown_controllers
from breachmodel.scoping._count import DEFAULT_ADULT_AGE, counted, prepare
from breachmodel.scoping._engines import Engine, TableSource, open_engine
from breachmodel.scoping._manifest import (
    Manifest,
    assessments_by_controller,
    obligation_rows,
    write_manifest_rows,
)
from breachmodel.scoping._mapping import ColumnMapping
from breachmodel.scoping._result import Scope

__all__ = ["ScopedIncident", "scope_incident"]


@frozen(kw_only=True)
class ScopedIncident:
    """An incident scoped on its member table.

    Attributes:
        scope: The counts and problems of the table.
        incident: The incident with exact counts in place of the estimates.
        assessment: The assessment of that incident (the manifest's obligations).
        manifests: The manifests written (none without an output folder).
        unknown_controllers: Controllers of the table the incident does not name (their
            people are counted but get no letters: add them to the incident).
        unscoped_controllers: Controllers of the incident the table does not cover (they
            keep their estimates).
    """

    scope: Scope
    incident: Incident | ProcessorIncident
    assessment: Assessment | ProcessorAssessment
    manifests: tuple[Manifest, ...]
    unknown_controllers: tuple[str, ...]
    unscoped_controllers: tuple[str, ...]

    @property
    def manifest(self) -> Manifest | None:
        """The first manifest written (the Parquet one), if any."""
        return self.manifests[0] if self.manifests else None

    def _repr_html_(self) -> str:
        return self.scope._repr_html_()


def _assess(
    incident: Incident | ProcessorIncident, as_of: datetime, options: Any
) -> Assessment | ProcessorAssessment:
    if isinstance(incident, ProcessorIncident):
        return assess_processor_incident(incident, as_of=as_of, options=options)
    return assess(incident, as_of=as_of, options=options)


def _nothing(_message: str) -> None:
    return None


def scope_incident(
    incident: Incident | ProcessorIncident,
    table: str | Path | TableSource,
    mapping: ColumnMapping,
    *,
    as_of: datetime,
    out: str | Path | None = None,
    engine: str | Engine = "duckdb",
    adult_age: int = DEFAULT_ADULT_AGE,
    options: Any = None,
    formats: Sequence[str] = ("parquet",),
    progress: Callable[[str], None] = _nothing,
    **engine_options: Any,
) -> ScopedIncident:
    """Scope an incident on its member table, in one engine session.

    Counts the table (:func:`~breachmodel.scoping.count_people`, minors on ``as_of``'s
    date), puts the exact counts into the incident, assesses it at ``as_of``, and, when
    ``out`` is given, writes the manifest in that folder: ``manifest/`` as Parquet, and
    ``manifest-csv/`` when ``formats`` includes ``csv`` (each partitioned by controller).

    Raises:
        ScopeError: If the table cannot be read or lacks a mapped column.
        EngineUnavailableError: If the engine is not installed.
        NaiveDatetimeError: If ``as_of`` has no time zone.
    """
    if as_of.tzinfo is None or as_of.utcoffset() is None:
        msg = f"as_of: {as_of.isoformat()} has no time zone; give an instant with an offset"
        raise NaiveDatetimeError(msg)
    on = as_of.date()
    with open_engine(engine, **engine_options) as eng:
        progress("reading the member table")
        query = prepare(eng, table, mapping, on=on, adult_age=adult_age)
        progress("counting people")
        scope = counted(eng, query, table)
        scoped = apply_scope(incident, scope)
        progress("assessing the scoped incident")
        assessment = _assess(scoped, as_of, options)
        manifests: list[Manifest] = []
        obligations = obligation_rows(assessments_by_controller(assessment))
        for fmt in formats if out is not None else ():
            progress(f"writing the manifest ({fmt})")
            folder = Path(str(out)) / ("manifest" if fmt == "parquet" else f"manifest-{fmt}")
            manifests.append(write_manifest_rows(eng, query, obligations, folder, fmt=fmt))
    ids = set(assessments_by_controller(assessment))
    return ScopedIncident(
        scope=scope,
        incident=scoped,
        assessment=assessment,
        manifests=tuple(manifests),
        unknown_controllers=unknown_controllers(scope, incident),
        unscoped_controllers=tuple(sorted(ids - set(scope.controllers))),
    )
