"""The US state breach laws as one regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Final

from breachmodel.determination import Determination
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime
from breachmodel.regimes.us_states import rules
from breachmodel.regimes.us_states._law import REGIME_ID
from breachmodel.regimes.us_states.analysis import states_analysis
from breachmodel.regimes.us_states.coverage import FINDINGS

__all__ = ["REGIME", "UsStatesRegime"]


class UsStatesRegime(BaseRegime):
    """The breach-notification laws of the 50 states, DC, Puerto Rico, Guam and the USVI."""

    id = REGIME_ID
    title = "US state breach-notification laws (50 states, DC, Puerto Rico, Guam, USVI)"
    label = "US states"
    instruments = (
        "The breach-notification statutes of the 54 US jurisdictions (see the law page)",
    )
    findings: Mapping[str, str] = FINDINGS

    def applicability(self, incident: Incident) -> Applicability:
        """Residents of a US state or territory among the people concerned."""
        return rules.applicability(incident)

    def determine(
        self, incident: Incident, options: object
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """Each reached jurisdiction's residents, regulator and CRA notices; the table used."""
        return rules.determinations(incident), (states_analysis(incident),)

    def aware_at(self, incident: Incident) -> datetime | None:
        """The state clocks that count from discovery start at awareness."""
        t = incident.timeline
        return t.controller_aware_at or t.detected_at


REGIME: Final = UsStatesRegime()
"""The US state regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
