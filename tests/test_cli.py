"""The ``breachmodel`` command line: schema, version, usage errors, unreadable inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from breachmodel import __version__
from breachmodel.cli import build_parser, main
from breachmodel.schema import incident_schema, schema_json


def test_schema_command_prints_a_valid_draft_2020_12_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    schema = json.loads(out)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema == incident_schema()
    assert out == schema_json()


def test_schema_is_deterministic_and_sorted() -> None:
    text = schema_json()
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    first = incident_schema()
    first["title"] = "changed by a caller"
    assert incident_schema()["title"] != "changed by a caller"


def test_schema_content() -> None:
    schema = incident_schema()
    defs = schema["$defs"]
    assert schema["required"][:1] == ["schema_version"]
    assert {"id", "controller"} <= set(schema["required"])
    assert schema["additionalProperties"] is False
    assert schema["properties"]["schema_version"]["pattern"] == r"^1(\.|$)"
    # Docstrings give descriptions.
    assert defs["Count"]["description"] == "A number of people or records, with its precision."
    assert "lower bound" in defs["Count"]["properties"]["low"]["description"]
    # Validators the schema can express.
    assert defs["Establishment"]["properties"]["subdivision"]["anyOf"][0]["pattern"] == (
        r"^[A-Z]{2}-[A-Z0-9]{1,3}$"
    )
    assert defs["Count"]["properties"]["value"]["anyOf"][0]["minimum"] == 0
    # Types.
    at = defs["AuthorityNotice"]["properties"]["at"]
    assert at["format"] == "date-time"
    assert at["type"] == "string"
    vectors = defs["Cause"]["properties"]["vectors"]
    assert vectors["uniqueItems"] is True
    assert vectors["items"] == {"$ref": "#/$defs/Vector"}
    assert defs["EnisaClass"] == {
        "description": defs["EnisaClass"]["description"],
        "enum": [1, 2, 3, 4],
        "type": "integer",
    }
    # Simple defaults; no default for factories.
    assert defs["Cause"]["properties"]["intent"]["default"] == "unknown"
    assert defs["Organisation"]["properties"]["establishments"]["default"] == []
    assert "default" not in schema["properties"]["timeline"]
    for name, definition in defs.items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2024-02-01T09:30:00+01:00", True),
        ("2024-02-01T09:30:00Z", True),
        ("2024-02-01T09:30:00.123456-05:00", True),
        ("2024-02-01T09:30:00", False),
        ("2024-02-01", False),
        ("yesterday", False),
    ],
)
def test_schema_datetime_requires_an_offset(value: str, valid: bool) -> None:
    doc = {
        "schema_version": "1.0",
        "id": "X",
        "controller": {"id": "a", "name": "A"},
        "timeline": {"detected_at": value},
    }
    assert Draft202012Validator(incident_schema()).is_valid(doc) is valid


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"breachmodel {__version__}"


@pytest.mark.parametrize(
    "argv", [[], ["frobnicate"], ["validate"], ["schema", "extra"], ["--no-such-option"]]
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert "usage:" in err
    assert "Traceback" not in out + err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "validate" in out
    assert "schema" in out


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        pytest.param("", "is a directory, not an incident file", id="directory"),
        pytest.param("nope.json", "no such file", id="missing file"),
    ],
)
def test_validate_a_path_that_is_no_file(
    name: str, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{path}: {problem} @ $\n"
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (
            ("timeline", "authority_notices"),
            [{"kind": "initial", "at": "2024-02-01T09:00:00+01:00", "authority": "fr-cnill"}],
        ),
        (
            ("authority_decision",),
            {
                "kind": "require_communication",
                "at": "2024-02-03T09:00:00+01:00",
                "authority": "cnil",
            },
        ),
    ],
    ids=["notice", "decision"],
)
def test_validate_rejects_unknown_authority_ids(
    path: tuple[str, ...], value: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(
        (Path(__file__).parent.parent / "examples" / "viamedis-almerys.json").read_text("utf-8")
    )
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    file = tmp_path / "incident.json"
    file.write_text(json.dumps(data), "utf-8")
    assert main(["validate", str(file)]) == 1
    out = capsys.readouterr().out
    assert "no authority in the registry has the id" in out
    assert "did you mean 'fr-cnil'" in out
    where = (
        "$.timeline.authority_notices[0].authority"
        if len(path) == 2
        else "$.authority_decision.authority"
    )
    assert out.rstrip().endswith(f"@ {where}")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty input"),
        (b"   \n", "empty input"),
        (b"\xff\xfe\xfa", "not"),
        (b"[" * 100_000, "nested 100,000 levels deep"),
        (b'{"n": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b"null", "expected a JSON object"),
    ],
    ids=["empty", "blank", "bad-bytes", "deep-nesting", "huge-integer", "null"],
)
def test_validate_never_prints_a_traceback(
    tmp_path: Path, content: bytes, fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "incident.json"
    file.write_bytes(content)
    assert main(["validate", str(file)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert out.startswith(f"{file}: ")
    assert fragment in out


def test_console_script_and_module_agree() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "breachmodel", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"breachmodel {__version__}"


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["assess", "--help"]])
def test_the_parser_alone_stays_light(argv: list[str]) -> None:
    """Building the parser (``--help``, ``--version``) loads no rule runner, view or schema."""
    # The `scope` sub-command's parser loads breachmodel.scoping.cli, which imports the
    # assessment and the processor model at its top: they are not listed here.
    heavy = (
        "breachmodel.bulk",
        "breachmodel.views",
        "breachmodel.overview",
        "breachmodel.schema",
        "breachmodel.frames",
    )
    code = (
        "import contextlib, io, sys\n"
        "from breachmodel.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({argv!r})\n"
        f"print([m for m in {heavy!r} if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_parser_lists_every_registered_command() -> None:
    parser = build_parser()
    assert parser.parse_args(["schema"]).command == "schema"
    assert parser.parse_args(["validate", "a.json"]).files == ["a.json"]
