"""Singapore's PDPA 2012, Part 6A, as a regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Final

from breachmodel.determination import ChecklistItem, Determination
from breachmodel.law import get as instrument
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, instrument_line
from breachmodel.regimes.sg_pdpa import rules
from breachmodel.regimes.sg_pdpa._law import REGIME_ID
from breachmodel.regimes.sg_pdpa.notifiable import FINDINGS, notifiable

__all__ = ["REGIME", "SgPdpaRegime"]


class SgPdpaRegime(BaseRegime):
    """Singapore: PDPA 2012, Part 6A, with the Notification of Data Breaches Regulations 2021."""

    id = REGIME_ID
    title = "PDPA 2012 (Singapore), Part 6A: notification of data breaches"
    label = "SG PDPA"
    instruments = (
        instrument_line(instrument("sg-pdpa")),
        instrument_line(instrument("sg-ndb-regs")),
    )
    findings: Mapping[str, str] = FINDINGS

    def applicability(self, incident: Incident) -> Applicability:
        """People in Singapore or a Singapore establishment, breaches from 1 February 2021."""
        return rules.applicability(incident)

    def determine(
        self, incident: Incident, options: object
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The assessment, the PDPC, its content, the individuals; the notifiability test."""
        found = notifiable(incident)
        return rules.determinations(incident, found), (found,)

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """Reg. 5(1), for the notification to the PDPC."""
        return rules.content_items(incident) if recipient == "pdpc" else ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """The assessment runs from the organisation's reason to believe a breach occurred."""
        t = incident.timeline
        return t.controller_aware_at or t.detected_at


REGIME: Final = SgPdpaRegime()
"""The Singapore regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
