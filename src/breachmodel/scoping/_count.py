"""Counting the people of a member table on an engine."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import attrs

from breachmodel.scoping._engines import Engine, ScopeError, TableSource, open_engine
from breachmodel.scoping._mapping import ColumnMapping, ElementList
from breachmodel.scoping._result import Scope, row_from_sql
from breachmodel.scoping._sql import ScopeQuery

__all__ = ["DEFAULT_ADULT_AGE", "count_people", "counted", "prepare"]

DEFAULT_ADULT_AGE = 18
"""The age of majority used to count minors by default: 18, as French law sets it (Code
civil, art. 388: "Le mineur est l'individu de l'un ou l'autre sexe qui n'a point encore
l'âge de dix-huit ans accomplis"; Légifrance LEGIARTI000006427141, version in force since
16 March 2016). Read in stored copies of the Légifrance text (a mirror of the LEGI
database and doctrine.fr), not on legifrance.gouv.fr itself. Other countries' ages of
majority are not encoded: pass ``adult_age``. The GDPR sets no age of majority; its
Art. 8 ages (13 to 16) concern consent to information society services, not who receives
a breach letter."""


def _source(table: str | Path | TableSource) -> TableSource:
    return table if isinstance(table, TableSource) else TableSource(location=str(table))


def _check_columns(mapping: ColumnMapping, found: dict[str, str], name: str) -> None:
    missing = [c for c in mapping.columns() if c not in found]
    if missing:
        listed = ", ".join(repr(c) for c in missing)
        have = ", ".join(sorted(found)) or "none"
        msg = (
            f"the member table {name!r} has no column {listed}, which the mapping names; "
            f"its columns: {have}. Correct the mapping or the table."
        )
        raise ScopeError(msg)
    e = mapping.elements
    if isinstance(e, ElementList) and e.separator is None:
        kind = found[e.column]
        if not (kind.endswith("[]") or kind.startswith(("array", "list"))):
            msg = (
                f"elements.column {e.column!r} is {kind}, not a list: give "
                "elements.separator for a delimited text column"
            )
            raise ScopeError(msg)


def prepare(
    engine: Engine,
    table: str | Path | TableSource,
    mapping: ColumnMapping,
    *,
    on: date,
    adult_age: int = DEFAULT_ADULT_AGE,
) -> ScopeQuery:
    """Expose the table on the engine, check its columns, and build the query.

    Raises:
        ScopeError: If the table is missing, unreadable, or lacks a mapped column.
    """
    if not 0 < adult_age < 150:
        msg = f"adult_age: {adult_age} is not an age of majority"
        raise ScopeError(msg)
    source = _source(table)
    view = "breachmodel_people"
    found = engine.load(source, view)
    _check_columns(mapping, found, source.location)
    query = ScopeQuery(
        mapping=mapping,
        dialect=engine.dialect,
        on=on,
        adult_age=adult_age,
        source=view,
        types={k: _BASE.get(v, v) for k, v in found.items()},
    )
    if mapping.unique_ids:
        return attrs.evolve(query, merge_duplicates=False)
    ((unsure, repeats),) = engine.rows(query.quick_screen())
    if int(unsure or 0) == 0:
        return attrs.evolve(query, merge_duplicates=int(repeats or 0) > 0, ids_complete=True)
    ((repeats, missing),) = engine.rows(query.screen())
    return attrs.evolve(
        query, merge_duplicates=int(repeats or 0) > 0, ids_complete=int(missing or 0) == 0
    )


_BASE = {"bool": "boolean"}
"""Engine type names -> the names the query knows."""


def count_people(
    table: str | Path | TableSource,
    mapping: ColumnMapping,
    *,
    on: date,
    engine: str | Engine = "duckdb",
    adult_age: int = DEFAULT_ADULT_AGE,
    **engine_options: Any,
) -> Scope:
    """Count the people of a member table, and every problem of the table by reason.

    People are counted per controller, kind, country, subdivision, data elements,
    minority, channel and language.

    The table never comes into Python: the engine aggregates it and only the counts
    return. No row is dropped silently: rows without a person id or a controller are
    counted as rejected, repeated person ids of a controller are merged and counted as
    duplicates, and invalid values are counted by reason and their person kept under
    "unknown".

    Args:
        table: A file (Parquet, CSV, JSON Lines), a folder of Parquet files, or a
            :class:`TableSource`.
        mapping: Which column holds which fact.
        on: The date minors are counted on (rules never read the clock: give it).
        engine: ``"duckdb"`` (default), ``"spark"``, or an open engine.
        adult_age: The age of majority (see :data:`DEFAULT_ADULT_AGE`).
        engine_options: Passed to the engine when it is opened here.

    Raises:
        ScopeError: If the table cannot be read or lacks a mapped column.
        EngineUnavailableError: If the engine is not installed.
    """
    with open_engine(engine, **engine_options) as eng:
        query = prepare(eng, table, mapping, on=on, adult_age=adult_age)
        return counted(eng, query, table)


def counted(engine: Engine, query: ScopeQuery, table: str | Path | TableSource) -> Scope:
    """Run the aggregate query of a prepared table and return its counts."""
    rows = tuple(row_from_sql(r) for r in engine.rows(query.aggregate()))
    return Scope(
        source=_source(table).location,
        on=query.on,
        adult_age=query.adult_age,
        engine=engine.dialect.name,
        rows=rows,
        duplicates_checked=not query.mapping.unique_ids,
        channels=tuple(query.mapping.channels),
    )
