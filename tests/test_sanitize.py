"""Hostile text in an incident never forges a line, reaches a terminal raw or runs as a formula."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from breachmodel import assess
from breachmodel.bulk import write_csv, write_jsonl
from breachmodel.cli import main
from breachmodel.documents import draft, register_csv, register_json
from breachmodel.model import Incident
from breachmodel.sanitize import csv_cell, dumps_json, has_unsafe, one_line, printable
from breachmodel.serialization import from_data

EXAMPLE = Path(__file__).parent.parent / "examples" / "misdirected-email.json"

FORGED = "Risk: unlikely"
HOSTILE = f"Acme\n{FORGED}\r\x1b[2K\x1b[31mNOT REQUIRED\x00\u202egnp.exe\u2028x\x85"


def _hostile_incident(value: str = HOSTILE) -> Incident:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["id"] = "INC\n" + FORGED
    data["title"] = value
    data["controller"]["name"] = value
    data["description"] = value
    return from_data(data)


def _assert_safe(text: str) -> None:
    assert not has_unsafe(text), repr(text[:200])
    forged = [line for line in text.splitlines() if line.lstrip("-*# ").startswith(FORGED)]
    assert not forged, forged


def test_one_line_escapes_every_kind_of_hostile_character() -> None:
    out = one_line(HOSTILE)
    assert "\n" not in out
    assert not has_unsafe(out, newlines=False)
    for shown in ("\\n", "\\r", "\\x1b[2K", "\\x00", "\\u202e", "\\u2028", "\\x85"):
        assert shown in out
    assert one_line("Société Générale — «ok»\u202f!") == "Société Générale — «ok»\u202f!"


def test_printable_keeps_line_feeds_only() -> None:
    assert printable("a\nb\tc\x1b") == "a\nb\\tc\\x1b"


def test_csv_cell_neutralises_formulas_and_flattens_lines() -> None:
    assert csv_cell("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert csv_cell("=1+1\n=2") == "'=1+1\\n=2"
    assert csv_cell("\tx") == "\\tx"  # escaped: no longer starts with a tab
    assert csv_cell(-3) == -3  # numbers are data, not formulas


def test_dumps_json_is_still_the_same_json() -> None:
    data = {"name": HOSTILE}
    text = dumps_json(data)
    assert not has_unsafe(text)
    assert json.loads(text) == data


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_assessment_renderings_hold_no_forged_line(fmt: str) -> None:
    a = assess(_hostile_incident())
    text = {"text": a.to_text, "markdown": a.to_markdown, "html": a.to_html, "json": a.to_json}[
        fmt
    ]()
    _assert_safe(text)
    if fmt == "text":
        assert text.splitlines()[0].startswith("Assessment of incident INC\\nRisk: unlikely")


@pytest.mark.parametrize("kind", ["authority", "people", "public"])
@pytest.mark.parametrize("fmt", ["to_text", "to_markdown", "to_html"])
def test_drafts_hold_no_forged_line(kind: str, fmt: str) -> None:
    doc = draft(_hostile_incident(), kind=kind, force=True)
    _assert_safe(getattr(doc, fmt)())


def test_register_csv_and_json_hold_no_raw_control_character() -> None:
    inc = _hostile_incident('=HYPERLINK("http://x")\nRisk: unlikely')
    text = register_csv([inc])
    _assert_safe(text)
    rows = list(csv.reader(io.StringIO(text)))
    assert all(len(r) == len(rows[0]) for r in rows)
    assert any(cell.startswith("'=HYPERLINK") for cell in rows[1])
    _assert_safe(register_json([inc]))


def test_bulk_csv_neutralises_formulas_and_escapes_lines() -> None:
    row = {
        "record": 1,
        "id": "+cmd|' /C calc'!A0",
        "status": "failed",
        "duplicate": False,
        "risk": None,
        "outcomes": {},
        "notify_authority_due": None,
        "missing_facts": None,
        "unknown_facts": [],
        "data_categories": [],
        "problems": ["-bad\nRisk: unlikely @ $.id", "x\x1b[31m"],
    }
    out = io.StringIO()
    write_csv([row], out)
    _assert_safe(out.getvalue())
    cells = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert "'+cmd|' /C calc'!A0" in cells
    assert "'-bad\\nRisk: unlikely @ $.id | x\\x1b[31m" in cells
    out = io.StringIO()
    write_jsonl([{**row, "id": "a\u202eb\x85"}], out)
    _assert_safe(out.getvalue())
    assert json.loads(out.getvalue())["id"] == "a\u202eb\x85"


def test_validate_output_escapes_a_hostile_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / f"x\n{FORGED}\x1b[0m.json"
    name.write_text("{}", encoding="utf-8")
    assert main(["validate", str(name)]) == 1
    out = capsys.readouterr().out
    _assert_safe(out)
    assert all(line.startswith(str(tmp_path)) for line in out.splitlines())


def test_assess_command_output_is_safe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from breachmodel.serialization import dumps

    file = tmp_path / "hostile.json"
    file.write_text(dumps(_hostile_incident()), encoding="utf-8")
    assert "\\u202e" in file.read_text(encoding="utf-8")  # the file itself escapes it too
    for options in (
        ["--format", "text"],
        ["--detail"],
        ["--format", "markdown"],
        ["--format", "json"],
    ):
        assert main(["assess", str(file), *options]) == 0
        _assert_safe(capsys.readouterr().out)


def test_deadlines_text_and_calendar_hold_no_raw_control_character() -> None:
    from breachmodel.ics import render_deadlines

    inc = _hostile_incident()
    a = assess(inc)
    _assert_safe(render_deadlines(a))
    pytest.importorskip("icalendar")
    from breachmodel.ics import to_ics

    text = to_ics(a).decode("utf-8").replace("\r\n", "\n")
    _assert_safe(text)


def test_notebook_views_hold_no_raw_control_character() -> None:
    inc = _hostile_incident()
    a = assess(inc)
    for view in (inc._repr_html_(), a._repr_html_(), a.determinations[0]._repr_html_()):
        _assert_safe(view)
