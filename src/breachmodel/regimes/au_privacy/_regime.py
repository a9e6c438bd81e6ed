"""Australia's Notifiable Data Breaches scheme as a regime of the registry.

Australia: Privacy Act 1988 (Cth), Part IIIC (Notifiable Data Breaches). The 30-day
assessment runs from awareness of grounds to suspect (detection).
"""

from __future__ import annotations

from typing import Final

from breachmodel.regimes._declared import Declaration, DeclaredRegime, instrument_lines
from breachmodel.regimes._national import TERRITORY_INPUTS, analysed
from breachmodel.regimes.au_privacy import rules
from breachmodel.regimes.au_privacy._law import REGIME_ID
from breachmodel.regimes.au_privacy.eligible import FINDINGS, eligible_breach

__all__ = ["REGIME"]


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
        # The assessment, the statement, its content, individuals; the eligibility test.
        determine=analysed(eligible_breach, rules.determinations),
        # Section 26WK(3), for the statement (to the OAIC; individuals receive its contents).
        content={"oaic": rules.content_items, "individuals": rules.content_items},
        aware_at=lambda incident: (
            incident.timeline.detected_at or incident.timeline.controller_aware_at
        ),
    )
)
"""The Australian regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
