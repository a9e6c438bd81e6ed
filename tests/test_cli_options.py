"""Command-line conventions: `-` for standard input, -o/--output everywhere, refusals,
--fail-on exit codes, --as-of warnings, schema --kind, shell completion."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from breachmodel.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SINGLE = EXAMPLES / "viamedis-almerys.json"
PROCESSOR = EXAMPLES / "viamedis-almerys-processor.json"
AS_OF = "2024-02-01T12:00:00+01:00"
LATE = "2024-02-10T12:00:00+01:00"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


Feed = Callable[[Path], None]


@pytest.fixture
def stdin_from(monkeypatch: pytest.MonkeyPatch) -> Feed:
    def feed(path: Path) -> None:
        monkeypatch.setattr(sys, "stdin", _Stdin(path.read_bytes()))

    return feed


def test_dash_reads_standard_input(stdin_from: Feed, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(SINGLE), "--as-of", AS_OF, "--format", "json"]) == 0
    from_file = capsys.readouterr().out
    stdin_from(SINGLE)
    assert main(["assess", "-", "--as-of", AS_OF, "--format", "json"]) == 0
    assert capsys.readouterr().out == from_file
    stdin_from(SINGLE)
    assert main(["validate", "-"]) == 0
    assert capsys.readouterr().out == "ok: <stdin>\n"


def test_dash_reads_invalid_standard_input_with_problem_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b'{"schema_version": "1.0"}'))
    assert main(["validate", "-"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("<stdin>: ")
    assert " @ $" in out


def test_dash_reads_bulk_standard_input_with_input_format(
    stdin_from: Feed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bulk = tmp_path / "two.jsonl"
    bulk.write_text(
        "\n".join(json.dumps(json.loads(SINGLE.read_text("utf-8"))) for _ in range(2)) + "\n"
    )
    stdin_from(bulk)
    assert main(["assess", "-", "--input-format", "incident", "--no-progress"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    assert main(["assess", "-", "--format", "csv"]) == 2
    assert "--input-format" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", str(SINGLE)],
        ["assess", str(SINGLE), "--as-of", AS_OF],
        ["assess", str(PROCESSOR), "--format", "html"],
        ["schema", "--kind", "assessment"],
        ["draft", str(SINGLE), "--kind", "people"],
        ["register", str(SINGLE), "--format", "json"],
        ["completion", "bash"],
    ],
    ids=lambda argv: "-".join(a for a in argv if not a.startswith(("/", "2")))[:40],
)
def test_output_option_works_for_every_command(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(argv)
    expected = capsys.readouterr().out
    out = tmp_path / "out.txt"
    assert main([*argv, "-o", str(out)]) == status
    assert capsys.readouterr().out == ""
    assert out.read_text("utf-8") == expected
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"], "no temporary file left"


def test_every_command_has_an_output_option() -> None:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(action.choices) >= {"validate", "assess", "draft", "register", "schema"}
    for name, sub in action.choices.items():
        assert any("--output" in a.option_strings for a in sub._actions), name


@pytest.mark.parametrize(
    "option", [["--summary-only"], ["--processes", "2"], ["--no-progress"]], ids=str
)
def test_single_incident_refuses_bulk_only_options(
    option: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", str(SINGLE), *option]) == 2
    err = capsys.readouterr().err
    assert f"{option[0]} is for bulk input" in err


def test_draft_controller_on_an_incident_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(SINGLE), "--kind", "authority", "--controller", "nobody"]) == 1
    err = capsys.readouterr().err
    assert "no controller 'nobody'" in err
    assert "'mutuelle-exemple'" in err
    assert main(["draft", str(SINGLE), "--kind", "authority"]) == 0
    plain = capsys.readouterr().out
    assert (
        main(["draft", str(SINGLE), "--kind", "authority", "--controller", "mutuelle-exemple"]) == 0
    )
    assert capsys.readouterr().out == plain


def test_schema_kind_and_its_deprecated_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--kind", "processor"]) == 0
    new = capsys.readouterr()
    assert main(["schema", "--output", "processor"]) == 0
    old = capsys.readouterr()
    assert old.out == new.out
    assert "processor" in json.loads(new.out)["title"].lower()
    assert new.err == ""
    assert "deprecated" in old.err
    assert "--kind processor" in old.err


@pytest.mark.parametrize(
    ("conditions", "as_of", "status"),
    [
        (["overdue"], AS_OF, 0),
        (["overdue"], LATE, 3),
        (["late"], LATE, 3),
        # Viamedis told two insurers more than 24 hours after it knew: late (Art. 33(2), E6).
        (["late"], AS_OF, 3),
        (["undetermined"], AS_OF, 0),
    ],
)
def test_fail_on_exit_status(
    conditions: list[str], as_of: str, status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["assess", str(PROCESSOR), "--as-of", as_of]
    for condition in conditions:
        argv += ["--fail-on", condition]
    assert main(argv) == status
    err = capsys.readouterr().err
    assert (f"--fail-on {conditions[0]}: " in err) == (status == 3)


def test_fail_on_undetermined(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(SINGLE.read_text("utf-8"))
    data["timeline"].pop("controller_aware_at", None)
    data["timeline"].pop("processor_notified_controller_at", None)
    path = tmp_path / "unaware.json"
    path.write_text(json.dumps(data), "utf-8")
    assert main(["assess", str(path), "--fail-on", "undetermined"]) == 3
    assert "--fail-on undetermined: Mutuelle Exemple: " in capsys.readouterr().err
    assert main(["assess", str(path)]) == 0


def test_fail_on_overdue_needs_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(SINGLE), "--fail-on", "overdue"]) == 2
    assert "needs --as-of" in capsys.readouterr().err


def test_as_of_before_awareness_warns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(SINGLE), "--as-of", "2024-01-01T00:00:00+01:00"]) == 0
    err = capsys.readouterr().err
    assert "warning: --as-of 2024-01-01T00:00:00+01:00 is before Mutuelle Exemple" in err
    assert main(["assess", str(SINGLE), "--as-of", AS_OF]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("shell", ["bash", "zsh", "tcsh"])
def test_completion_scripts_name_the_commands(
    shell: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    options = () if shell == "tcsh" else ("--fail-on", "--detail", "--output")  # tcsh: commands
    for word in ("assess", "validate", *options):
        assert word in script


def test_draft_as_of_before_awareness_warns(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["draft", str(SINGLE), "--kind", "authority", "--as-of", "2023-12-01T00:00:00Z"]
    assert main(argv) == 0
    assert "warning: --as-of 2023-12-01T00:00:00+00:00 is before" in capsys.readouterr().err
