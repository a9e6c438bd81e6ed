"""The US state breach laws as one regime of the registry.

The breach-notification laws of the 50 states, DC, Puerto Rico, Guam and the US Virgin
Islands: each reached jurisdiction's residents, regulator and CRA notices, and the table
of the jurisdictions reached. The state clocks that count from discovery start at the
organisation's awareness.
"""

from __future__ import annotations

from typing import Final

from breachmodel.model import Incident
from breachmodel.regimes._declared import Declaration, DeclaredRegime, Ruling
from breachmodel.regimes.us_states import rules
from breachmodel.regimes.us_states._law import REGIME_ID
from breachmodel.regimes.us_states.analysis import states_analysis
from breachmodel.regimes.us_states.coverage import FINDINGS

__all__ = ["REGIME"]


def _determine(incident: Incident, options: object) -> Ruling:
    """Each reached jurisdiction's determinations; the table of the laws used."""
    return rules.determinations(incident), (states_analysis(incident),)


REGIME: Final = DeclaredRegime(
    Declaration(
        id=REGIME_ID,
        title="US state breach-notification laws (50 states, DC, Puerto Rico, Guam, USVI)",
        label="US states",
        instruments=(
            "The breach-notification statutes of the 54 US jurisdictions, each cited by "
            "its code and section (see the law page)",
        ),
        findings=FINDINGS,
        # Residents of a US state or territory among the people concerned.
        applicability=rules.applicability,
        prefilter=rules.prefilter,
        prefilter_inputs=rules.PREFILTER_INPUTS,
        determine=_determine,
        aware_at=lambda incident: (
            incident.timeline.controller_aware_at or incident.timeline.detected_at
        ),
    )
)
"""The US state regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
