"""The US state breach laws: the table, each state's thresholds, the exceptions, the keys.

The thresholds are checked twice: against lists written here by hand (so that a typo in
the table fails), and by assessing an incident with a count just below and just above
each threshold (so that the logic reads them as the statute's comparator says).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breachmodel.assessment import Assessment, assess
from breachmodel.authorities import get_authority, recipients
from breachmodel.determination import Outcome
from breachmodel.regimes import get
from breachmodel.regimes._base import Reach
from breachmodel.regimes.us_states import BY_CODE, STATES, Provenance, Threshold
from breachmodel.regimes.us_states.analysis import markdown_table, row
from breachmodel.serialization import from_data

ROOT = Path(__file__).resolve().parent.parent
AS_OF = datetime(2026, 6, 1, tzinfo=UTC)

_CODES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI"
)
JURISDICTIONS = tuple(_CODES.split())
"""The 50 states, DC, Puerto Rico, Guam and the US Virgin Islands."""

AG_THRESHOLDS = {
    "US-AL": (1000, False), "US-AZ": (1000, False), "US-AR": (1000, False),
    "US-CA": (500, False), "US-CO": (500, True), "US-DE": (500, False), "US-DC": (50, True),
    "US-FL": (500, True), "US-HI": (1000, False), "US-IL": (500, False), "US-IA": (500, True),
    "US-MO": (1000, False), "US-NM": (1000, False), "US-ND": (250, False), "US-OK": (500, True),
    "US-OR": (250, False), "US-PA": (500, False), "US-RI": (500, False),
    "US-SC": (1000, True), "US-SD": (250, False), "US-TX": (250, True), "US-UT": (500, True),
    "US-WA": (500, False),
}  # fmt: skip
"""(number, inclusive): "more than n" is (n, False), "n or more" is (n, True)."""

AG_EVERY_BREACH = {
    "US-CT", "US-IN", "US-LA", "US-ME", "US-MD", "US-MA", "US-MT", "US-NE", "US-NH", "US-NJ",
    "US-NY", "US-NC", "US-VT", "US-VA", "US-PR",
}  # fmt: skip
"""Where the regulator is told of every breach notified to residents."""

CRA_THRESHOLDS = {
    "US-AL": (1000, False), "US-AK": (1000, False), "US-AZ": (1000, False),
    "US-CO": (1000, True), "US-DC": (1000, False), "US-FL": (1000, False),
    "US-GA": (10000, False), "US-HI": (1000, False), "US-IN": (1000, False),
    "US-KS": (1000, False), "US-KY": (1000, False), "US-ME": (1000, False),
    "US-MD": (1000, True), "US-MI": (1000, False), "US-MN": (500, False),
    "US-MO": (1000, False), "US-NV": (1000, False), "US-NH": (1000, False),
    "US-NJ": (1000, False), "US-NM": (1000, False), "US-NY": (5000, False),
    "US-NC": (1000, False), "US-OH": (1000, False), "US-OR": (1000, False),
    "US-PA": (500, True), "US-RI": (500, False), "US-SC": (1000, True), "US-SD": (1, True),
    "US-TN": (1000, False), "US-TX": (10000, False), "US-UT": (1000, True),
    "US-VT": (1000, False), "US-VA": (1000, False), "US-WV": (1000, False),
    "US-WI": (1000, True),
}  # fmt: skip

FIXED_DAYS = {
    "US-AL": 45, "US-AZ": 45, "US-CA": 30, "US-CO": 30, "US-CT": 60, "US-DE": 60, "US-FL": 30,
    "US-IN": 45, "US-LA": 60, "US-ME": 30, "US-MD": 45, "US-NM": 45, "US-NY": 30, "US-OH": 45,
    "US-OR": 45, "US-RI": 45, "US-SD": 60, "US-TN": 45, "US-TX": 60, "US-VT": 45, "US-WA": 30,
    "US-WI": 45,
}  # fmt: skip
"""Residents' notice: the fixed number of days, where the statute sets one."""

NO_HARM_EXCEPTION = {
    "US-CA", "US-GA", "US-IL", "US-MN", "US-NV", "US-ND", "US-TN", "US-TX", "US-PR", "US-VI",
}  # fmt: skip
"""Where notice is owed whatever the likelihood of harm (no risk-of-harm exception and no
harm element in the definition of a breach)."""


def _incident(code: str, n: int, **extra: Any) -> dict[str, Any]:
    count = {"precision": "exact", "value": n}
    data: dict[str, Any] = {
        "schema_version": "1.0",
        "id": "us",
        "controller": {"id": "c", "name": "C"},
        "data": [{"category": "identity"}, {"category": "national_id"}],
        "subjects": [
            {
                "kind": "customers",
                "count": count,
                "by_country": [{"country": "US", "count": count}],
                "by_subdivision": [{"subdivision": code, "count": count}],
            }
        ],
        "effects": {"confidentiality": {"exfiltration": "confirmed"}},
        "timeline": {"controller_aware_at": "2026-03-02T10:00:00-05:00"},
    }
    data.update(extra)
    return data


def _assess(data: dict[str, Any]) -> Assessment:
    return assess(from_data(data, source="test"), sensitivities=False, as_of=AS_OF)


def _outcome(a: Assessment, det_id: str) -> Outcome | None:
    found = [d for d in a.determinations if d.id == det_id]
    return found[0].outcome if found else None


def _slug(code: str) -> str:
    return code.lower().replace("-", "_")


class TestTheTable:
    def test_one_entry_per_jurisdiction(self) -> None:
        assert [s.code for s in STATES] == [
            f"US-{c}" for c in sorted(JURISDICTIONS[:-3], key=lambda c: BY_CODE[f"US-{c}"].name)
        ] + ["US-PR", "US-GU", "US-VI"]
        assert len(STATES) == len(BY_CODE) == 54

    def test_the_ag_thresholds_are_those_written_here(self) -> None:
        got = {
            s.code: (s.ag.threshold.n, s.ag.threshold.inclusive)
            for s in STATES
            if s.ag is not None and s.ag.threshold is not None
        }
        assert got == AG_THRESHOLDS
        assert {s.code for s in STATES if s.ag is not None and s.ag.threshold is None} == (
            AG_EVERY_BREACH
        )

    def test_the_cra_thresholds_are_those_written_here(self) -> None:
        got = {s.code: (s.cra.n, s.cra.inclusive) for s in STATES if s.cra is not None}
        assert got == CRA_THRESHOLDS

    def test_the_fixed_deadlines_are_those_written_here(self) -> None:
        got = {s.code: s.residents.days for s in STATES if s.residents.days is not None}
        assert got == FIXED_DAYS

    def test_the_states_without_a_harm_exception_are_those_written_here(self) -> None:
        assert {s.code for s in STATES if not s.harm_test} == NO_HARM_EXCEPTION

    def test_every_entry_says_where_its_facts_come_from(self) -> None:
        fields = {"residents", "ag", "cra", "substitute", "elements"}
        for s in STATES:
            if s.provenance is Provenance.NOT_VERIFIED:
                assert not s.checked, s.code
            else:
                assert s.source, s.code
                assert s.checked, s.code
                assert set(s.checked) <= fields, s.code
            assert s.provenance_of("elements") in Provenance

    def test_the_regulators_are_in_the_registry_with_their_source(self) -> None:
        listed = {a.id: a for a in recipients("us_states")}
        wanted = {s.ag.authority: s for s in STATES if s.ag is not None}
        assert set(listed) == set(wanted)
        for authority_id, law in wanted.items():
            found = get_authority(authority_id)
            assert found.subdivision == law.code
            assert found.timezone == law.zone
            assert found.source
            assert law.statute in found.source
            assert found.verified == (
                law.provenance is Provenance.OFFICIAL and "ag" in law.checked
            ), authority_id

    def test_a_threshold_must_be_a_number_of_residents(self) -> None:
        with pytest.raises(ValueError, match="n: a threshold is a number of residents of 1"):
            Threshold(n=0)


def _below_above(threshold: tuple[int, bool]) -> tuple[int, int]:
    n, inclusive = threshold
    return (n - 1, n) if inclusive else (n, n + 1)


@pytest.mark.parametrize("code", sorted(AG_THRESHOLDS))
def test_the_regulator_is_told_just_above_its_threshold_not_below(code: str) -> None:
    below, above = _below_above(AG_THRESHOLDS[code])
    det_id = f"us_states.{_slug(code)}.regulator"
    assert _outcome(_assess(_incident(code, below)), det_id) is Outcome.NOT_REQUIRED
    assert _outcome(_assess(_incident(code, above)), det_id) is Outcome.REQUIRED


@pytest.mark.parametrize("code", sorted(CRA_THRESHOLDS))
def test_the_cras_are_told_just_above_their_threshold_not_below(code: str) -> None:
    below, above = _below_above(CRA_THRESHOLDS[code])
    det_id = f"us_states.{_slug(code)}.cra"
    expected_below = Outcome.NOT_REQUIRED if below else None  # nobody there: not assessed
    assert _outcome(_assess(_incident(code, below)), det_id) is expected_below
    assert _outcome(_assess(_incident(code, above)), det_id) is Outcome.REQUIRED


@pytest.mark.parametrize("code", sorted(AG_EVERY_BREACH))
def test_the_regulator_is_told_of_every_breach_where_there_is_no_threshold(code: str) -> None:
    assert _outcome(_assess(_incident(code, 1)), f"us_states.{_slug(code)}.regulator") is (
        Outcome.REQUIRED
    )


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(AG_THRESHOLDS)), st.integers(1, 12_000))
def test_the_regulator_follows_the_threshold_for_any_count(code: str, n: int) -> None:
    law = BY_CODE[code]
    assert law.ag is not None
    assert law.ag.threshold is not None
    got = _outcome(_assess(_incident(code, n)), f"us_states.{_slug(code)}.regulator")
    assert got is (Outcome.REQUIRED if law.ag.threshold.met(n) else Outcome.NOT_REQUIRED)


def test_a_range_across_the_threshold_is_undetermined_and_asks_for_the_count() -> None:
    data = _incident("US-CA", 400)
    data["subjects"][0]["by_subdivision"][0]["count"] = {
        "precision": "range",
        "low": 400,
        "high": 700,
    }
    a = _assess(data)
    det = next(d for d in a.determinations if d.id == "us_states.us_ca.regulator")
    assert det.outcome is Outcome.UNDETERMINED
    assert [m.path for m in det.missing_facts] == ["$.subjects[*].by_subdivision"]


class TestPersonalInformation:
    def test_a_name_with_a_listed_element_is_personal_information(self) -> None:
        a = _assess(_incident("US-TX", 10))
        assert _outcome(a, "us_states.us_tx.residents") is Outcome.REQUIRED

    def test_an_element_without_the_name_is_not(self) -> None:
        a = _assess(_incident("US-TX", 10, data=[{"category": "national_id"}]))
        det = next(d for d in a.determinations if d.id == "us_states.us_tx.residents")
        assert det.outcome is Outcome.NOT_REQUIRED
        assert "none of the elements" in det.reasons[1].text

    def test_the_elements_are_named_in_words_not_by_their_ids(self) -> None:
        a = _assess(_incident("US-TX", 10, data=[{"category": "national_id"}]))
        text = (
            next(d for d in a.determinations if d.id == "us_states.us_tx.residents").reasons[1].text
        )
        assert "a Social Security number" in text, text
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), text

    def test_credentials_are_personal_information_alone_where_listed(self) -> None:
        data = _incident("US-CA", 10, data=[{"category": "credentials"}])
        assert _outcome(_assess(data), "us_states.us_ca.residents") is Outcome.REQUIRED
        data = _incident("US-KS", 10, data=[{"category": "credentials"}])
        assert _outcome(_assess(data), "us_states.us_ks.residents") is Outcome.NOT_REQUIRED

    def test_health_data_counts_only_where_the_state_lists_it(self) -> None:
        data = [{"category": "identity"}, {"category": "health"}]
        assert _outcome(
            _assess(_incident("US-CA", 10, data=data)), "us_states.us_ca.residents"
        ) is (Outcome.REQUIRED)
        assert _outcome(
            _assess(_incident("US-KY", 10, data=data)), "us_states.us_ky.residents"
        ) is (Outcome.NOT_REQUIRED)


class TestExceptions:
    @staticmethod
    def _encrypted(key_compromised: bool) -> dict[str, Any]:
        return {
            "encryption": {
                "applied_to_breached_data": True,
                "state_of_the_art": True,
                "key_compromised": key_compromised,
            }
        }

    def test_encrypted_data_with_a_safe_key_is_not_notified(self) -> None:
        a = _assess(_incident("US-WA", 900, measures=self._encrypted(False)))
        assert _outcome(a, "us_states.us_wa.residents") is Outcome.NOT_REQUIRED
        assert _outcome(a, "us_states.us_wa.regulator") is Outcome.NOT_REQUIRED

    def test_a_compromised_key_defeats_the_safe_harbour(self) -> None:
        a = _assess(_incident("US-WA", 900, measures=self._encrypted(True)))
        assert _outcome(a, "us_states.us_wa.residents") is Outcome.REQUIRED
        assert _outcome(a, "us_states.us_wa.regulator") is Outcome.REQUIRED

    def test_unknown_encryption_is_assumed_readable_and_says_so(self) -> None:
        a = _assess(_incident("US-WA", 10))
        det = next(d for d in a.determinations if d.id == "us_states.us_wa.residents")
        assert "$.measures.encryption" in [x.path for x in det.assumptions]

    def test_no_likely_harm_excuses_notice_only_where_the_state_allows_it(self) -> None:
        finding = [{"regime": "us_states", "fact": "no_likely_harm", "answer": True}]
        fl = _assess(_incident("US-FL", 600, findings=finding))
        assert _outcome(fl, "us_states.us_fl.residents") is Outcome.NOT_REQUIRED
        assert _outcome(fl, "us_states.us_fl.regulator") is Outcome.NOT_REQUIRED
        ca = _assess(_incident("US-CA", 600, findings=finding))
        assert _outcome(ca, "us_states.us_ca.residents") is Outcome.REQUIRED
        det = next(d for d in ca.determinations if d.id == "us_states.us_ca.residents")
        assert any("no risk-of-harm exception" in r.text for r in det.reasons)


class TestReach:
    def test_not_applicable_without_us_residents(self) -> None:
        data = _incident("US-CA", 5)
        data["subjects"] = [
            {"kind": "customers", "count": {"precision": "exact", "value": 5},
             "by_country": [{"country": "FR", "count": {"precision": "exact", "value": 5}}]}
        ]  # fmt: skip
        assert get("us_states").applicability(from_data(data, source="t")).reach is (
            Reach.NOT_APPLICABLE
        )

    def test_us_residents_without_states_leave_it_undetermined(self) -> None:
        data = _incident("US-CA", 5)
        del data["subjects"][0]["by_subdivision"]
        found = get("us_states").applicability(from_data(data, source="t"))
        assert found.reach is Reach.UNDETERMINED
        assert [m.path for m in found.missing_facts] == ["$.subjects[*].by_subdivision"]

    def test_only_the_states_where_people_live_are_assessed(self) -> None:
        a = _assess(_incident("US-OH", 3))
        assert {d.id.split(".")[1] for d in a.determinations if d.id.startswith("us_states.")} == {
            "us_oh"
        }


def test_keys_fit_the_output_schema_and_residents_are_named_by_territory() -> None:
    pattern = re.compile(r"^[a-z0-9_]+/[a-z_]+/[a-z0-9_]+$")
    a = _assess(_incident("US-NY", 6000))
    keyed = [d for d in a.determinations if d.key is not None and d.key.regime == "us_states"]
    assert [str(d.key) for d in keyed] == [
        "us_states/inform_individuals/residents_us_ny",
        "us_states/notify_authority/us_ny_ag",
        "us_states/notify_third_party/cra_us_ny",
    ]
    assert all(pattern.match(str(d.key)) for d in keyed)
    assert [d.recipients for d in keyed] == [
        ("US-NY",),
        ("us-ny-ag",),
        ("consumer_reporting_agencies",),
    ]


def test_fixed_deadlines_are_counted_in_the_state_s_time_zone() -> None:
    # Aware Mon 2 March 2026, 10:00 New York time; Washington: 30 days after discovery, so
    # the last day is Wed 1 April 2026, ending at midnight in Olympia (Pacific time, PDT).
    a = _assess(_incident("US-WA", 10))
    det = next(d for d in a.determinations if d.id == "us_states.us_wa.residents")
    assert det.deadline is not None
    assert det.deadline.due == datetime(2026, 4, 2, 6, 59, 59, 999999, tzinfo=UTC)


def test_the_result_lists_each_state_with_its_provenance() -> None:
    a = _assess(_incident("US-TX", 300))
    (analysis,) = [x for r in a.regimes if r.regime == "us_states" for x in r.analyses]
    data = analysis.to_dict()  # type: ignore[attr-defined]
    assert data["states"] == [{**row(BY_CODE["US-TX"]), "residents": 300}]
    assert data["states"][0]["provenance"] == "secondary_source"
    text = json.dumps(data)
    assert "250 or more" in text


def test_the_law_page_table_is_the_table() -> None:
    page = (ROOT / "docs" / "law" / "us_states.md").read_text(encoding="utf-8")
    assert markdown_table() in page
    counts = {p: sum(1 for s in STATES if s.provenance is p) for p in Provenance}
    for p, n in counts.items():
        assert f"| {p.value.replace('_', ' ')} | {n} |" in page


class TestAmendmentsByDiscoveryDate:
    """A fixed period or a notice an amendment created applies from its effective date."""

    @staticmethod
    def _at(code: str, n: int, aware: str) -> Assessment:
        data = _incident(code, n, timeline={"controller_aware_at": aware})
        return assess(from_data(data, source="test"), sensitivities=False, as_of=AS_OF)

    @staticmethod
    def _deadline(a: Assessment, det_id: str) -> tuple[bool, str | None]:
        found = next(d for d in a.determinations if d.id == det_id)
        dl = found.deadline
        assert dl is not None
        return dl.open_ended, None if dl.due is None else dl.due_local_iso

    @pytest.mark.parametrize(
        ("code", "before", "from_day", "due"),
        [
            ("US-CA", "2025-12-31T23:00:00-08:00", "2026-01-01T09:00:00-08:00", "2026-01-31"),
            ("US-NY", "2024-12-20T16:00:00-05:00", "2024-12-21T09:00:00-05:00", "2025-01-20"),
        ],
    )
    def test_the_residents_fixed_days_start_with_the_amendment(
        self, code: str, before: str, from_day: str, due: str
    ) -> None:
        det_id = f"us_states.{_slug(code)}.residents"
        assert self._deadline(self._at(code, 10, before), det_id) == (True, None)
        open_ended, local = self._deadline(self._at(code, 10, from_day), det_id)
        assert not open_ended
        assert local is not None
        assert local.startswith(due)

    def test_californias_fifteen_days_for_the_sample_copy_start_in_2026(self) -> None:
        det_id = "us_states.us_ca.regulator"
        earlier = self._at("US-CA", 501, "2025-12-31T23:00:00-08:00")
        assert _outcome(earlier, det_id) is Outcome.REQUIRED
        assert self._deadline(earlier, det_id)[0] is True
        later = self._at("US-CA", 501, "2026-01-01T09:00:00-08:00")
        assert self._deadline(later, det_id)[0] is False

    @pytest.mark.parametrize(
        ("aware", "owed"),
        [
            ("2025-03-20T23:30:00-04:00", False),  # 03:30 UTC on the 21st: still the 20th there
            ("2025-03-21T00:00:00-04:00", True),
        ],
        ids=["20-march-new-york-time", "21-march"],
    )
    @pytest.mark.parametrize("category", ["health", "insurance_contract"])
    def test_new_yorks_medical_and_insurance_elements_from_21_march_2025(
        self, aware: str, owed: bool, category: str
    ) -> None:
        data = _incident("US-NY", 10, timeline={"controller_aware_at": aware})
        data["data"] = [{"category": "identity"}, {"category": category}]
        found = next(d for d in _assess(data).determinations if d.id == "us_states.us_ny.residents")
        assert found.outcome is (Outcome.REQUIRED if owed else Outcome.NOT_REQUIRED)
        if not owed:
            assert any(
                "covers only for breaches discovered from that date" in r.text
                and "(from 2025-03-21)" in r.text
                and "discovered on 2025-03-20" in r.text
                for r in found.reasons
            )

    def test_new_yorks_other_elements_are_not_dated(self) -> None:
        data = _incident("US-NY", 10, timeline={"controller_aware_at": "2025-03-20T12:00:00-04:00"})
        assert _outcome(_assess(data), "us_states.us_ny.residents") is Outcome.REQUIRED

    def test_the_row_gives_each_added_elements_date(self) -> None:
        entry = row(BY_CODE["US-NY"])
        assert entry["elements_since"] == {
            "medical": "2025-03-21",
            "health_insurance": "2025-03-21",
        }
        assert row(BY_CODE["US-CA"])["elements_since"] == {}

    def test_oklahomas_attorney_general_notice_is_owed_from_2026(self) -> None:
        det_id = "us_states.us_ok.regulator"
        earlier = self._at("US-OK", 600, "2025-12-31T12:00:00-06:00")
        assert _outcome(earlier, det_id) is Outcome.NOT_REQUIRED
        found = next(d for d in earlier.determinations if d.id == det_id)
        assert "discovered from 2026-01-01" in found.reasons[0].text
        later = self._at("US-OK", 600, "2026-01-01T12:00:00-06:00")
        assert _outcome(later, det_id) is Outcome.REQUIRED
