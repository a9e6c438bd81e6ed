"""The outcome of importing one foreign record: an incident, what stayed unknown, problems."""

from __future__ import annotations

from enum import StrEnum

from attrs import frozen

from breachmodel._log import get_logger, safe_path
from breachmodel.errors import Problem
from breachmodel.model import Incident
from breachmodel.sanitize import shorten

__all__ = ["ImportResult", "ImportStatus", "log_import"]

_logger = get_logger("importers")


class ImportStatus(StrEnum):
    """How completely a record was imported."""

    FULL = "full"
    """Every fact the mapping reads was known and mapped."""
    PARTIAL = "partial"
    """An incident was built, but some facts stayed unknown or a value was not understood."""
    FAILED = "failed"
    """No incident could be built; :attr:`ImportResult.problems` says why and where."""


@frozen(kw_only=True)
class ImportResult:
    """One record's import.

    Attributes:
        incident: The incident, or None when the record could not be imported.
        unknown: JSON paths (in the incident file) of the facts the mapping reads that
            the record left unknown, e.g. ``$.subjects[0].count``.
        problems: What was wrong with the record, each located by a path in the
            *source* record (``$.timeline.incident.day``); for a failed import, why it
            failed; otherwise values that were not understood and were left unknown.
        record: The record's number in its file (line of a JSONL file, data row of a
            CSV file, from 1), when known.
        source_id: The record's own identifier in the source (VERIS ``incident_id``),
            when it has one.
        duplicate: True when the bulk reader renamed the incident because its id had
            already been seen in the same file (the new id ends in ``#<record>``).
    """

    incident: Incident | None
    unknown: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    record: int | None = None
    source_id: str | None = None
    duplicate: bool = False

    @property
    def status(self) -> ImportStatus:
        """Full, partial or failed."""
        if self.incident is None:
            return ImportStatus.FAILED
        if self.unknown or self.problems:
            return ImportStatus.PARTIAL
        return ImportStatus.FULL

    @property
    def where(self) -> str:
        """The record named for messages: ``record 12 (incident_id 'X')``."""
        parts = []
        if self.record is not None:
            parts.append(f"record {self.record}")
        if self.source_id is not None:
            parts.append(f"id {shorten(self.source_id)!r}")
        return " ".join(parts) if parts else "record"

    def messages(self) -> tuple[str, ...]:
        """One line per problem, naming the record and the field.

        >>> r = ImportResult(incident=None, record=3, source_id="A",
        ...                  problems=(Problem("$.timeline.incident.year", "required"),))
        >>> r.messages()
        ("record 3 id 'A': required @ $.timeline.incident.year",)
        """
        return tuple(f"{self.where}: {p}" for p in self.problems)


def log_import(result: ImportResult) -> ImportResult:
    """Log a record's problems on the ``breachmodel.importers`` logger; return the result.

    A failed import is a warning, values not understood are warnings, facts left unknown
    are debug messages. Messages give the record's number and field paths, never values.
    """
    where = "record" if result.record is None else f"record {result.record}"
    paths = ", ".join(sorted({safe_path(p.path) for p in result.problems}))
    if result.incident is None:
        _logger.warning("%s: not imported (problems at %s)", where, paths or "$")
    elif result.problems:
        _logger.warning("%s: values not understood, left unknown, at %s", where, paths)
    if result.incident is not None and result.unknown:
        _logger.debug("%s: %d facts unknown", where, len(result.unknown))
    return result
