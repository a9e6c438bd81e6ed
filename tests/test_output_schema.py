"""The assessment JSON output is covered by its JSON Schema and documented."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from breachmodel.assessment import assess
from breachmodel.output_schema import assessment_schema, assessment_schema_json
from breachmodel.serialization import load

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(
    p
    for p in (ROOT / "examples").glob("*.json")
    if '"record_type": "processor_incident"' not in p.read_text(encoding="utf-8")
)  # processor incident output is checked per controller in test_cli_assess.py


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(assessment_schema())
    assert json.loads(assessment_schema_json()) == assessment_schema()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("as_of", [None, datetime(2024, 12, 31, tzinfo=UTC)])
def test_example_output_validates(path: Path, as_of: datetime | None) -> None:
    incident = load(path)
    output = json.loads(assess(incident, as_of=as_of).to_json())
    errors = sorted(Draft202012Validator(assessment_schema()).iter_errors(output), key=str)
    assert errors == []
    assert output["format_version"] == "1.0"
    assert {d["id"] for d in output["determinations"]} >= {
        "gdpr.art33.notify_authority",
        "gdpr.art34.communicate_subjects",
    }


def test_schema_rejects_an_uncited_reason() -> None:
    output = json.loads(assess(load(EXAMPLES[0])).to_json())
    output["determinations"][0]["reasons"][0]["citations"] = []
    assert not Draft202012Validator(assessment_schema()).is_valid(output)
