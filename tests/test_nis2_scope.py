"""NIS2 scope by type and size (Arts. 2, 3) and IR 2024/2690 significance, paragraph by paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachmodel.model import Finding, Incident, ServiceImpact
from breachmodel.regimes._base import Reach
from breachmodel.regimes.nis2 import REGIME, ir2690, scope
from sector_kit import classified


def _incident(
    sector: str = "healthcare_provider",
    *,
    size: str | None = None,
    findings: tuple[Finding, ...] = (),
    impact: ServiceImpact | None = None,
) -> Incident:
    return classified(
        "nis2", scope.BY_FACTS, sector=sector, size=size, findings=findings, impact=impact
    )


def _figures(staff: int | None, turnover: int | None, balance: int | None) -> tuple[Finding, ...]:
    named = (
        ("staff_headcount", staff),
        ("annual_turnover_eur", turnover),
        ("balance_sheet_eur", balance),
    )
    return tuple(Finding(regime="nis2", fact=f, value=str(v)) for f, v in named if v is not None)


def _category(incident: Incident) -> str | None:
    found = incident.controller.classification("nis2")
    assert found is not None
    return scope.classify(incident, found).category


@pytest.mark.parametrize(
    ("staff", "turnover", "balance", "expected"),
    [
        (49, 10_000_000, 10_000_001, "out_of_scope"),  # a small enterprise: one figure <= 10 M
        (49, 10_000_001, 10_000_001, "important"),  # both figures over 10 M: medium-sized
        (50, None, None, scope.EITHER),  # 50 staff: in scope; large or not, money unknown
        (50, 1, 1, "important"),  # 50 staff, little money: medium-sized
        (249, 50_000_001, 43_000_000, "important"),  # balance sheet at the ceiling: medium
        (249, 50_000_001, 43_000_001, "essential"),  # both over the ceilings: large
        (250, None, None, "essential"),  # 250 staff: over the ceilings
        (None, 60_000_000, 50_000_000, "essential"),  # money alone exceeds the ceilings
        (None, 5_000_000, None, None),  # staff unknown, turnover small: cannot tell
        (10, None, None, None),  # few staff, money unknown: cannot tell
    ],
)
def test_annex_i_class_follows_the_size_ceilings(
    staff: int | None, turnover: int | None, balance: int | None, expected: str | None
) -> None:
    """Art. 2(1), 3(1)(a), 3(2) NIS2 with Art. 2 of the Annex to Rec. 2003/361/EC."""
    assert _category(_incident(findings=_figures(staff, turnover, balance))) == expected


def test_annex_ii_entity_is_important_even_when_large() -> None:
    """Art. 3(2): Annex II entities are important unless designated."""
    assert _category(_incident("online_marketplace", size="large")) == "important"


@pytest.mark.parametrize(
    ("sector", "size", "expected"),
    [
        ("qualified_trust_service_provider", "micro", "essential"),  # Art. 3(1)(b)
        ("tld_name_registry", "small", "essential"),  # Art. 3(1)(b)
        ("trust_service_provider", "micro", "important"),  # Art. 2(2)(a)(ii), 3(2)
        ("public_electronic_communications", "small", "important"),  # Art. 2(2)(a)(i)
        ("public_electronic_communications", "medium", "essential"),  # Art. 3(1)(c)
        ("central_public_administration", "micro", "essential"),  # Art. 3(1)(d)
    ],
)
def test_types_in_scope_regardless_of_size(sector: str, size: str, expected: str) -> None:
    """Art. 2(2)(a) and (f): in scope whatever the size; essential per Art. 3(1)(b)-(d)."""
    assert _category(_incident(sector, size=size)) == expected


def test_designation_prevails_over_size() -> None:
    """Art. 2(2)(b)-(e), Art. 3(1)(e): a designated entity is in scope whatever its size."""
    designation = Finding(regime="nis2", fact="designation", value="important", source="letter")
    assert _category(_incident("food", size="micro", findings=(designation,))) == "important"


def test_unknown_size_leaves_the_reach_undetermined_with_the_facts_to_record() -> None:
    found = REGIME.applicability(_incident())
    assert found.reach is Reach.UNDETERMINED
    paths = {m.path for m in found.missing_facts}
    assert "$.controller.classifications[nis2].size" in paths
    assert "$.findings[nis2/staff_headcount]" in paths


def test_an_unknown_entity_type_is_refused_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"classifications\[nis2\]\.sector: 'retail'"):
        REGIME.applicability(_incident("retail"))


def test_a_figure_that_is_not_a_number_is_refused_naming_the_finding() -> None:
    bad = (Finding(regime="nis2", fact="staff_headcount", value="many"),)
    with pytest.raises(ValueError, match=r"findings\[nis2/staff_headcount\]\.value"):
        REGIME.applicability(_incident(findings=bad))


def test_a_wrong_designation_is_refused() -> None:
    bad = (Finding(regime="nis2", fact="designation", value="critical"),)
    with pytest.raises(ValueError, match=r"findings\[nis2/designation\]\.value"):
        REGIME.applicability(_incident(findings=bad))


@given(staff=st.integers(0, 10_000), more=st.integers(0, 10_000))
def test_more_staff_never_lowers_the_class(staff: int, more: int) -> None:
    rank = {"out_of_scope": 0, "important": 1, "essential": 2}
    low = _category(_incident(findings=_figures(staff, 1, 1)))
    high = _category(_incident(findings=_figures(staff + more, 1, 1)))
    assert low is not None
    assert high is not None
    assert rank[high] >= rank[low]


def _loss_test(loss: float, turnover: int | None) -> bool | None:
    findings = _figures(None, turnover, None)
    impact = ServiceImpact(economic_impact_eur=loss)
    return ir2690.general(
        _incident("cloud_computing_service_provider", findings=findings, impact=impact)
    )[0].met


def test_financial_loss_uses_the_lower_of_eur_500000_and_five_percent() -> None:
    """IR 2024/2690 Art. 3(1)(a)."""
    assert _loss_test(60_000, 1_000_000) is True  # 5 % of 1 M = 50 000 < 60 000
    assert _loss_test(40_000, 1_000_000) is False
    assert _loss_test(500_001, None) is True  # over EUR 500 000 always exceeds the lower one
    assert _loss_test(400_000, None) is None  # the 5 % limit needs the turnover
    assert _loss_test(600_000, 100_000_000) is True  # 5 % is 5 M: EUR 500 000 is lower


def test_malicious_access_needs_the_capability_of_severe_disruption() -> None:
    """IR 2024/2690 Art. 3(1)(e), not (d): the access must be capable of severe disruption."""
    access = ServiceImpact(malicious_access=True)
    test = ir2690.general(_incident("cloud_computing_service_provider", impact=access))[4]
    assert test.met is None
    assert [m.path for m in test.missing] == ["$.service_impact.severe_disruption"]
    assert str(test.reason.citations[0]) == "Implementing Regulation (EU) 2024/2690, Art. 3(1)(e)"


def test_entity_criteria_keys_are_checked_against_the_entity_article() -> None:
    wrong = (Finding(regime="nis2", fact="entity_criteria", answer=True, value="slow"),)
    incident = _incident("cloud_computing_service_provider", findings=wrong)
    with pytest.raises(ValueError, match="unavailable, limited, malicious_data, data_users"):
        ir2690.specific(incident, "cloud_computing_service_provider")


def test_a_criterion_read_only_in_a_summary_says_so() -> None:
    met = (Finding(regime="nis2", fact="entity_criteria", answer=True, value="malicious_data"),)
    incident = _incident("online_marketplace", findings=met)
    test = ir2690.specific(incident, "online_marketplace")
    assert test.met is True
    assert "not its verified text" in test.reason.text
    assert [str(c) for c in test.reason.citations][
        -1
    ] == "Implementing Regulation (EU) 2024/2690, Art. 11"
