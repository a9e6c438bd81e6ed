"""India's DPDP Act s. 8(6) with Rule 7 as a regime of the registry."""

from __future__ import annotations

from typing import Final

import attrs

from breachmodel.determination import Determination, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes._declared import Declaration, DeclaredRegime, Ruling
from breachmodel.regimes._national import LINK_INPUTS, unlinked
from breachmodel.regimes.in_dpdp import rules
from breachmodel.regimes.in_dpdp._law import DpdpOptions, act, rule

__all__ = ["REGIME"]

_ASSUMED: Final = Reason.interpretation(
    (
        "Assessed as if Rule 7 were in force (DpdpOptions(assume_in_force=True)): these "
        "duties do not yet bind for this incident's date."
    ),
    (rule(1),),
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


def _determine(incident: Incident, options: DpdpOptions) -> Ruling:
    """The intimations to the Data Principals and the Board, and the detailed report."""
    dets = rules.determinations(incident)
    applies = rules.applicability(incident)
    if applies.reach is Reach.APPLICABLE:
        return dets, ()
    if options.assume_in_force and rules.linked(incident) is None:
        return tuple(attrs.evolve(d, reasons=(_ASSUMED, *d.reasons)) for d in dets), ()
    return tuple(_outside(d, applies) for d in dets), ()


REGIME: Final = DeclaredRegime(
    Declaration(
        id=rules.REGIME_ID,
        title="India DPDP Act 2023, s. 8(6), with the DPDP Rules 2025, Rule 7",
        label="DPDP (IN)",
        instruments=(
            "Digital Personal Data Protection Act, 2023 (No. 22 of 2023), s. 8(6)",
            "Digital Personal Data Protection Rules, 2025 (G.S.R. 846(E)), Rule 7",
        ),
        options_type=DpdpOptions,
        findings=rules.FINDINGS,
        # Not applicable, quickly, when nothing links the incident to India.
        prefilter=lambda incident: unlinked(incident, rules.REGIME_ID, "IN", (act(8, 6), rule(1))),
        prefilter_inputs=LINK_INPUTS,
        # A link to India, and Rule 7 in force on the incident's date.
        applicability=rules.applicability,
        determine=_determine,
        # Rule 7(1) for the Data Principals; Rule 7(2) for the Board.
        content={"data_principals": rules.principal_items, "board": rules.board_items},
        # When the fiduciary became aware of the breach.
        aware_at=rules.started_aware,
    )
)
"""The India DPDP regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
