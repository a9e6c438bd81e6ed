"""NIS2 as a regime: essential and important entities report significant incidents."""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from breachmodel.citations import cite
from breachmodel.determination import Determination
from breachmodel.model import Incident, Nis2Class
from breachmodel.regimes import _sector
from breachmodel.regimes._base import Analysis, Applicability
from breachmodel.regimes.nis2 import art23

__all__ = ["REGIME", "Nis2Regime"]

_GATE: Final = _sector.Gate(
    regime="nis2",
    name="NIS2 (Directive (EU) 2022/2555)",
    in_scope=frozenset({"essential", "important"}),
    applies_from=date(2024, 10, 18),
    scope_citation=cite("nis2", 3),
    start_citation=cite("nis2", 41, 1),
)

_LEGACY: Final = {
    Nis2Class.ESSENTIAL: True,
    Nis2Class.IMPORTANT: True,
    Nis2Class.OUT_OF_SCOPE: False,
}

_THRESHOLDS: Final = {
    "severe_disruption": (
        True,
        "if the incident caused or can cause severe operational disruption or financial loss",
    ),
    "considerable_damage": (
        True,
        "if the incident caused or can cause considerable damage to other persons",
    ),
}


class Nis2Regime(_sector.SectorRegime):
    """Directive (EU) 2022/2555: Art. 23 reporting by essential and important entities."""

    id = "nis2"
    title = "NIS2 (Directive (EU) 2022/2555)"
    label = "NIS2"
    content = art23.CONTENT
    thresholds = _THRESHOLDS
    instruments = (
        "Directive (EU) 2022/2555 (NIS 2 Directive), Art. 23",
        "Commission Implementing Regulation (EU) 2024/2690, Art. 3",
    )

    def applicability(self, incident: Incident) -> Applicability:
        """Essential and important entities (Art. 3), from the recorded classification."""
        legacy = _LEGACY.get(incident.controller.nis2)
        return _sector.gated(incident, _GATE, legacy)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The early warning, notification, reports and information to recipients."""
        dets, significance = art23.determinations(
            incident, incident.controller.classification(self.id)
        )
        return dets, (significance,)


REGIME: Final = Nis2Regime()
"""The NIS2 regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
