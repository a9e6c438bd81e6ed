"""Importers: foreign breach records (VERIS, the HHS breach portal) to incidents.

Each importer maps one record and returns an :class:`ImportResult` (never raising on bad
input): the incident, the facts the record left unknown, and the problems found, each
located by the record's number and a path in the source record. The mappings are kept as
module-level tables; ``docs/importers.md`` shows them (see :func:`mapping_markdown`).
"""

from __future__ import annotations

from breachmodel.importers._result import ImportResult, ImportStatus
from breachmodel.importers.veris import veris_to_incident

__all__ = ["ImportResult", "ImportStatus", "veris_to_incident"]
