"""DORA Art. 2(3) exclusions, Art. 9(1)(c)-(f) of Delegated Regulation 2024/1772, Art. 19(2)."""

from __future__ import annotations

from typing import Any

import pytest

from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.model import Finding, Incident, ServiceImpact
from breachmodel.regimes._base import Reach
from breachmodel.regimes.dora import REGIME
from breachmodel.regimes.dora.classification import classify
from sector_kit import classified


def _incident(category: str = "insurance_undertaking", **facts: Any) -> Incident:
    """A French financial entity of type ``category`` (``facts``: size, findings, impact)."""
    return classified("dora", category, **facts)


@pytest.mark.parametrize(
    ("size", "reach"),
    [
        ("micro", Reach.NOT_APPLICABLE),
        ("small", Reach.NOT_APPLICABLE),
        ("medium", Reach.NOT_APPLICABLE),
        ("large", Reach.APPLICABLE),
        (None, Reach.UNDETERMINED),
    ],
)
def test_insurance_intermediaries_that_are_smes_are_excluded(
    size: str | None, reach: Reach
) -> None:
    """Art. 2(3)(e) DORA."""
    assert REGIME.applicability(_incident("insurance_intermediary", size=size)).reach is reach


def test_a_recorded_exclusion_takes_the_entity_out_citing_its_point() -> None:
    """Art. 2(3)(c): IORPs with no more than 15 members in total."""
    exempt = (Finding(regime="dora", fact="exemption", value="small_iorp", source="register"),)
    found = REGIME.applicability(
        _incident("institution_for_occupational_retirement_provision", findings=exempt)
    )
    assert found.reach is Reach.NOT_APPLICABLE
    assert [str(c) for c in found.reasons[0].citations] == ["DORA, Art. 2(3)(c)"]


def test_an_unknown_exclusion_is_refused_naming_the_field() -> None:
    bad = (Finding(regime="dora", fact="exemption", value="tiny"),)
    with pytest.raises(ValueError, match=r"findings\[dora/exemption\]\.value: 'tiny'"):
        REGIME.applicability(_incident(findings=bad))


def test_counterparts_or_transactions_meet_the_clients_criterion() -> None:
    """Art. 9(1)(c)-(f): with Art. 9(5)(a) data losses, two thresholds are met: major."""
    impact = ServiceImpact(critical_services_affected=True, clients_affected=10, data_losses=True)
    assert classify(impact, others=True).major is True
    assert "clients affected" in classify(impact, others=True).met


def test_unrecorded_counterparts_are_assumed_not_met_and_said_so() -> None:
    impact = ServiceImpact(clients_affected=10, clients_total=1_000)
    texts = [r.text for r in classify(impact).reasons]
    assert any("assumed not met" in t for t in texts)


def test_the_voluntary_threat_notification_is_never_owed() -> None:
    """Art. 19(2): voluntary; no deadline."""
    threat = (Finding(regime="dora", fact="significant_cyber_threat", answer=True),)
    det = assess(_incident(findings=threat))["dora.art19.voluntary_threat_notification"]
    assert det.outcome is Outcome.NOT_REQUIRED
    assert det.deadline is None
    assert "may, on a voluntary basis" in det.reasons[0].text


def test_recurring_incidents_are_one_major_incident_but_not_for_microenterprises() -> None:
    """Art. 8(2) of Delegated Regulation 2024/1772, last subparagraph."""
    impact = ServiceImpact(critical_services_affected=True, malicious_access=False)
    recorded = (Finding(regime="dora", fact="recurring_incidents", answer=True),)
    initial = "dora.art19.initial_notification"
    medium = assess(_incident(size="medium", findings=recorded, impact=impact))[initial]
    micro = assess(_incident(size="micro", findings=recorded, impact=impact))[initial]
    assert medium.outcome is Outcome.REQUIRED
    assert micro.outcome is not Outcome.REQUIRED
    assert any("does not apply to microenterprises" in r.text for r in micro.reasons)
