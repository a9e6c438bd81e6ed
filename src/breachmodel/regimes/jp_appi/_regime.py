"""Japan's APPI Art. 26 as a regime of the registry."""

from __future__ import annotations

from typing import Final

from breachmodel.model import Incident
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes._declared import Declaration, DeclaredRegime, Ruling
from breachmodel.regimes._national import LINK_INPUTS, established_in, reach, unlinked
from breachmodel.regimes._national import started as national_started
from breachmodel.regimes.jp_appi import reports
from breachmodel.regimes.jp_appi._law import APPLIES_FROM, act
from breachmodel.regimes.jp_appi.cases import FINDINGS, REGIME_ID, reportability
from breachmodel.regimes.jp_appi.options import JpAppiOptions

__all__ = ["REGIME", "applicability"]


def _result(outcome: Reach, text: str, *cites: int) -> Applicability:
    citations = tuple(act(a) for a in cites) or (act(26, 1),)
    return reach(REGIME_ID, outcome, text, citations)


def applicability(incident: Incident) -> Applicability:
    """Whether Art. 26 reaches the incident: an operator in Japan, or people living there."""
    found = unlinked(incident, REGIME_ID, "JP", (act(26, 1),))
    if found is not None:
        return found
    here = established_in(incident, "JP")
    if incident.personal_data is False:
        return _result(Reach.NOT_APPLICABLE, "No personal data is concerned.")
    started = national_started(incident)
    if started is not None and started < APPLIES_FROM:
        return _result(
            Reach.NOT_APPLICABLE,
            "The incident predates 1 April 2022, when reports and notices under Art. 26 became mandatory.",
        )
    if here and incident.controller.public_authority:
        return _result(
            Reach.NOT_APPLICABLE,
            "An administrative organ in Japan reports under Art. 68 APPI (more than 100 people; memory, not verified), which is not encoded here: Art. 26 binds business operators.",
            68,
        )
    if here:
        return _result(
            Reach.APPLICABLE,
            "A personal information handling business operator established in Japan.",
            16,
            26,
        )
    return _result(
        Reach.APPLICABLE,
        "A business operator outside Japan handling the personal information of people in Japan in supplying them goods or services (Art. 171 APPI, extraterritorial reach; assumed from the people counted in Japan, memory, not verified).",
        171,
        26,
    )


def _determine(incident: Incident, options: JpAppiOptions) -> Ruling:
    """The reports to the PPC, their content, the notice to the people; the cases."""
    found = reportability(incident)
    return reports.determinations(incident, found, options), (found,)


REGIME: Final = DeclaredRegime(
    Declaration(
        id=REGIME_ID,
        title="Japan APPI (Act No. 57 of 2003), Art. 26",
        label="APPI (JP)",
        instruments=(
            "Act on the Protection of Personal Information (Act No. 57 of 2003), Art. 26",
            "Enforcement Rules for the Act on the Protection of Personal Information "
            "(PPC Rules No. 3 of 2016), Arts. 7-10",
        ),
        options_type=JpAppiOptions,
        findings=FINDINGS,
        # Not applicable, quickly, when nothing links the incident to Japan.
        prefilter=lambda incident: unlinked(incident, REGIME_ID, "JP", (act(26, 1),)),
        prefilter_inputs=LINK_INPUTS,
        applicability=applicability,
        determine=_determine,
        # Rules Art. 8(1) for the PPC; Rules Art. 10 for the people.
        content={"ppc": reports.content_items, "data_subjects": reports.individual_items},
        # When the operator knew of the situation.
        aware_at=reports.aware_at,
    )
)
"""The Japan APPI regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
