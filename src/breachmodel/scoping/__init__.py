"""Person-level scoping: from a member table to exact counts and a notification manifest.

After the first 72 hours, each controller turns its member table into answers: how many
people per country and subdivision, how many minors, how many cannot be reached
individually (Art. 34(3)(c) GDPR), which data elements each person lost. This package
reads the table through a declared :class:`ColumnMapping`, on DuckDB (the default, the
``scale`` extra) or Apache Spark (the ``spark`` extra), and never loads it into Python.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from breachmodel.scoping._apply import apply_scope, subject_groups, unknown_controllers
    from breachmodel.scoping._count import DEFAULT_ADULT_AGE, count_people
    from breachmodel.scoping._engines import (
        ENGINES,
        DuckDBEngine,
        Engine,
        EngineUnavailableError,
        ScopeError,
        SparkEngine,
        TableSource,
        open_engine,
    )
    from breachmodel.scoping._manifest import (
        MANIFEST_COLUMNS,
        Manifest,
        ObligationRow,
        assessments_by_controller,
        obligation_rows,
        public_notices,
    )
    from breachmodel.scoping._mapping import (
        ColumnMapping,
        ElementList,
        MappingError,
        load_mapping,
        mapping_from_dict,
    )
    from breachmodel.scoping._pipeline import ScopedIncident, scope_incident
    from breachmodel.scoping._result import ControllerCounts, Scope, ScopeRow

__all__ = [
    "DEFAULT_ADULT_AGE",
    "ENGINES",
    "MANIFEST_COLUMNS",
    "ColumnMapping",
    "ControllerCounts",
    "DuckDBEngine",
    "ElementList",
    "Engine",
    "EngineUnavailableError",
    "Manifest",
    "MappingError",
    "ObligationRow",
    "Scope",
    "ScopeError",
    "ScopeRow",
    "ScopedIncident",
    "SparkEngine",
    "TableSource",
    "apply_scope",
    "assessments_by_controller",
    "count_people",
    "load_mapping",
    "mapping_from_dict",
    "obligation_rows",
    "open_engine",
    "public_notices",
    "scope_incident",
    "subject_groups",
    "unknown_controllers",
]

_WHERE = {
    "ColumnMapping": "breachmodel.scoping._mapping",
    "ControllerCounts": "breachmodel.scoping._result",
    "DEFAULT_ADULT_AGE": "breachmodel.scoping._count",
    "DuckDBEngine": "breachmodel.scoping._engines",
    "ENGINES": "breachmodel.scoping._engines",
    "ElementList": "breachmodel.scoping._mapping",
    "Engine": "breachmodel.scoping._engines",
    "EngineUnavailableError": "breachmodel.scoping._engines",
    "MANIFEST_COLUMNS": "breachmodel.scoping._manifest",
    "Manifest": "breachmodel.scoping._manifest",
    "MappingError": "breachmodel.scoping._mapping",
    "ObligationRow": "breachmodel.scoping._manifest",
    "Scope": "breachmodel.scoping._result",
    "ScopeError": "breachmodel.scoping._engines",
    "ScopeRow": "breachmodel.scoping._result",
    "ScopedIncident": "breachmodel.scoping._pipeline",
    "SparkEngine": "breachmodel.scoping._engines",
    "TableSource": "breachmodel.scoping._engines",
    "apply_scope": "breachmodel.scoping._apply",
    "assessments_by_controller": "breachmodel.scoping._manifest",
    "count_people": "breachmodel.scoping._count",
    "load_mapping": "breachmodel.scoping._mapping",
    "mapping_from_dict": "breachmodel.scoping._mapping",
    "obligation_rows": "breachmodel.scoping._manifest",
    "open_engine": "breachmodel.scoping._engines",
    "public_notices": "breachmodel.scoping._manifest",
    "scope_incident": "breachmodel.scoping._pipeline",
    "subject_groups": "breachmodel.scoping._apply",
    "unknown_controllers": "breachmodel.scoping._apply",
}
"""Each public name -> the module that defines it, imported on first use (so that the
command line's parser, which names this package, stays light)."""


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        msg = f"module 'breachmodel.scoping' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
