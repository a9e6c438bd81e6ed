"""Korea's PIPA Art. 34 as a regime of the registry."""

from __future__ import annotations

from typing import Final

from breachmodel.model import Incident
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes._declared import Declaration, DeclaredRegime, Ruling
from breachmodel.regimes._national import LINK_INPUTS, established_in, reach, started, unlinked
from breachmodel.regimes.kr_pipa import rules
from breachmodel.regimes.kr_pipa._law import APPLIES_FROM, act

__all__ = ["REGIME", "applicability"]


def applicability(incident: Incident) -> Applicability:
    """Whether Art. 34 reaches the incident: a controller in Korea, or people living there."""
    cites = (act(34),)
    found = unlinked(incident, rules.REGIME_ID, "KR", cites)
    if found is not None:
        return found
    here = established_in(incident, "KR")
    if incident.personal_data is False:
        return reach(
            rules.REGIME_ID, Reach.NOT_APPLICABLE, "No personal information is concerned.", cites
        )
    when = started(incident)
    if when is not None and when < APPLIES_FROM:
        text = "The incident predates 15 September 2023: Art. 34 as amended in 2023 is encoded here, not the former rules (the old Art. 34 and the 24-hour rule for ICT providers); assess them separately."
        return reach(rules.REGIME_ID, Reach.NOT_APPLICABLE, text, cites)
    if here:
        return reach(
            rules.REGIME_ID,
            Reach.APPLICABLE,
            "A personal information controller established in Korea.",
            cites,
        )
    text = "A controller outside Korea processing the personal information of people living in Korea: PIPA applies to it (its domestic representative rules, Art. 31-2, assume so; memory, not verified)."
    return reach(rules.REGIME_ID, Reach.APPLICABLE, text, (*cites, act("31-2")))


def _determine(incident: Incident, options: object) -> Ruling:
    """The notice, the report and its content; the report grounds."""
    found = rules.grounds(incident)
    return rules.determinations(incident, found), (found,)


REGIME: Final = DeclaredRegime(
    Declaration(
        id=rules.REGIME_ID,
        title="South Korea PIPA (Act No. 10465 of 2011), Art. 34",
        label="PIPA (KR)",
        instruments=(
            "Personal Information Protection Act (Act No. 10465 of 2011, as amended 2023), Art. 34",
            "Enforcement Decree of the Personal Information Protection Act, Arts. 39-40",
        ),
        # Not applicable, quickly, when nothing links the incident to Korea.
        prefilter=lambda incident: unlinked(incident, rules.REGIME_ID, "KR", (act(34),)),
        prefilter_inputs=LINK_INPUTS,
        applicability=applicability,
        determine=_determine,
        # Art. 34(1)'s five items, for the notice and the report.
        content={"data_subjects": rules.content_items, "pipc_or_kisa": rules.content_items},
        # When the controller became aware.
        aware_at=rules.aware_at,
    )
)
"""The Korea PIPA regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
