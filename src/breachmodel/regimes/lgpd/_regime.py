"""The LGPD (Brazil) as a regime of the registry.

Brazil: LGPD Art. 48 and Resolution CD/ANPD 15/2024 (the ANPD, data subjects, record).
The clocks run from the controller's knowledge that personal data were affected.
"""

from __future__ import annotations

from typing import Final

from breachmodel.regimes._declared import Declaration, DeclaredRegime, instrument_lines
from breachmodel.regimes._national import TERRITORY_INPUTS, analysed_with
from breachmodel.regimes.lgpd import rules
from breachmodel.regimes.lgpd._law import REGIME_ID
from breachmodel.regimes.lgpd.options import LgpdOptions
from breachmodel.regimes.lgpd.risk import FINDINGS, relevant_risk

__all__ = ["REGIME"]


REGIME: Final = DeclaredRegime(
    Declaration(
        id=REGIME_ID,
        title="LGPD (Brazil, Lei nº 13.709/2018), Art. 48",
        label="LGPD",
        instruments=instrument_lines("lgpd", "anpd-res-15-2024"),
        options_type=LgpdOptions,
        findings=FINDINGS,
        # People in Brazil, or a controller established there (Art. 3).
        applicability=rules.applicability,
        # Not applicable, quickly, with no one counted in Brazil and no establishment there.
        prefilter=rules.prefilter,
        prefilter_inputs=TERRITORY_INPUTS,
        # The ANPD, its content, the data subjects, the register; the relevant-risk test.
        determine=analysed_with(relevant_risk, rules.determinations),
        # Art. 48, § 1, for the communication to the ANPD.
        content={"anpd": rules.content_items},
        aware_at=lambda incident: incident.timeline.controller_aware_at,
    )
)
"""The LGPD regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
