"""Canada's PIPEDA breach rules as a regime of the registry.

Canada: PIPEDA ss. 10.1-10.3 and the Breach of Security Safeguards Regulations. The
duties run from the determination that the breach occurred.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from breachmodel.model import Incident
from breachmodel.regimes._declared import Declaration, DeclaredRegime, instrument_lines
from breachmodel.regimes._national import TERRITORY_INPUTS, analysed
from breachmodel.regimes.pipeda import rules
from breachmodel.regimes.pipeda._law import REGIME_ID
from breachmodel.regimes.pipeda.harm import FINDINGS, real_risk

__all__ = ["REGIME"]


def _aware_at(incident: Incident) -> datetime | None:
    """The determination that the breach occurred, else the organisation's awareness."""
    found = incident.finding(REGIME_ID, "determined")
    return found.at if found is not None and found.at else incident.timeline.controller_aware_at


REGIME: Final = DeclaredRegime(
    Declaration(
        id=REGIME_ID,
        title="PIPEDA (Canada), ss. 10.1-10.3: breaches of security safeguards",
        label="PIPEDA",
        instruments=instrument_lines("pipeda", "pipeda-bss-regs"),
        findings=FINDINGS,
        # People in Canada or a Canadian establishment, commercial activity, the provinces.
        applicability=rules.applicability,
        # Not applicable, quickly, with no one counted in Canada and no establishment there.
        prefilter=rules.prefilter,
        prefilter_inputs=TERRITORY_INPUTS,
        # The OPC, its content, individuals, organisations, the record; the RROSH test.
        determine=analysed(real_risk, rules.determinations),
        # Reg. 2(1), for the report to the Commissioner.
        content={"opc": rules.content_items},
        aware_at=_aware_at,
    )
)
"""The PIPEDA regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
