"""SEC Form 8-K Item 1.05 as a regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from breachmodel.determination import ChecklistItem, Determination
from breachmodel.law import get as instrument
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, Reach, instrument_line
from breachmodel.regimes._national import outside
from breachmodel.regimes.us_sec import rules, scope
from breachmodel.regimes.us_sec._law import REGIME_ID

__all__ = ["REGIME", "UsSecRegime"]


class UsSecRegime(BaseRegime):
    """United States: SEC Form 8-K Item 1.05, material cybersecurity incidents."""

    id = REGIME_ID
    title = "SEC Form 8-K Item 1.05 (material cybersecurity incidents)"
    label = "SEC 8-K"
    instruments = (
        instrument_line(instrument("sec-form-8k")),
        instrument_line(instrument("sec-release-33-11216")),
    )
    findings: Mapping[str, str] = rules.FINDINGS
    prefilter_inputs = scope.INPUTS

    def prefilter(self, incident: Incident) -> Applicability | None:
        """Not applicable, quickly, when the organisation is not recorded as a registrant."""
        return scope.prefilter(incident)

    def applicability(self, incident: Incident) -> Applicability:
        """A registrant, from its compliance date."""
        at = rules.materiality(incident).at
        return scope.applicability(incident, None if at is None else at.date())

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The materiality determination, then the report, its content and the amendment."""
        applies = self.applicability(incident)
        if applies.reach is not Reach.APPLICABLE:
            return outside(rules.outside_book(), applies, incident), ()
        found = rules.materiality(incident)
        return rules.determinations(incident, found), (found,)

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """Item 1.05(a), for the report to the SEC."""
        return rules.content_items(incident) if recipient == "sec" else ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """The filing clock runs from the materiality determination."""
        return rules.materiality(incident).at


REGIME: Final = UsSecRegime()
"""The SEC Form 8-K regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
