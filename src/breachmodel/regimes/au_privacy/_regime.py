"""Australia's Notifiable Data Breaches scheme as a regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Final

from breachmodel.determination import ChecklistItem, Determination
from breachmodel.law import get as instrument
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, instrument_line
from breachmodel.regimes.au_privacy import rules
from breachmodel.regimes.au_privacy._law import REGIME_ID
from breachmodel.regimes.au_privacy.eligible import FINDINGS, eligible_breach

__all__ = ["REGIME", "AuPrivacyRegime"]


class AuPrivacyRegime(BaseRegime):
    """Australia: Privacy Act 1988 (Cth), Part IIIC (Notifiable Data Breaches)."""

    id = REGIME_ID
    title = "Privacy Act 1988 (Australia), Part IIIC: Notifiable Data Breaches"
    label = "AU Privacy Act"
    instruments = (instrument_line(instrument("au-privacy-act")),)
    findings: Mapping[str, str] = FINDINGS

    def applicability(self, incident: Incident) -> Applicability:
        """An APP entity, for people in Australia or an Australian establishment."""
        return rules.applicability(incident)

    def determine(
        self, incident: Incident, options: object
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The assessment, the statement, its content, individuals; the eligibility test."""
        eligible = eligible_breach(incident)
        return rules.determinations(incident, eligible), (eligible,)

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """Section 26WK(3), for the statement (to the OAIC; individuals receive its contents)."""
        return rules.content_items(incident) if recipient in ("oaic", "individuals") else ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """The 30-day assessment runs from awareness of grounds to suspect (detection)."""
        t = incident.timeline
        return t.detected_at or t.controller_aware_at


REGIME: Final = AuPrivacyRegime()
"""The Australian regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
