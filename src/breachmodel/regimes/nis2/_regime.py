"""NIS2 as a regime: essential and important entities report significant incidents."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Final

from breachmodel.citations import cite
from breachmodel.determination import Determination
from breachmodel.model import Classification, Incident, Nis2Class
from breachmodel.regimes import _sector
from breachmodel.regimes._base import Analysis, Applicability
from breachmodel.regimes.nis2 import art23, ir2690, scope
from breachmodel.regimes.nis2 import reports as _reports

__all__ = ["REGIME", "Nis2Regime"]

_GATE: Final = _sector.Gate(
    regime="nis2",
    name="NIS2 (Directive (EU) 2022/2555)",
    in_scope=frozenset({"essential", "important", scope.EITHER}),
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
    "economic_impact_eur": (
        500_001,
        "if the direct financial loss exceeded EUR 500,000 (Implementing Regulation (EU) "
        "2024/2690, Art. 3(1)(a), for the digital entities it covers)",
    ),
}


def _refine(incident: Incident, classification: Classification) -> _sector.Scope | None:
    """Classify from sector and size where the category asks for it (Arts. 2, 3)."""
    if classification.category != scope.BY_FACTS:
        return None
    return scope.classify(incident, classification)


class Nis2Regime(_sector.SectorRegime):
    """Directive (EU) 2022/2555: Art. 23 reporting by essential and important entities."""

    id = "nis2"
    title = "NIS2 (Directive (EU) 2022/2555)"
    label = "NIS2"
    content = art23.CONTENT
    reports = _reports.REPORTS
    report_titles = _reports.TITLES
    labels = _reports.LABELS
    thresholds = _THRESHOLDS
    findings: Mapping[str, str] = scope.FINDINGS | ir2690.FINDINGS
    instruments = (
        "Directive (EU) 2022/2555 (NIS 2 Directive), Art. 23",
        "Commission Implementing Regulation (EU) 2024/2690, Arts. 3-14",
        "Commission Recommendation 2003/361/EC (size of enterprises), Annex, Art. 2",
    )

    def applicability(self, incident: Incident) -> Applicability:
        """Essential and important entities (Arts. 2, 3), from the recorded classification.

        The class as recorded, or derived from the entity type and size (category
        ``sector_and_size``, :mod:`breachmodel.regimes.nis2.scope`).
        """
        legacy = _LEGACY.get(incident.controller.nis2)
        return _sector.gated(incident, _GATE, legacy, _refine)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The early warning, notification, reports and information to recipients."""
        dets, significance = art23.determinations(
            incident, incident.controller.classification(self.id), self.applicability(incident)
        )
        return dets, (significance,)


REGIME: Final = Nis2Regime()
"""The NIS2 regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
