"""Exporters: incidents written in other formats (VERIS), read back by the importers."""

from __future__ import annotations

from breachmodel.exporters.veris import incident_to_veris

__all__ = ["incident_to_veris"]
