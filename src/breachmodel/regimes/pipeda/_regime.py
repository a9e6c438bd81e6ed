"""Canada's PIPEDA breach rules as a regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Final

from breachmodel.determination import ChecklistItem, Determination
from breachmodel.law import get as instrument
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, instrument_line
from breachmodel.regimes.pipeda import rules
from breachmodel.regimes.pipeda._law import REGIME_ID
from breachmodel.regimes.pipeda.harm import FINDINGS, real_risk

__all__ = ["REGIME", "PipedaRegime"]


class PipedaRegime(BaseRegime):
    """Canada: PIPEDA ss. 10.1-10.3 and the Breach of Security Safeguards Regulations."""

    id = REGIME_ID
    title = "PIPEDA (Canada), ss. 10.1-10.3: breaches of security safeguards"
    label = "PIPEDA"
    instruments = (
        instrument_line(instrument("pipeda")),
        instrument_line(instrument("pipeda-bss-regs")),
    )
    findings: Mapping[str, str] = FINDINGS

    def applicability(self, incident: Incident) -> Applicability:
        """People in Canada or a Canadian establishment, commercial activity, the provinces."""
        return rules.applicability(incident)

    def determine(
        self, incident: Incident, options: object
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The OPC, its content, individuals, organisations, the record; the RROSH test."""
        risk = real_risk(incident)
        return rules.determinations(incident, risk), (risk,)

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """Reg. 2(1), for the report to the Commissioner."""
        return rules.content_items(incident) if recipient == "opc" else ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """The duties run from the determination that the breach occurred."""
        found = incident.finding(REGIME_ID, "determined")
        return found.at if found is not None and found.at else incident.timeline.controller_aware_at


REGIME: Final = PipedaRegime()
"""The PIPEDA regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
