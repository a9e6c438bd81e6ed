"""Assumptions, sensitivities and what-if: each listed sensitivity really changes the outcome.

The property test draws arbitrary valid incidents, assesses them, and applies every listed
sensitivity's changes: the determination must then have exactly the outcome the
sensitivity announced. Example tests pin the change language, the what-if view in Python
and on the command line, and the rendering of assumptions and sensitivities.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from breachmodel import load, what_if
from breachmodel._sensitivity import apply_changes, parse_change
from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.model import Incident
from breachmodel.output_schema import assessment_schema
from breachmodel.regimes.gdpr.options import GdprOptions, Unknowns
from scenario_kit import incident_of
from strategies import incidents

ROOT = Path(__file__).resolve().parent.parent
AS_OF = datetime(2024, 6, 1, 12, tzinfo=UTC)
EMAIL = ROOT / "examples" / "misdirected-email.json"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(incidents())
def test_every_listed_sensitivity_flips_the_outcome_when_applied(incident: Incident) -> None:
    result = assess(incident, as_of=AS_OF)
    for det in result.determinations:
        for sensitivity in det.sensitivities:
            changed = assess(apply_changes(incident, sensitivity.changes), as_of=AS_OF)
            assert changed[det.id].outcome is sensitivity.outcome, (det.id, sensitivity)
            assert sensitivity.outcome is not det.outcome


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(incidents())
def test_assumptions_never_name_a_recorded_or_open_fact(incident: Incident) -> None:
    risk = assess(incident, sensitivities=False).risk
    assumed = {a.path for a in risk.assumptions}
    assert not assumed & {m.path for m in risk.missing_facts}


class TestChangeLanguage:
    def test_words_and_json_values(self) -> None:
        assert parse_change("subjects[].vulnerable=yes") == ("subjects[].vulnerable", True)
        assert parse_change("subjects.total=150000") == ("subjects.total", 150000)
        assert parse_change('effects.confidentiality={"exfiltration": "confirmed"}') == (
            "effects.confidentiality",
            {"exfiltration": "confirmed"},
        )

    @pytest.mark.parametrize("text", ["children", "=true", "subjects..x=1", "Subjects=1"])
    def test_malformed_changes_say_how_to_write_them(self, text: str) -> None:
        with pytest.raises(ValueError, match="write FACT=VALUE"):
            parse_change(text)

    def test_a_change_that_designates_nothing_is_refused(self) -> None:
        with pytest.raises(ValueError, match=r"has no 'data\[health\]\.note'"):
            apply_changes(load(EMAIL), ["data[health].note=x"])

    def test_a_change_that_breaks_the_file_names_the_field(self) -> None:
        with pytest.raises(ValueError, match="exfiltration"):
            apply_changes(load(EMAIL), ["effects.confidentiality.exfiltration=perhaps"])

    def test_counts_take_a_bare_number_and_total_spreads_over_groups(self) -> None:
        changed = apply_changes(load(EMAIL), ["subjects.total=5000"])
        assert changed.total_subjects.best == 5000


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "breachmodel", "assess", str(EMAIL), *args],
        capture_output=True,
        text=True,
        check=False,
    )


class TestWhatIf:
    def test_python_what_if_shows_the_difference(self) -> None:
        result = what_if(load(EMAIL), ["effects.confidentiality.recipient_count=500"])
        diffs = {d.id: (d.before, d.after) for d in result.differences}
        assert diffs["gdpr.art34.communicate_subjects"] == (
            Outcome.NOT_REQUIRED,
            Outcome.REQUIRED,
        )
        assert "NOT REQUIRED -> REQUIRED" in result.to_text()
        assert "| Risk level (`risk`) | risk | high |" in result.to_markdown()
        data = json.loads(result.to_json())
        assert data["changes"] == ["effects.confidentiality.recipient_count=500"]
        jsonschema.validate(data["after"], assessment_schema())

    def test_no_change_says_so(self) -> None:
        result = what_if(load(EMAIL), ["effects.confidentiality.recipient_count=2"])
        assert result.differences == ()
        assert "No outcome changes." in result.to_text()

    def test_cli_what_if_is_repeatable(self) -> None:
        proc = _cli(
            "--what-if",
            "effects.confidentiality.recipient_count=500",
            "--what-if",
            "subjects[].includes_children=true",
        )
        assert proc.returncode == 0, proc.stderr
        first = proc.stdout.splitlines()[0]
        assert first == (
            "What if: effects.confidentiality.recipient_count=500; "
            "subjects[].includes_children=true"
        )
        assert "gdpr.art34.communicate_subjects): NOT REQUIRED -> REQUIRED" in proc.stdout

    def test_cli_what_if_error_is_a_usage_error(self) -> None:
        proc = _cli("--what-if", "x")
        assert proc.returncode == 2
        assert "write FACT=VALUE" in proc.stderr

    def test_cli_unknowns_option_is_shown_in_the_result(self) -> None:
        proc = _cli(
            "--detail",
            "--unknowns",
            "adverse",
        )
        assert proc.returncode == 0, proc.stderr
        assert "Unknown facts: adverse reading" in proc.stdout
        assert "unknowns=adverse" in proc.stdout


class TestRendering:
    def test_assumptions_and_sensitivities_in_every_format(self) -> None:
        result = assess(load(EMAIL))
        det = result["gdpr.art34.communicate_subjects"]
        assert det.assumptions
        assert det.sensitivities
        assumption = str(det.assumptions[0])
        assert assumption.startswith("assumed: ")
        sensitivity = str(det.sensitivities[0])
        assert sensitivity.startswith("would become REQUIRED if ")
        for rendered in (result.to_text(), det.to_text()):
            assert "Assumptions:" in rendered
            assert assumption in rendered
            assert "What would change the outcome:" in rendered
            assert sensitivity in rendered
        assert "What would change the outcome:" in det.to_markdown()
        assert "What would change the outcome:" in result.to_html()
        data = result.to_dict()
        jsonschema.validate(data, assessment_schema())
        art34 = next(d for d in data["determinations"] if d["id"] == det.id)
        assert art34["sensitivities"][0]["outcome"] == "required"
        assert data["risk"]["assumptions"][0]["assumed"]
        assert data["options"]["unknowns"] == "typical"

    def test_adverse_reading_assumes_nothing(self) -> None:
        result = assess(load(EMAIL), options=GdprOptions(unknowns=Unknowns.ADVERSE))
        assert result.risk.assumptions == ()
        assert all(not d.assumptions for d in result.determinations)

    def test_sensitivities_can_be_skipped_for_bulk_runs(self) -> None:
        result = assess(load(EMAIL), sensitivities=False)
        assert all(not d.sensitivities for d in result.determinations)


def test_a_documented_conclusion_is_offered_where_art_33_asks_for_one() -> None:
    # EDPB 9/2022, Annex B (ix) and E7/E8: simple data to many recipients is notified
    # unless the controller documents that the breach is unlikely to result in a risk.
    path = ROOT / "tests" / "scenarios" / "gdpr" / "annex-b-ix-students-mailing-list.toml"
    incident = incident_of(path)
    notify = assess(incident)["gdpr.art33.notify_authority"]
    assert [str(s) for s in notify.sensitivities] == [
        "would become NOT REQUIRED if the controller documents its conclusion that the "
        "breach is unlikely to result in a risk"
    ]
    assert notify.sensitivities[0].changes[0].startswith('judgment={"level": "unlikely"')
