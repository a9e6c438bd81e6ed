"""Properties of the named risk readings (docs/risk.md, "Readings the regulators divide on").

The stricter reading of each option never lowers the risk, or removes an obligation, that
the other reading gives: the defaults identity_data_severe, recipient_assurance =
unless_identity_data and unrecovered_loss = likely_disclosed against their alternatives,
and documented_conclusion = tested against the default, followed.
"""

from __future__ import annotations

from datetime import UTC, datetime

import attrs
from hypothesis import given

from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.model import AssessorJudgment, Incident, RiskLevel
from breachmodel.regimes.gdpr.options import (
    DocumentedConclusion,
    GdprOptions,
    RecipientAssurance,
    UnrecoveredLoss,
)
from breachmodel.regimes.gdpr.risk import analyse_risk
from strategies import incidents

AS_OF = datetime(2024, 6, 1, 12, tzinfo=UTC)
JUDGED_AT = datetime(2024, 6, 1, 9, tzinfo=UTC)
LEVELS = (RiskLevel.UNLIKELY, RiskLevel.RISK, RiskLevel.HIGH)
DUTIES = ("gdpr.art33.notify_authority", "gdpr.art34.communicate_subjects")

LENIENT = (
    GdprOptions(identity_data_severe=False),
    GdprOptions(recipient_assurance=RecipientAssurance.ALWAYS),
    GdprOptions(unrecovered_loss=UnrecoveredLoss.OPEN),
)
"""Each default reading's alternative, one at a time."""


def _rank(level: RiskLevel) -> int:
    return LEVELS.index(level)


@given(incidents())
def test_the_default_readings_never_lower_the_lowest_level_the_facts_allow(
    incident: Incident,
) -> None:
    facts = attrs.evolve(incident, judgment=None)
    strict_low = analyse_risk(facts).suggested_range[0]
    for options in LENIENT:
        lenient_low = analyse_risk(facts, options).suggested_range[0]
        assert _rank(strict_low) >= _rank(lenient_low), (options, strict_low, lenient_low)


@given(incidents())
def test_testing_the_documented_conclusion_never_removes_an_obligation(
    incident: Incident,
) -> None:
    tested = GdprOptions(documented_conclusion=DocumentedConclusion.TESTED)
    for level in LEVELS:
        judgment = AssessorJudgment(level=level, justification="Assessed.", by="DPO", at=JUDGED_AT)
        judged = attrs.evolve(incident, judgment=judgment)
        followed_run = assess(judged, as_of=AS_OF)
        tested_run = assess(judged, as_of=AS_OF, options=tested)
        for duty in DUTIES:
            if followed_run[duty].outcome is Outcome.REQUIRED:
                assert tested_run[duty].outcome is Outcome.REQUIRED, (level, duty)
