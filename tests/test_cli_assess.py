"""`breachmodel assess`: exit 0 whatever the outcome, 1 on invalid input, 2 on usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from breachmodel.cli import main
from breachmodel.output_schema import assessment_schema

ROOT = Path(__file__).resolve().parents[1]
SINGLE = sorted(
    p for p in (ROOT / "examples").glob("*.json") if "record_type" not in p.read_text("utf-8")
)
MALFORMED = sorted((ROOT / "tests" / "data" / "malformed").glob("*.json"))
AS_OF = "2024-02-01T12:00:00+01:00"


@pytest.mark.parametrize("path", SINGLE, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_assess_each_example_in_each_format(
    path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    detail = ["--detail"] if fmt == "text" else []  # plain text is a summary without it
    assert main(["assess", str(path), "--as-of", AS_OF, "--format", fmt, *detail]) == 0
    out = capsys.readouterr().out
    assert "gdpr.art33.notify_authority" in out
    if fmt == "json":
        data = json.loads(out)
        assert list(Draft202012Validator(assessment_schema()).iter_errors(data)) == []
        assert data["as_of"] == AS_OF


def test_assess_json_equals_the_library_output(capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import datetime

    from breachmodel import assess, load

    path = ROOT / "examples" / "misdirected-email.json"
    assert main(["assess", str(path), "--format", "json", "--as-of", AS_OF]) == 0
    expected = assess(load(path), as_of=datetime.fromisoformat(AS_OF)).to_json()
    assert capsys.readouterr().out == expected


def test_assess_processor_incident_gives_one_assessment_per_controller(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = ROOT / "examples" / "viamedis-almerys-processor.json"
    assert main(["assess", str(path), "--as-of", AS_OF, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    controllers = json.loads(path.read_text("utf-8"))["controllers"]
    per_controller = data["per_controller"]
    assert len(per_controller) == len(controllers) >= 6
    assert len(data["processor_duties"]) == len(controllers)
    validator = Draft202012Validator(assessment_schema())
    for one in per_controller:
        assert list(validator.iter_errors(one)) == []
    authorities = {
        tuple(x["id"] for x in one["authorities"]["authorities"]) for one in per_controller
    }
    assert ("be-apd-gba",) in authorities
    assert ("fr-cnil",) in authorities
    dues = {one["determinations"][0]["deadline"]["due"] for one in per_controller}
    assert len(dues) > 1, "each controller has its own 72-hour clock"


@pytest.mark.parametrize("path", MALFORMED, ids=lambda p: p.name)
def test_assess_invalid_file_exits_1_with_validate_lines(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", str(path)]) == 1
    out = capsys.readouterr().out
    assert out
    assert all(line.startswith(f"{path}: ") and " @ $" in line for line in out.splitlines())
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == out


@pytest.mark.parametrize("as_of", ["2024-02-01T12:00:00", "yesterday"])
def test_assess_bad_as_of_is_a_usage_error(as_of: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(SINGLE[0]), "--as-of", as_of]) == 2
    assert "--as-of" in capsys.readouterr().err


def test_assess_runs_as_a_program_without_traceback() -> None:
    bad = MALFORMED[0]
    proc = subprocess.run(
        [sys.executable, "-m", "breachmodel", "assess", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr


def test_interpretation_options_reach_the_rules(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "examples" / "viamedis-almerys.json"
    assert main(["assess", str(path), "--format", "json"]) == 0
    default = json.loads(capsys.readouterr().out)
    args = ["--format", "json", "--counting", "reg_1182_71", "--ruleset",
            "digital-omnibus-2025-proposal", "--no-enisa-pointer"]  # fmt: skip
    assert main(["assess", str(path), *args]) == 0
    chosen = json.loads(capsys.readouterr().out)
    assert default["options"]["counting"] == "elapsed"
    assert chosen["options"] == {
        **default["options"],
        "counting": "reg_1182_71",
        "ruleset": "digital-omnibus-2025-proposal",
        "enisa_pointer": False,
    }
    assert chosen["ruleset"].startswith("digital-omnibus-2025-proposal/")
    notify = chosen["determinations"][0]
    # 96 hours under the proposal; awareness at 18:00 Paris time (17:00 UTC) on 30 January
    # 2024; Reg. 1182/71 leaves out the hour of the event, so the period runs from 19:00.
    assert notify["deadline"]["due"] == "2024-02-03T18:00:00+00:00"
