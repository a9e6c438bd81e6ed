"""Singapore's PDPA 2012, Part 6A, as a regime of the registry.

Singapore: PDPA 2012, Part 6A, with the Notification of Data Breaches Regulations 2021.
The assessment runs from the organisation's reason to believe a breach occurred.
"""

from __future__ import annotations

from typing import Final

from breachmodel.regimes._declared import Declaration, DeclaredRegime, instrument_lines
from breachmodel.regimes._national import TERRITORY_INPUTS, analysed
from breachmodel.regimes.sg_pdpa import rules
from breachmodel.regimes.sg_pdpa._law import REGIME_ID
from breachmodel.regimes.sg_pdpa.notifiable import FINDINGS, notifiable

__all__ = ["REGIME"]


REGIME: Final = DeclaredRegime(
    Declaration(
        id=REGIME_ID,
        title="PDPA 2012 (Singapore), Part 6A: notification of data breaches",
        label="SG PDPA",
        instruments=instrument_lines("sg-pdpa", "sg-ndb-regs"),
        findings=FINDINGS,
        # People in Singapore or a Singapore establishment, breaches from 1 February 2021.
        applicability=rules.applicability,
        # Not applicable, quickly, with no one counted in Singapore and no establishment there.
        prefilter=rules.prefilter,
        prefilter_inputs=TERRITORY_INPUTS,
        # The assessment, the PDPC, its content, the individuals; the notifiability test.
        determine=analysed(notifiable, rules.determinations),
        # Reg. 5(1), for the notification to the PDPC.
        content={"pdpc": rules.content_items},
        aware_at=lambda incident: (
            incident.timeline.controller_aware_at or incident.timeline.detected_at
        ),
    )
)
"""The Singapore regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
