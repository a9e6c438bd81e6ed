"""The HIPAA Breach Notification Rule as a regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from breachmodel.citations import Citation
from breachmodel.determination import ChecklistItem, Determination
from breachmodel.law import get as instrument
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes._base import (
    Analysis,
    Applicability,
    BaseRegime,
    Reach,
    instrument_line,
)
from breachmodel.regimes._national import outside
from breachmodel.regimes.hipaa import rules, scope
from breachmodel.regimes.hipaa._law import REGIME_ID, cfr
from breachmodel.regimes.hipaa.breach import FINDINGS, breach
from breachmodel.regimes.hipaa.clocks import discovery

__all__ = ["REGIME", "HipaaRegime"]


class HipaaRegime(BaseRegime):
    """United States: the HIPAA Breach Notification Rule, 45 CFR 164.400-414."""

    id = REGIME_ID
    title = "HIPAA Breach Notification Rule (45 CFR 164.400-414)"
    label = "HIPAA"
    instruments = (
        instrument_line(instrument("hipaa-bnr")),
        instrument_line(instrument("hhs-unsecured-phi-guidance")),
    )
    findings: Mapping[str, str] = FINDINGS
    prefilter_inputs = scope.INPUTS

    def prefilter(self, incident: Incident) -> Applicability | None:
        """Not applicable, quickly, when no role is recorded and nothing links to the US."""
        return scope.prefilter(incident)

    def applicability(self, incident: Incident) -> Applicability:
        """A covered entity or business associate, as recorded with its source."""
        return scope.applicability(incident)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The breach test, then the covered entity's or the business associate's duties."""
        applies = self.applicability(incident)
        if applies.reach is not Reach.APPLICABLE:
            return outside(rules.outside_book(incident), applies, incident), ()
        found = breach(incident)
        if scope.role(incident) == scope.BUSINESS_ASSOCIATE:
            return rules.business_associate(incident, found), (found,)
        return rules.covered_entity(incident, found), (found,)

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """§ 164.404(c), for the individuals and the media (§ 164.406(c))."""
        if recipient == "individuals" or recipient.startswith("media"):
            return rules.content_items(incident)
        return ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """The clocks run from discovery (§ 164.404(a)(2))."""
        return discovery(incident).at

    def processor_duty(self, duty: Duty) -> tuple[Citation, ...]:
        """A business associate notifies the covered entity (§ 164.410)."""
        if duty is Duty.NOTIFY_CONTROLLER:
            return (cfr("164.410", "(a)"), cfr("164.410", "(b)"))
        return ()


REGIME: Final = HipaaRegime()
"""The HIPAA regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
