"""The LGPD (Brazil) as a regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from breachmodel.determination import ChecklistItem, Determination
from breachmodel.law import get as instrument
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, instrument_line
from breachmodel.regimes.lgpd import rules
from breachmodel.regimes.lgpd._law import REGIME_ID
from breachmodel.regimes.lgpd.options import LgpdOptions
from breachmodel.regimes.lgpd.risk import FINDINGS, relevant_risk

__all__ = ["REGIME", "LgpdRegime"]


class LgpdRegime(BaseRegime):
    """Brazil: LGPD Art. 48 and Resolution CD/ANPD 15/2024 (the ANPD, data subjects, record)."""

    id = REGIME_ID
    title = "LGPD (Brazil, Lei nº 13.709/2018), Art. 48"
    label = "LGPD"
    options_type: type[Any] | None = LgpdOptions
    instruments = (
        instrument_line(instrument("lgpd")),
        instrument_line(instrument("anpd-res-15-2024")),
    )
    findings: Mapping[str, str] = FINDINGS

    def applicability(self, incident: Incident) -> Applicability:
        """People in Brazil, or a controller established there (Art. 3)."""
        return rules.applicability(incident)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The ANPD, its content, the data subjects, the register; the relevant-risk test."""
        opts = options if isinstance(options, LgpdOptions) else LgpdOptions()
        risk = relevant_risk(incident)
        return rules.determinations(incident, risk, opts), (risk,)

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """Art. 48, § 1, for the communication to the ANPD."""
        return rules.content_items(incident) if recipient == "anpd" else ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """The clocks run from the controller's knowledge that personal data were affected."""
        return incident.timeline.controller_aware_at


REGIME: Final = LgpdRegime()
"""The LGPD regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
