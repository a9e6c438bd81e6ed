"""The `breachmodel` logger: silent by default, warnings for importers and bulk runs,
and never a value from the input (it may be personal data)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from breachmodel.bulk import assess_file
from breachmodel.importers.veris import veris_to_incident

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "vcdb_sample.jsonl"
PERSONAL = ("Jane Q. Doe", "1 Rue de la Paix", "1 85 05 78 006 084 36", "jane@example.org")


def _veris_with_personal_data() -> Any:
    record = json.loads(SAMPLE.read_text("utf-8").splitlines()[0])
    record["victim"]["country"] = [PERSONAL[0]]  # not a country code: a warning
    record["victim"]["state"] = PERSONAL[1]
    record["timeline"]["incident"]["time"] = PERSONAL[2]
    record["attribute"]["confidentiality"]["data_disclosure"] = PERSONAL[3]
    return record


def test_the_logger_has_a_null_handler_and_prints_nothing() -> None:
    code = (
        "import logging, breachmodel.importers.veris as v\n"
        "r = v.veris_to_incident({'incident_id': 'x'}, line=1)\n"
        "h = logging.getLogger('breachmodel').handlers\n"
        "print([type(x).__name__ for x in h])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "['NullHandler']"
    assert done.stderr == ""


def test_importer_warnings_are_logged_without_values(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="breachmodel"):
        result = veris_to_incident(_veris_with_personal_data(), line=7)
    assert result.problems, "the record has values the importer does not understand"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings
    assert all(r.name == "breachmodel.importers" for r in warnings)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "record 7" in text
    assert "$.victim.country[0]" in text
    for value in PERSONAL:
        assert value not in text
    # The result itself keeps the details for the caller, who chose to read them.
    assert any(PERSONAL[0] in p.message for p in result.problems)


def test_bulk_warnings_are_logged_without_values(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bulk = tmp_path / "mixed.jsonl"
    incident = json.loads((ROOT / "examples" / "misdirected-email.json").read_text("utf-8"))
    broken = dict(incident, controller={"id": "x", "name": PERSONAL[0], "email": PERSONAL[3]})
    lines = [json.dumps(incident), json.dumps(incident), json.dumps(broken), "{" + PERSONAL[1]]
    bulk.write_text("\n".join(lines) + "\n", "utf-8")
    with caplog.at_level(logging.WARNING, logger="breachmodel"):
        rows = list(assess_file(bulk, format="incident-jsonl"))
    assert [r["status"] for r in rows][2:] == ["failed", "failed"]
    messages = [(r.name, r.getMessage()) for r in caplog.records]
    assert ("breachmodel.bulk", "record 2: incident id seen before; renamed with a #2 suffix") in (
        messages
    )
    assert any(m.startswith("record 3: not imported") for _, m in messages)
    assert any(m.startswith("record 4: not imported") for _, m in messages)
    text = "\n".join(m for _, m in messages)
    for value in PERSONAL:
        assert value not in text
