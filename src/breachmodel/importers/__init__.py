"""Importers: foreign breach records (VERIS, the HHS breach portal) to incidents.

Each importer maps one record and returns an :class:`ImportResult`, never raising on bad
input: the incident, the facts the record left unknown, and the problems found, each
located by the record's number and a path in the source record. The mappings are kept as
module-level tables in :mod:`breachmodel.importers.veris` and
:mod:`breachmodel.importers.hhs`; :func:`mapping_markdown` renders them for the docs.

>>> from breachmodel.importers import veris_to_incident
>>> veris_to_incident({"incident_id": "X"}, line=4).messages()
("record 4 id 'X': required field missing: VERIS requires the year @ $.timeline.incident.year",)
"""

from __future__ import annotations

from breachmodel.importers import _docs
from breachmodel.importers._result import ImportResult, ImportStatus
from breachmodel.importers.hhs import hhs_row_to_incident
from breachmodel.importers.veris import veris_to_incident

__all__ = [
    "ImportResult",
    "ImportStatus",
    "hhs_row_to_incident",
    "mapping_markdown",
    "veris_to_incident",
]


def mapping_markdown() -> str:
    """The importers' mapping tables as Markdown (embedded verbatim in the docs)."""
    return _docs.mapping_markdown()
