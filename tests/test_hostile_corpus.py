"""A generated corpus of hostile input files, run through every command and output format.

Each case is made at test time (nothing large is kept in the repository): a valid file
with one text field replaced by :data:`PAYLOAD` (control characters, a bidi override,
zero-width and tag characters, a line break that forges a new line, an iCalendar
``BEGIN:VEVENT``, a Markdown heading, table cell and link, an HTML script, a formula
start), or a whole file made hostile at the byte level (encodings, byte-order marks,
huge numbers, deep nesting, duplicate keys, truncation, a folder instead of a file).

Whatever the input, every command ends with an exit status and no traceback; an
invalid file is named with the path of the field at fault; no log record carries a
value from the input; and every output (text, Markdown, HTML, JSON, CSV, iCalendar,
drafts, the register, the EDPB export) holds no raw control character, no live formula
cell, no unescaped HTML and no forged line.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachmodel.cli import main
from breachmodel.sanitize import (
    FORMULA_START,
    csv_cell,
    escapes,
    has_unsafe,
    markdown_code,
    markdown_text,
    one_line,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {
    "incident": ROOT / "examples" / "misdirected-email.json",
    "us-health": ROOT / "examples" / "telehealth-four-jurisdictions.json",
    "processor-chain": ROOT / "tests" / "data" / "valid" / "processor_chain.json",
}
TOKEN = "PLANTEDq7"  # noqa: S105 - a planted value, not a password
"""Stands for a personal value: it must never reach a log record."""
PAYLOAD = (
    f"={TOKEN}\x00\x07\x1b[31m\u202e\u200b\u2060\x85\r\nBEGIN:VEVENT\n# Heading | col | "
    "[x](javascript:alert(1)) <script>alert(1)</script> &amp; \"'` \U000e0041"
)
AS_OF = "2030-01-01T00:00:00+00:00"


def _text_paths(node: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _text_paths(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _text_paths(value, (*at, i))
    elif isinstance(node, str):
        yield at


def _cases() -> Iterator[Any]:
    for seed, path in SEEDS.items():
        data = json.loads(path.read_text(encoding="utf-8"))
        for where in _text_paths(data):
            label = ".".join(map(str, where))
            yield pytest.param(seed, where, id=f"{seed}:{label}")


def _plant(data: Any, where: tuple[Any, ...]) -> Any:
    """``data`` with :data:`PAYLOAD` at ``where`` (changed in place, and returned)."""
    node = data
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = PAYLOAD
    return data


def _planted(seed: str, where: tuple[Any, ...]) -> Any:
    return _plant(copy.deepcopy(json.loads(SEEDS[seed].read_text(encoding="utf-8"))), where)


def _commands(file: str, out: Path) -> Iterator[tuple[list[str], str]]:
    """Every command and format, with the kind of output each writes."""
    for fmt in ("text", "markdown", "html", "json"):
        yield ["assess", file, "--format", fmt, "--as-of", AS_OF], fmt
    yield ["assess", file, "--detail"], "text"
    yield ["deadlines", file], "text"
    yield ["deadlines", file, "--format", "ics", "-o", str(out / "out.ics")], "ics"
    for kind in ("authority", "people", "public"):
        for fmt in ("text", "markdown", "html"):
            yield ["draft", file, "--kind", kind, "--force", "--format", fmt], fmt
    yield ["register", file, "--format", "csv"], "csv"
    yield ["register", file, "--format", "json"], "json"
    yield ["export", file, "--to", "edpb-template"], "json"


def _assert_no_markup(text: str, kind: str) -> None:
    """The payload's markup is inert in this kind of output."""
    lines = text.splitlines()
    if kind == "html":
        assert not re.search(r"<script", text, re.IGNORECASE), "live <script> in HTML"
    if kind == "markdown":
        assert not [line for line in lines if line.startswith("# Heading")], "forged heading"
    if kind == "csv":
        for row in csv.reader(io.StringIO(text)):
            live = [cell for cell in row if cell.startswith(FORMULA_START)]
            assert not live, f"formula cells: {live}"
    if kind == "ics":
        unfolded = re.sub(r"\r\n[ \t]", "", text)
        begins = [line for line in unfolded.splitlines() if line.startswith("BEGIN:VEVENT")]
        ends = [line for line in unfolded.splitlines() if line == "END:VEVENT"]
        assert len(begins) == len(ends), "forged VEVENT"
    if kind == "json" and text.strip():
        json.loads(text)
    assert not [line for line in lines if line.startswith("BEGIN:VEVENT") and kind != "ics"]


def _run(
    argv: list[str], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> tuple[int, str, str]:
    caplog.clear()
    status = main(argv)
    captured = capsys.readouterr()
    leaked = [r.getMessage() for r in caplog.records if TOKEN in r.getMessage()]
    assert not leaked, f"{argv[0]}: a value from the input in the log: {leaked[:1]}"
    assert "Traceback" not in captured.err
    assert "internal error" not in captured.out + captured.err
    return status, captured.out, captured.err


@pytest.mark.parametrize(("seed", "where"), list(_cases()))
def test_a_hostile_text_field_is_refused_or_written_inert_everywhere(
    seed: str,
    where: tuple[Any, ...],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    file = tmp_path / "in.json"
    file.write_text(json.dumps(_planted(seed, where)), encoding="utf-8")
    status, out, _err = _run(["validate", str(file)], capsys, caplog)
    if status != 0:
        assert re.search(r" @ \$", out), out
        assert not has_unsafe(out)
        return
    for argv, kind in _commands(str(file), tmp_path):
        status, out, err = _run(argv, capsys, caplog)
        assert status in (0, 1), (argv, status, err)
        if "-o" in argv:
            target = Path(argv[argv.index("-o") + 1])
            assert target.exists() == (status == 0), "a refused file leaves no output file"
            out = target.read_text(encoding="utf-8") if status == 0 else out
        if status == 1:  # refused by a rule: named by its field, like validate's lines
            assert re.search(r" @ \$\.", out + err), (argv, out, err)
        # A draft's documents are separated by a form feed, written by breachmodel itself.
        shown = out.replace("\n\f\n", "\n\n") if argv[0] == "draft" else out
        assert not has_unsafe(shown), (argv, shown[:300])
        assert not has_unsafe(err), (argv, err[:300])
        if status == 0:
            _assert_no_markup(out, kind)


# --- hostile whole files -------------------------------------------------------------

_GOOD = (ROOT / "examples" / "misdirected-email.json").read_text(encoding="utf-8")
_AWARE = "2024-05-14T10:40:00+02:00"
_COUNT = '"value": 40'


def _whole_files() -> dict[str, tuple[bytes, str]]:
    """Hostile files, each with the text its refusal must hold (empty: it is accepted)."""
    good = _GOOD.encode()
    return {
        "empty": (b"", "empty input"),
        "only-whitespace": (b"  \n\t\n", "empty input"),
        "invalid-utf8": (good[:40] + b"\xff\xfe\xc3" + good[40:], "not UTF-8"),
        "utf8-bom": (b"\xef\xbb\xbf" + good, ""),
        "utf16-bom": (_GOOD.encode("utf-16"), ""),
        "nul-in-a-key": (good.replace(b'"title"', b'"ti\x00tle"'), "not valid JSON"),
        "lone-surrogate": (
            _GOOD.replace('"Beispiel Handel GmbH"', '"\\ud800"').encode(),
            "unpaired surrogate",
        ),
        "nan": (_GOOD.replace(_COUNT, '"value": NaN').encode(), "NaN is not a JSON number"),
        "infinity": (_GOOD.replace(_COUNT, '"value": -Infinity').encode(), "not a JSON number"),
        "1e400": (_GOOD.replace(_COUNT, '"value": 1e400').encode(), "whole number"),
        "minus-zero": (_GOOD.replace(_COUNT, '"value": -0').encode(), ""),
        "2**70": (_GOOD.replace(_COUNT, f'"value": {2**70}').encode(), ""),
        "5000-digits": (
            _GOOD.replace(_COUNT, '"value": ' + "9" * 5000).encode(),
            "a number has more than 4,300 digits; no count is that large",
        ),
        "duplicate-key": (_GOOD.replace('"title":', '"title": "x", "title":').encode(), "twice"),
        "deep-arrays": (b"[" * 100_000 + b"]" * 100_000, "too deep"),
        "deep-objects": (b'{"a":' * 3000 + b"1" + b"}" * 3000, "too deep"),
        "naive-instant": (_GOOD.replace(_AWARE, "2024-05-14T10:40:00").encode(), "UTC offset"),
        "year-0": (_GOOD.replace(_AWARE, "0000-01-01T00:00:00+00:00").encode(), "ISO 8601"),
        "year-9999": (_GOOD.replace(_AWARE, "9999-12-31T23:59:59-14:00").encode(), "outside"),
        "truncated": (good[:-20], "not valid JSON"),
        "two-documents": (good + b"\n{}", "not valid JSON"),
        "top-level-list": (b"[]", "expected a JSON object"),
        "control-in-a-key": (
            _GOOD.replace('"title":', '"ti\\u0000\\u202etle":').encode(),
            "unknown field",
        ),
        "wrong-type": (_GOOD.replace(_COUNT, '"value": "40"').encode(), "integer"),
    }


_WHOLE = _whole_files()
_READERS = [
    ["validate"],
    ["assess"],
    ["assess", "--format", "json"],
    ["deadlines"],
    ["draft", "--kind", "authority"],
    ["register"],
    ["export", "--to", "edpb-template"],
]


@pytest.mark.parametrize("name", sorted(_WHOLE))
@pytest.mark.parametrize("command", _READERS, ids="-".join)
def test_a_hostile_file_is_read_or_refused_with_one_clear_line(
    name: str,
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    content, refusal = _WHOLE[name]
    file = tmp_path / f"{name}.json"
    file.write_bytes(content)
    status, out, err = _run([command[0], str(file), *command[1:]], capsys, caplog)
    if not refusal:
        assert status == 0, (out, err)
        return
    assert status == 1
    lines = (out + err).strip().splitlines()
    assert lines, "no message"
    assert refusal in lines[0], lines[0]
    assert re.search(rf"^{re.escape(str(file))}: .+ @ \$", lines[0]), lines[0]
    assert not has_unsafe(out + err)
    assert len(out + err) < 2_000


@pytest.mark.parametrize("command", _READERS, ids="-".join)
def test_a_folder_or_a_missing_file_is_named_as_such(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    assert main([command[0], str(folder), *command[1:]]) == 1
    captured = capsys.readouterr()
    assert "is a directory, not an incident file @ $" in captured.out + captured.err
    assert main([command[0], str(tmp_path / "none.json"), *command[1:]]) == 1
    captured = capsys.readouterr()
    assert "no such file @ $" in captured.out + captured.err


# --- what used to slip through ----------------------------------------------------------


def _incident(tmp_path: Path, change: dict[str, Any] | None = None) -> Path:
    data = json.loads(SEEDS["us-health"].read_text(encoding="utf-8"))
    data.update(change or {})
    file = tmp_path / "in.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    return file


def test_a_finding_for_an_unknown_regime_is_refused_by_validate_with_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(SEEDS["us-health"].read_text(encoding="utf-8"))
    data["findings"][0]["regime"] = "gdrp"
    file = _incident(tmp_path, {"findings": data["findings"]})
    for command in ("validate", "assess", "deadlines"):
        assert main([command, str(file)]) == 1
        out = capsys.readouterr().out
        assert "unknown regime 'gdrp'; known: gdpr," in out
        assert out.rstrip().endswith("@ $.findings[0].regime"), out


def test_an_unknown_classification_is_refused_by_validate_too_with_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(SEEDS["us-health"].read_text(encoding="utf-8"))
    data["controller"]["classifications"][0]["category"] = "hospital\n=1+1"
    file = _incident(tmp_path, {"controller": data["controller"]})
    for command in ("validate", "assess"):
        assert main([command, str(file)]) == 1
        out = capsys.readouterr().out
        assert "'hospital\\n=1+1' is not known; use one of covered_entity" in out
        assert out.rstrip().endswith("@ $.controller.classifications[hipaa].category")
    assert main(["draft", str(file), "--kind", "authority"]) == 1
    err = capsys.readouterr().err
    assert "@ $.controller.classifications[hipaa].category" in err
    assert not has_unsafe(err)


def test_the_edpb_export_escapes_what_it_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(SEEDS["incident"].read_text(encoding="utf-8"))
    data["id"] = "INC\x1b[2J\u202e\nforged"
    data["controller"]["name"] = "Acme\u2028\x85"
    file = tmp_path / "in.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(file), "--to", "edpb-template"]) == 0
    captured = capsys.readouterr()
    assert not has_unsafe(captured.out)
    assert not has_unsafe(captured.err)
    assert json.loads(captured.out)["incident_id"] == data["id"]
    assert captured.err.startswith("INC\\x1b[2J\\u202e\\nforged: ")


@pytest.mark.parametrize("output", ["missing-folder/out.txt", "."])
def test_an_output_that_cannot_be_written_is_one_line_naming_it(
    output: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / output)
    assert main(["assess", str(SEEDS["incident"]), "-o", target]) == 1
    err = capsys.readouterr().err
    assert err.startswith("breachmodel assess: error: "), err
    assert err.rstrip().endswith(f"({target})")
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_bug_ends_in_one_line_without_the_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from breachmodel import cli

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise KeyError("Jane Doe")  # an exception quoting a personal value

    monkeypatch.setattr(cli, "read_record", broken)
    assert main(["deadlines", str(SEEDS["incident"])]) == 1
    err = capsys.readouterr().err
    assert err.startswith("breachmodel deadlines: error: internal error (KeyError at "), err
    assert "please report it" in err
    assert "Jane Doe" not in err
    assert "Traceback" not in err


def test_ctrl_c_ends_with_status_130_and_no_output_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from breachmodel import cli

    def interrupted(*_args: Any, **_kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "render_deadlines", interrupted, raising=False)
    monkeypatch.setattr(cli, "read_record", interrupted)
    target = tmp_path / "out.txt"
    assert main(["deadlines", str(SEEDS["incident"]), "-o", str(target)]) == 130
    assert capsys.readouterr().err == "breachmodel deadlines: interrupted\n"
    assert not target.exists()
    assert not list(tmp_path.iterdir())


# --- bulk input: the HHS portal's CSV and VERIS JSON Lines ------------------------------

_HHS = ROOT / "tests" / "data" / "hhs_sample.csv"
_VERIS = ROOT / "tests" / "data" / "vcdb_sample.jsonl"


def _bulk_cases() -> Iterator[Any]:
    header = next(csv.reader(io.StringIO(_HHS.read_text(encoding="utf-8"))))
    yield from (pytest.param("hhs", column, id=f"hhs:{column}") for column in header)
    record = json.loads(_VERIS.read_text(encoding="utf-8").splitlines()[0])
    for where in _text_paths(record):
        yield pytest.param("veris", where, id="veris:" + ".".join(map(str, where)))


def _bulk_file(tmp_path: Path, kind: str, where: Any) -> Path:
    if kind == "hhs":
        rows = list(csv.reader(io.StringIO(_HHS.read_text(encoding="utf-8"))))
        rows[1][rows[0].index(where)] = PAYLOAD
        file = tmp_path / "in.csv"
        with file.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows[:3])
        return file
    first, second = _VERIS.read_text(encoding="utf-8").splitlines()[:2]
    record = _plant(json.loads(first), where)
    file = tmp_path / "in.jsonl"
    file.write_text(json.dumps(record) + "\n" + second + "\n", encoding="utf-8")
    return file


@pytest.mark.parametrize(("kind", "where"), list(_bulk_cases()))
def test_a_hostile_bulk_record_gives_inert_rows(
    kind: str,
    where: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    file = _bulk_file(tmp_path, kind, where)
    for fmt in ("csv", "jsonl"):
        target = tmp_path / f"rows.{fmt}"
        argv = ["assess", str(file), "--format", fmt, "-o", str(target), "--no-progress"]
        status, _out, err = _run(argv, capsys, caplog)
        assert status in (0, 1), err
        rows = target.read_text(encoding="utf-8")
        assert not has_unsafe(rows), rows[:300]
        assert not has_unsafe(err), err[:300]
        if fmt == "csv":
            _assert_no_markup(rows, "csv")
        else:
            assert [json.loads(line) for line in rows.splitlines()]


# --- bulk files that cannot be read, and options ----------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe" + "a,b\n".encode("utf-16-le"), "not UTF-8 text"),
        (b"Name of Covered Entity\n\xe9t\xe9\n", "not UTF-8 text"),
        (b'"' + b"x" * 200_000 + b"\n", "not a CSV file that can be read"),
    ],
)
def test_an_unreadable_hhs_file_is_one_line_naming_the_fix(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = _HHS.read_bytes().splitlines()[0]
    file = tmp_path / "in.csv"
    file.write_bytes(content if content.startswith(b"\xff") else header + b"\n" + content)
    target = tmp_path / "rows.jsonl"
    assert main(["assess", str(file), "-o", str(target), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert message in err, err
    assert "internal error" not in err
    assert not target.exists()


def test_a_folder_given_as_bulk_input_is_named_as_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in.jsonl"
    folder.mkdir()
    assert main(["assess", str(folder)]) == 1
    assert "is a folder, not a file" in capsys.readouterr().err


def test_a_huge_record_id_is_not_echoed_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "in.jsonl"
    file.write_text(json.dumps({"incident_id": "a" * 1_000_000}) + "\n", encoding="utf-8")
    assert main(["assess", str(file), "--input-format", "veris", "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "(1,000,000 characters)" in err
    assert len(err) < 20_000


@pytest.mark.parametrize("hours", ["nan", "inf", "1e400", "1e12", "0", "-3"])
def test_an_alarm_that_is_no_number_of_hours_is_a_usage_error(
    hours: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("icalendar")
    argv = ["deadlines", str(SEEDS["incident"]), "--format", "ics", "--alarm", hours]
    assert main(argv) == 2
    assert "--alarm: expected a number of hours above 0, at most 8784" in capsys.readouterr().err


def test_a_text_language_that_is_no_language_code_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["draft", str(SEEDS["incident"]), "--kind", "authority", "--text-lang", "\x1b[2Jxx"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert "text_lang: '\\x1b[2Jxx' is not an ISO 639-1 language code" in captured.err
    assert not has_unsafe(captured.out + captured.err)


@pytest.mark.parametrize(
    ("where", "path"),
    [
        (("controller", "establishments", 0, "country"), "$.controller.establishments[0].country"),
        (("cause", "intent"), "$.cause.intent"),
        (("timeline", "controller_aware_at"), "$.timeline.controller_aware_at"),
        (("data", 0, "category"), "$.data"),
    ],
)
def test_a_huge_value_is_not_echoed_in_full(
    where: tuple[Any, ...], path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(_GOOD)
    node = data
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = "X" * 1_000_000
    file = tmp_path / "in.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(file)]) == 1
    out = capsys.readouterr().out
    assert len(out) < 3_000
    assert "characters) ..." in out
    assert out.rstrip().endswith(f"@ {path}")


def test_an_unreadable_bulk_file_on_standard_input_is_named_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe\x00")))
    assert main(["assess", "-", "--input-format", "hhs"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("breachmodel assess: <stdin>: not UTF-8 text"), err
    assert err.count("\n") == 1


# --- the sanitisers, for any text --------------------------------------------------------


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_any_text_is_one_inert_line_in_every_sanitiser(text: str) -> None:
    for shown in (one_line(text), markdown_text(text), markdown_code(text, in_table=True)):
        assert not has_unsafe(shown, newlines=False), repr(shown)
    cell = csv_cell(text)
    assert isinstance(cell, str)
    assert not cell.startswith(FORMULA_START)
    assert not has_unsafe(cell, newlines=False)


@given(st.text(st.sampled_from("`a|\n ")))
def test_no_text_closes_its_markdown_code_span_early(text: str) -> None:
    code = markdown_code(text)
    fence = re.match("`+", code)
    assert fence is not None
    inner = code[len(fence.group()) : -len(fence.group())]
    assert code.endswith(fence.group())
    assert fence.group() not in re.findall("`+", inner), code


def test_the_sql_escapes_are_the_sanitisers() -> None:
    for ch, shown in escapes():
        assert one_line(ch) == shown != ch
    assert one_line("\U000e0041") == "\\U000e0041"
    assert "\u200d" not in dict(escapes())  # the zero-width joiner is kept
