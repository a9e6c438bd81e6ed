"""Australia's Notifiable Data Breaches scheme as a regime of the registry.

Australia: Privacy Act 1988 (Cth), Part IIIC (Notifiable Data Breaches). The 30-day
assessment runs from awareness of grounds to suspect (detection).
"""

from __future__ import annotations

from typing import Final

from breachmodel.model import Incident
from breachmodel.regimes._declared import Declaration, DeclaredRegime, Ruling, instrument_lines
from breachmodel.regimes._national import TERRITORY_INPUTS
from breachmodel.regimes.au_privacy import rules
from breachmodel.regimes.au_privacy._law import REGIME_ID
from breachmodel.regimes.au_privacy.eligible import FINDINGS, eligible_breach

__all__ = ["REGIME"]


def _determine(incident: Incident, options: object) -> Ruling:
    """The assessment, the statement, its content, individuals; the eligibility test."""
    eligible = eligible_breach(incident)
    return rules.determinations(incident, eligible), (eligible,)


REGIME: Final = DeclaredRegime(
    Declaration(
        id=REGIME_ID,
        title="Privacy Act 1988 (Australia), Part IIIC: Notifiable Data Breaches",
        label="AU Privacy Act",
        instruments=instrument_lines("au-privacy-act"),
        findings=FINDINGS,
        # An APP entity, for people in Australia or an Australian establishment.
        applicability=rules.applicability,
        # Not applicable, quickly, with no one counted in Australia and no establishment there.
        prefilter=rules.prefilter,
        prefilter_inputs=TERRITORY_INPUTS,
        determine=_determine,
        # Section 26WK(3), for the statement (to the OAIC; individuals receive its contents).
        content={"oaic": rules.content_items, "individuals": rules.content_items},
        aware_at=lambda incident: (
            incident.timeline.detected_at or incident.timeline.controller_aware_at
        ),
    )
)
"""The Australian regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
