"""The CERT-In Directions of 28 April 2022 as a regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from breachmodel.determination import ChecklistItem, Determination
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime
from breachmodel.regimes._national import LINK_INPUTS, unlinked
from breachmodel.regimes.in_certin import rules
from breachmodel.regimes.in_certin._law import direction

__all__ = ["REGIME", "InCertInRegime"]


class InCertInRegime(BaseRegime):
    """India: CERT-In Directions under s. 70B(6) IT Act 2000, para. (ii) (6 hours)."""

    id = rules.REGIME_ID
    title = "India CERT-In Directions of 28 April 2022 (s. 70B(6) IT Act 2000)"
    label = "CERT-In (IN)"
    instruments = (
        "Directions under sub-section (6) of section 70B of the Information Technology Act, "
        "2000 (No. 20(3)/2022-CERT-In, 28 April 2022), para. (ii) and Annexure I",
    )
    findings: Mapping[str, str] = rules.FINDINGS
    prefilter_inputs = LINK_INPUTS

    def prefilter(self, incident: Incident) -> Applicability | None:
        """Not applicable, quickly, when nothing links the incident to India."""
        return unlinked(incident, rules.REGIME_ID, "IN", (direction("(ii)"),))

    def applicability(self, incident: Incident) -> Applicability:
        """A classified entity (scheme ``in_certin``) for an incident linked to India."""
        return rules.applicability(incident)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The 6-hour report and its content."""
        return rules.determinations(incident), ()

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """The reporting form's essentials, for CERT-In."""
        return rules.content_items(incident) if recipient == "cert_in" else ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """When the incident was noticed."""
        return rules.noticed_at(incident)


REGIME: Final = InCertInRegime()
"""The CERT-In regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
