"""Reading and writing either kind of file: an incident or a processor incident."""

from __future__ import annotations

from pathlib import Path

from breachmodel.errors import InvalidIncidentError, Problem
from breachmodel.model import Incident
from breachmodel.processor._model import PROCESSOR_RECORD_TYPE, ProcessorIncident
from breachmodel.sanitize import dumps_json
from breachmodel.serialization import (
    SCHEMA_VERSION,
    check_version,
    dumps,
    parse_json,
    structure,
    unstructure,
)

__all__ = ["dumps_any", "from_data_any", "load_any", "loads_any"]

_INCIDENT_RECORD_TYPE = "incident"


def from_data_any(data: object, *, source: str | None = None) -> Incident | ProcessorIncident:
    """Build an incident or a processor incident from a parsed file, by its record_type.

    Raises:
        InvalidIncidentError: Listing every problem as ``message @ $.path``.
    """
    body = check_version(data, source=source)
    record_type = body.pop("record_type", _INCIDENT_RECORD_TYPE)
    if record_type == PROCESSOR_RECORD_TYPE:
        return structure(body, ProcessorIncident, source=source)
    if record_type == _INCIDENT_RECORD_TYPE:
        return structure(body, Incident, source=source)
    problem = Problem(
        "$.record_type",
        f"unknown record_type {record_type!r}; expected {_INCIDENT_RECORD_TYPE!r} "
        f"(the default) or {PROCESSOR_RECORD_TYPE!r}",
    )
    raise InvalidIncidentError([problem], source=source)


def loads_any(text: str | bytes, *, source: str | None = None) -> Incident | ProcessorIncident:
    """Parse an incident file or a processor incident file (by its ``record_type``).

    Raises:
        InvalidIncidentError: For invalid JSON or any invalid field.
    """
    return from_data_any(parse_json(text, source=source), source=source)


def load_any(path: str | Path) -> Incident | ProcessorIncident:
    """Read an incident file or a processor incident file.

    Raises:
        InvalidIncidentError: For invalid JSON or any invalid field.
        OSError: If the file cannot be read.
    """
    p = Path(path)
    return loads_any(p.read_bytes(), source=str(p))


def dumps_any(record: Incident | ProcessorIncident, *, indent: int | None = 2) -> str:
    """Write either kind of file (deterministic); a processor incident gets its record_type."""
    if isinstance(record, Incident):
        return dumps(record, indent=indent)
    data = {
        "schema_version": SCHEMA_VERSION,
        "record_type": PROCESSOR_RECORD_TYPE,
        **unstructure(record),
    }
    return dumps_json(data, indent=indent) + "\n"
