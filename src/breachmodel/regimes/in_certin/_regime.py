"""The CERT-In Directions of 28 April 2022 as a regime of the registry."""

from __future__ import annotations

from typing import Final

from breachmodel.model import Incident
from breachmodel.regimes._declared import Declaration, DeclaredRegime, Ruling
from breachmodel.regimes._national import LINK_INPUTS, unlinked
from breachmodel.regimes.in_certin import rules
from breachmodel.regimes.in_certin._law import direction

__all__ = ["REGIME"]


def _determine(incident: Incident, options: object) -> Ruling:
    """The 6-hour report and its content."""
    return rules.determinations(incident), ()


REGIME: Final = DeclaredRegime(
    Declaration(
        id=rules.REGIME_ID,
        title="India CERT-In Directions of 28 April 2022 (s. 70B(6) IT Act 2000)",
        label="CERT-In (IN)",
        instruments=(
            "Directions under sub-section (6) of section 70B of the Information Technology Act, "
            "2000 (No. 20(3)/2022-CERT-In, 28 April 2022), para. (ii) and Annexure I",
        ),
        findings=rules.FINDINGS,
        # Not applicable, quickly, when nothing links the incident to India.
        prefilter=lambda incident: unlinked(incident, rules.REGIME_ID, "IN", (direction("(ii)"),)),
        prefilter_inputs=LINK_INPUTS,
        # A classified entity (scheme ``in_certin``) for an incident linked to India.
        applicability=rules.applicability,
        determine=_determine,
        # The reporting form's essentials, for CERT-In.
        content={"cert_in": rules.content_items},
        # When the incident was noticed.
        aware_at=rules.noticed_at,
    )
)
"""The CERT-In regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
