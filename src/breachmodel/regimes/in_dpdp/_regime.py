"""India's DPDP Act s. 8(6) with Rule 7 as a regime of the registry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

import attrs

from breachmodel.determination import ChecklistItem, Determination, Outcome, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, Reach
from breachmodel.regimes._national import LINK_INPUTS, unlinked
from breachmodel.regimes.in_dpdp import rules
from breachmodel.regimes.in_dpdp._law import DpdpOptions, act, rule

__all__ = ["REGIME", "InDpdpRegime"]

_ASSUMED: Final = Reason(
    kind=ReasonKind.INTERPRETATION,
    text="Assessed as if Rule 7 were in force (DpdpOptions(assume_in_force=True)): these "
    "duties do not yet bind for this incident's date.",
    citations=(rule(1),),
)


def _outside(det: Determination, applies: Applicability) -> Determination:
    outcome = (
        Outcome.UNDETERMINED if applies.reach is Reach.UNDETERMINED else Outcome.NOT_APPLICABLE
    )
    return attrs.evolve(
        det,
        outcome=outcome,
        reasons=applies.reasons,
        missing_facts=applies.missing_facts,
        recipients=(),
        deadline=None,
        status=None,
        clock=None,
        checklist=(),
    )


class InDpdpRegime(BaseRegime):
    """India: DPDP Act 2023 s. 8(6) with DPDP Rules 2025, Rule 7."""

    id = rules.REGIME_ID
    title = "India DPDP Act 2023, s. 8(6), with the DPDP Rules 2025, Rule 7"
    label = "DPDP (IN)"
    options_type: type[Any] | None = DpdpOptions
    instruments = (
        "Digital Personal Data Protection Act, 2023 (No. 22 of 2023), s. 8(6)",
        "Digital Personal Data Protection Rules, 2025 (G.S.R. 846(E)), Rule 7",
    )
    findings: Mapping[str, str] = rules.FINDINGS
    prefilter_inputs = LINK_INPUTS

    def prefilter(self, incident: Incident) -> Applicability | None:
        """Not applicable, quickly, when nothing links the incident to India."""
        return unlinked(incident, rules.REGIME_ID, "IN", (act(8, 6), rule(1)))

    def applicability(self, incident: Incident) -> Applicability:
        """A link to India, and Rule 7 in force on the incident's date."""
        return rules.applicability(incident)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The intimations to the Data Principals and the Board, and the detailed report."""
        dets = rules.determinations(incident)
        applies = rules.applicability(incident)
        if applies.reach is Reach.APPLICABLE:
            return dets, ()
        assumed = isinstance(options, DpdpOptions) and options.assume_in_force
        if assumed and rules.linked(incident) is None:
            return tuple(attrs.evolve(d, reasons=(_ASSUMED, *d.reasons)) for d in dets), ()
        return tuple(_outside(d, applies) for d in dets), ()

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """Rule 7(1) for the Data Principals; Rule 7(2) for the Board."""
        if recipient == "board":
            return rules.board_items(incident)
        return rules.principal_items(incident) if recipient == "data_principals" else ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """When the fiduciary became aware of the breach."""
        return rules.started_aware(incident)


REGIME: Final = InDpdpRegime()
"""The India DPDP regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
