"""Hostile mappings and member tables: one clear error, or an inert manifest."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from breachmodel.cli import main
from breachmodel.sanitize import FORMULA_START, has_unsafe
from breachmodel.scoping import load_mapping
from breachmodel.scoping._mapping import MappingError
from scoping_tables import SCOPED_AS_OF, SCOPED_INCIDENT

MAPPING = """
[columns]
person_id = "member_id"
controller_id = "insurer"
country = "country"

[channels]
postal = "has_address"
"""
HEADER = ("member_id", "insurer", "country", "has_address")
GOOD = ("m1", "mutuelle-horizon", "FR", "true")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (MAPPING.replace('"member_id"', "5").encode(), "person_id: expected a name in quotes"),
        (MAPPING.replace("[channels]", "channels = [1]\n[x]").encode(), "unknown section [x]"),
        (b"languages = [1]\n" + MAPPING.encode(), "[languages] must be a table"),
        (MAPPING.replace('"has_address"', "true").encode(), "channels.postal: expected a name"),
        (MAPPING.encode() + b"\n[defaults]\nunique_ids = 1" + b"0" * 5000, "too long"),
        (MAPPING.encode() + b"\n# \xff\n", "cannot read the mapping"),
        (MAPPING.replace('"member_id"', '"id\\"; DROP TABLE x; --"').encode(), "not a usable"),
        (MAPPING.replace('"member_id"', '"id\\u0000\\u202e"').encode(), "not a usable"),
    ],
)
def test_a_hostile_mapping_is_one_error_naming_the_key(
    content: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "mapping.toml"
    path.write_bytes(content)
    with pytest.raises(MappingError) as info:
        load_mapping(path)
    assert message in str(info.value)
    assert not has_unsafe(repr(str(info.value)))


def test_a_mapping_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mapping.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MAPPING.encode())
    assert load_mapping(path).person_id == "member_id"


def test_a_mapping_that_is_a_folder_is_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(MappingError, match="is a folder; give the TOML file"):
        load_mapping(tmp_path)


def test_hostile_person_ids_are_escaped_in_the_csv_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = ["=1+1\r\nm2", "a\x00b\x1b[2J", "\u202egnp.exe", "-5\u2028x", "plain"]
    table = tmp_path / "people.csv"
    with table.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *[(i, *GOOD[1:]) for i in ids]])
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    out = tmp_path / "out"
    argv = ["scope", SCOPED_INCIDENT, str(table), "--mapping", str(mapping), "-o", str(out)]
    assert main([*argv, "--as-of", SCOPED_AS_OF, "--csv"]) == 0
    capsys.readouterr()
    (file,) = (out / "manifest-csv").rglob("*.csv")
    text = file.read_text(encoding="utf-8")
    assert not has_unsafe(text)
    rows = list(csv.DictReader(io.StringIO(text)))
    written = {r["person_id"] for r in rows}
    assert written == {
        "'=1+1\\r\\nm2",
        "a\\x00b\\x1b[2J",
        "\\u202egnp.exe",
        "'-5\\u2028x",
        "plain",
    }
    assert not [r for r in rows if r["person_id"].startswith(FORMULA_START)]


def test_an_output_folder_that_is_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "people.csv"
    table.write_text(",".join(HEADER) + "\n" + ",".join(GOOD) + "\n", encoding="utf-8")
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    out = tmp_path / "out"
    out.write_text("keep me", encoding="utf-8")
    argv = ["scope", SCOPED_INCIDENT, str(table), "--mapping", str(mapping), "-o", str(out)]
    assert main([*argv, "--as-of", SCOPED_AS_OF]) == 2
    assert f"--out {out} is a file; give a folder" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
