"""Malformed incident files are refused with every problem located; valid ones pass."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from breachmodel.cli import main
from breachmodel.errors import InvalidIncidentError
from breachmodel.schema import incident_schema
from breachmodel.serialization import load

DATA = Path(__file__).parent / "data"
MALFORMED = DATA / "malformed"
VALID = DATA / "valid"
EXAMPLES = Path(__file__).parent.parent / "examples"

EXPECTED: dict[str, list[list[str]]] = json.loads(
    (MALFORMED / "expected.json").read_text(encoding="utf-8")
)
MALFORMED_FILES = sorted(p.name for p in MALFORMED.glob("*.json") if p.name != "expected.json")


def test_expectations_cover_every_malformed_file() -> None:
    assert sorted(EXPECTED) == MALFORMED_FILES
    assert len(MALFORMED_FILES) >= 28
    assert all(EXPECTED[name] for name in MALFORMED_FILES)


@pytest.mark.parametrize("name", MALFORMED_FILES)
def test_malformed_file_raises_with_every_expected_problem(name: str) -> None:
    with pytest.raises(InvalidIncidentError) as info:
        load(MALFORMED / name)
    problems = info.value.problems
    assert problems
    assert info.value.source == str(MALFORMED / name)
    for path, fragment in EXPECTED[name]:
        assert any(p.path == path and fragment in p.message for p in problems), (
            f"{name}: no problem at {path} containing {fragment!r}; got:\n"
            + "\n".join(str(p) for p in problems)
        )


@pytest.mark.parametrize("name", MALFORMED_FILES)
def test_validate_command_reports_malformed_file(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    file = str(MALFORMED / name)
    assert main(["validate", file]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    lines = out.splitlines()
    assert lines
    assert all(line.startswith(f"{file}: ") for line in lines), lines
    for path, fragment in EXPECTED[name]:
        assert any(line.endswith(f" @ {path}") and fragment in line for line in lines), lines


@pytest.mark.parametrize(
    "name", ["truncated.json", "not_utf8.json", "empty.json", "several_problems.json"]
)
def test_validate_command_in_a_subprocess(name: str) -> None:
    file = str(MALFORMED / name)
    result = subprocess.run(
        [sys.executable, "-m", "breachmodel", "validate", file],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1, result
    assert "Traceback" not in result.stdout + result.stderr
    for path, _fragment in EXPECTED[name]:
        assert f"{file}: " in result.stdout
        assert f" @ {path}" in result.stdout


def test_validate_reports_every_file_and_fails_if_any_is_bad(
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = str(VALID / "minimal.json")
    bad = str(MALFORMED / "negative_count.json")
    assert main(["validate", good, bad]) == 1
    out = capsys.readouterr().out
    assert f"ok: {good}" in out
    assert f"{bad}: expected a number >= 0" in out


# --- valid files ------------------------------------------------------------------------

VALID_FILES = sorted(VALID.glob("*.json"))
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def test_there_are_valid_test_files() -> None:
    assert len(VALID_FILES) >= 3


def _check_valid(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == f"ok: {path}\n"
    load(path)  # no exception
    data = json.loads(path.read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(incident_schema()).iter_errors(data))
    assert not errors, [f"{e.json_path}: {e.message}" for e in errors]


@pytest.mark.parametrize("path", VALID_FILES, ids=lambda p: p.name)
def test_valid_file_passes(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _check_valid(path, capsys)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_file_passes(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # (With no examples/*.json yet, pytest reports this test as skipped: empty parameters.)
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and data.get("record_type") == "processor_incident":
        from breachmodel.processor import load_any
        from breachmodel.schema import processor_incident_schema

        assert main(["validate", str(path)]) == 0
        assert capsys.readouterr().out == f"ok: {path}\n"
        load_any(path)  # no exception
        schema = processor_incident_schema()
        errors = list(Draft202012Validator(schema).iter_errors(data))
        assert not errors, [f"{e.json_path}: {e.message}" for e in errors]
        return
    _check_valid(path, capsys)


# --- the schema agrees with the loader on what it can express ---------------------------

_SCHEMA_DETECTABLE = [
    "wrong_type_id_number.json",
    "naive_datetime.json",
    "naive_datetime_in_list_item.json",
    "datetime_as_number.json",
    "unknown_key_top_level.json",
    "unknown_key_nested.json",
    "unknown_key_in_list_item.json",
    "unknown_key_deep.json",
    "negative_count.json",
    "negative_recipients.json",
    "float_count.json",
    "bool_instead_of_int.json",
    "string_instead_of_number.json",
    "string_instead_of_bool.json",
    "string_instead_of_list.json",
    "null_for_required_object.json",
    "missing_required_field.json",
    "unknown_enum_value.json",
    "unknown_enum_value_in_set.json",
    "duplicate_value_in_set.json",
    "top_level_array.json",
    "missing_schema_version.json",
    "wrong_schema_version.json",
    "lowercase_country_code.json",
    "empty_required_string.json",
    "several_problems.json",
]


@pytest.mark.parametrize("name", _SCHEMA_DETECTABLE)
def test_json_schema_also_refuses(name: str) -> None:
    data = json.loads((MALFORMED / name).read_text(encoding="utf-8"))
    assert not Draft202012Validator(incident_schema()).is_valid(data)


# --- hostile input: clear refusals, never a traceback or a flood ------------------------


def test_a_huge_unknown_key_is_not_echoed_in_full() -> None:
    from breachmodel.serialization import loads

    key = "k" * 100_000
    text = json.dumps({"schema_version": "1.0", "id": "X", "controller": {}, key: 1})
    with pytest.raises(InvalidIncidentError) as info:
        loads(text)
    message = str(info.value)
    assert len(message) < 2_000
    assert "(100,000 characters)" in message
    assert any(p.path.startswith("$.kkkk") for p in info.value.problems)


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_ten_thousand_deep_nesting_is_refused_clearly(opener: str) -> None:
    from breachmodel.serialization import loads

    closer = "]" if opener == "[" else "}"
    text = opener * 10_000 + "1" + closer * 10_000
    with pytest.raises(InvalidIncidentError) as info:
        loads(text)
    (problem,) = info.value.problems
    assert problem.path == "$"
    assert "nested 10,000 levels deep" in problem.message
    assert "recursion" not in problem.message


def test_bulk_lines_refuse_duplicate_keys_too(tmp_path: Path) -> None:
    from breachmodel.bulk import assess_file

    line = (MALFORMED / "duplicate_key.json").read_text(encoding="utf-8").replace("\n", " ")
    file = tmp_path / "in.jsonl"
    file.write_text(line + "\n", encoding="utf-8")
    (row,) = assess_file(file, format="incident-jsonl")
    assert row["status"] == "failed"
    assert any("@ $.timeline.controller_aware_at" in p for p in row["problems"])


def test_processor_incident_with_no_controller_is_refused() -> None:
    from breachmodel.processor import loads_any

    data = json.loads((EXAMPLES / "viamedis-almerys-processor.json").read_text(encoding="utf-8"))
    data["controllers"] = []
    with pytest.raises(InvalidIncidentError) as info:
        loads_any(json.dumps(data))
    assert any(
        p.path == "$.controllers" and "at least one controller" in p.message
        for p in info.value.problems
    ), info.value.problems


def test_instants_at_the_end_of_the_datetime_range_are_refused_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((EXAMPLES / "misdirected-email.json").read_text(encoding="utf-8"))
    data["timeline"]["controller_aware_at"] = "9999-12-31T22:00:00+00:00"
    data["timeline"].pop("authority_notices", None)
    file = tmp_path / "far.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(file)]) == 1
    assert "outside the years 1000 to 8999" in capsys.readouterr().out
    assert main(["assess", str(file)]) == 1
    assert "@ $.timeline.controller_aware_at" in capsys.readouterr().out
    example = str(EXAMPLES / "misdirected-email.json")
    assert main(["assess", example, "--as-of", "9999-12-31T23:59:59-12:00"]) == 2
    assert "--as-of: 9999-12-31T23:59:59-12:00 is outside" in capsys.readouterr().err
