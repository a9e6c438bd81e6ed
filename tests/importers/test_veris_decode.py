"""The typed VERIS decoder gives the importer exactly what ``json.loads`` would.

Whenever the typed schema refuses a line, the standard-library path decides, so every
problem and message stays the same; these tests compare the two paths record by record,
and run the bulk path with the typed decoder switched off (the path taken when the
optional ``msgspec`` package is not installed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachmodel.bulk import assess_file, import_record
from breachmodel.importers import _veris_decode
from breachmodel.importers._veris_decode import decode_veris_line
from breachmodel.importers.veris import veris_to_incident
from strategies import json_values, veris_keys

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "vcdb_sample.jsonl"

pytestmark = pytest.mark.skipif(
    _veris_decode.TYPED_DECODER is None, reason="msgspec (the 'fast' extra) is not installed"
)


def _same_import(line: bytes) -> None:
    typed = decode_veris_line(line)
    if typed is None:  # refused: the caller takes the json.loads path
        return
    assert veris_to_incident(typed, line=3) == veris_to_incident(json.loads(line), line=3)


def test_every_sample_line_is_decoded_and_imported_as_by_json_loads() -> None:
    lines = [line for line in SAMPLE.read_bytes().splitlines() if line.strip()]
    assert all(decode_veris_line(line) is not None for line in lines)
    for line in lines:
        _same_import(line)


@pytest.mark.parametrize(
    "line",
    [
        b'{"incident_id": null}',  # null where text is expected
        b'{"incident_id": "A", "timeline": {"incident": {"year": "2019"}}}',
        b'{"incident_id": "A", "victim": {"country": "FR"}}',  # text, not a list
        b'{"incident_id": "A", "plus": {"x": "\xff"}}',  # not UTF-8, in a skipped field
        b'{"incident_id": "A", "plus": NaN}',  # JSON that json.loads accepts
        b"[1, 2]",
        b'{"incident_id": "A"',
    ],
)
def test_lines_the_schema_refuses_take_the_standard_library_path(line: bytes) -> None:
    assert decode_veris_line(line) is None


def test_sections_whose_presence_matters_are_decoded_whole() -> None:
    record = {
        "incident_id": "A",
        "timeline": {"incident": {"year": 2019}, "discovery": {"notes": "x"}},
        "attribute": {"confidentiality": {"notes": "x"}, "integrity": {"notes": "y"}},
        "action": {"hacking": {"vector": ["Web application"]}, "bogus": {}},
    }
    line = json.dumps(record).encode()
    decoded = decode_veris_line(line)
    assert decoded is not None
    assert (decoded["timeline"], decoded["attribute"]) == (record["timeline"], record["attribute"])
    assert decoded["action"] == {"hacking": {}, "bogus": {}}  # every category, varieties only
    _same_import(line)


@given(st.dictionaries(veris_keys, json_values, max_size=8))
def test_any_record_imports_the_same_on_both_paths(record: dict[str, Any]) -> None:
    _same_import(json.dumps(record).encode())


def test_bulk_rows_are_the_same_without_the_typed_decoder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typed = list(assess_file(SAMPLE, format="veris-jsonl"))
    monkeypatch.setattr(_veris_decode, "TYPED_DECODER", None)
    assert decode_veris_line(b'{"incident_id": "A"}') is None
    assert list(assess_file(SAMPLE, format="veris-jsonl")) == typed
    assert import_record("veris-jsonl", 1, b"{").problems[0].message.startswith("not valid JSON")


def test_without_msgspec_there_is_no_typed_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msgspec", None)  # import msgspec now fails
    assert _veris_decode._decoder() is None
